/**
 * Whole numbers in words ("twenty-four", "one hundred"), so a typed "thirty"
 * is as right as "30". Up to 999: the figures in the fact base are counts of
 * people, hours and operations.
 */

const ONES = [
	'zero',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve',
	'thirteen',
	'fourteen',
	'fifteen',
	'sixteen',
	'seventeen',
	'eighteen',
	'nineteen'
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Ways to write `n` in words, the usual one first ("one hundred", "a hundred"); none past 999. */
export function numberInWords(n: number): string[] {
	if (!Number.isInteger(n) || n < 0 || n > 999) return [];
	if (n < 100) return [belowHundred(n)];
	const hundreds = Math.floor(n / 100);
	const rest = n % 100;
	const head = `${ONES[hundreds]} hundred`;
	if (rest === 0) return hundreds === 1 ? [head, 'a hundred'] : [head];
	// "one hundred and five" (British) and "one hundred five" (American).
	return [`${head} and ${belowHundred(rest)}`, `${head} ${belowHundred(rest)}`];
}

function belowHundred(n: number): string {
	if (n < 20) return ONES[n] as string;
	const tens = TENS[Math.floor(n / 10)] as string;
	return n % 10 === 0 ? tens : `${tens}-${ONES[n % 10]}`;
}

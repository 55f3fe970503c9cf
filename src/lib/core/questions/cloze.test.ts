/** Cloze questions on the real fact base: one right answer (up to aliases) per blank. */
import { describe, expect, it } from 'vitest';
import { loadFactBase } from '../../../../content/load';
import { checkAnswer } from '../answer';
import { generateCards } from '../cards';
import type { ClozeQuestion } from '../types';

const cloze = generateCards(loadFactBase()).filter((c): c is ClozeQuestion => c.type === 'cloze');
const byId = (id: string) => cloze.find((c) => c.id === id);

describe('cloze on the fact base', () => {
	it('never blanks one of a list that says the same of each item', () => {
		// "Sunni collaborators such as Hamas and Palestinian Islamic Jihad" (the quote).
		expect(byId('hamas:cloze:hamas')).toBeUndefined();
		// "like ISIS-K, Tehrik-e-Taliban and fighters involved in the Baloch insurgency": the group
		// is not blanked; the country, which the list does not share, is.
		expect(byId('tehrik-e-taliban:cloze:tehrik-e-taliban')).toBeUndefined();
		expect(byId('tehrik-e-taliban:cloze:pakistan')?.answers).toContain('Pakistan');
		// "from the Middle East to Africa to the Philippines".
		expect(byId('philippines:cloze:philippines')).toBeUndefined();
	});

	it('blanks a place a group is tied to and its statement names, not one inside its name', () => {
		// Tehrik-e-Taliban is "active in" Pakistan (not said to be based there).
		expect(byId('baloch-insurgency-fighters:cloze:pakistan')?.answers).toEqual(['Pakistan']);
		expect(byId('zeinabiyoun-brigade:cloze:syria')?.answers).toEqual(['Syria']);
		// "The Islamic Movement of _____" would ask for part of a name.
		expect(byId('islamic-movement-of-uzbekistan:cloze:uzbekistan')).toBeUndefined();
	});

	it('takes the country a state body is named for ("Iran accused Israel …")', () => {
		const q = byId('iranian-officials-blame:cloze:iranian-officials')!;
		for (const typed of ['Iranian officials', 'leaders in Tehran', 'iran'])
			expect(checkAnswer(q, typed).correct, typed).toBe(true);
		expect(checkAnswer(q, 'Iraq').correct).toBe(false);
		expect(byId('german-authorities:cloze:german-authorities')?.answers).toContain('Germany');
		// "The _____ collapsed": not "Afghanistan" (which the sentence shows, too).
		expect(byId('afghan-government:cloze:afghan-government')?.answers).not.toContain('Afghanistan');
		// A group is not a state: IS-K's blank does not take Afghanistan.
		expect(byId('is-k-regional-reach:cloze:is-k')?.answers).not.toContain('Afghanistan');
	});

	it('takes a date as the articles and students write it', () => {
		const q = byId('kerman-funeral:cloze:date')!;
		for (const typed of ['5 January 2024', 'January 5, 2024', 'Jan. 5, 2024', '5 Jan 2024'])
			expect(checkAnswer(q, typed).correct, typed).toBe(true);
		expect(checkAnswer(q, 'Jan. 4, 2024').correct).toBe(false);
		expect(checkAnswer(q, 'January 5th, 2024').correct).toBe(true);
		// "in _____" could take a place: the prompt says a date is wanted.
		expect(q.prompt).toBe('Fill in the date.');
		expect(byId('soleimani-killed-conversation:cloze:date')?.prompt).toBe('Fill in the year.');
	});

	it('takes a person by last name, but never shows an answer in the sentence', () => {
		const q = cloze.find((c) => c.answers.includes('Qassem Soleimani'))!;
		for (const typed of ['Soleimani', 'Suleimani', 'qassem suleimani'])
			expect(checkAnswer(q, typed).correct, typed).toBe(true);
		// "_____, spelled Suleimani by The Dispatch, …" would show the answer.
		expect(byId('qassem-soleimani:cloze:qassem-soleimani')).toBeUndefined();
		expect(byId('qassem-soleimani:cloze:quds-force')?.text).toContain('spelled Suleimani');
	});

	it('never blanks a name that a name inside a longer one would seem to rival', () => {
		// "Islamic State" inside "Islamic State Khorasan Province" is not a second answer.
		expect(cloze.some((c) => c.id.endsWith(':cloze:is-k'))).toBe(true);
	});

	it('treats "The _____ is …" and "_____ is …" as the same sentence', () => {
		// Lashkar-e-Jhangvi and the Islamic Movement of Uzbekistan: "one of the militant groups
		// that ISIS-K has collaborated with", each.
		expect(byId('lashkar-e-jhangvi:cloze:lashkar-e-jhangvi')).toBeUndefined();
		expect(
			byId('islamic-movement-of-uzbekistan:cloze:islamic-movement-of-uzbekistan')
		).toBeUndefined();
	});

	it('never blanks two spellings of a name with one answer', () => {
		for (const c of cloze) expect(c.text, c.id).not.toMatch(/_____.*spelled.*_____/);
		expect(byId('al-qaeda:cloze:al-qaeda')).toBeUndefined();
	});
});

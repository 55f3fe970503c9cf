/** "Did you mean …?" on the "Page not found" page (its own module: only that page loads it). */
import { PAGES } from './pages';

/**
 * Edit distance counting a swap of two neighbouring letters as one edit
 * (optimal string alignment): "/stduy" is one edit from "/study".
 */
function editDistance(a: string, b: string): number {
	const rows: number[][] = [];
	for (let i = 0; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++) {
			if (i === 0) {
				row.push(j);
				continue;
			}
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				d = Math.min(d, rows[i - 2]![j - 2]! + 1);
			row.push(d);
		}
		rows.push(row);
	}
	return rows[a.length]![b.length]!;
}

/**
 * The page a missing path most likely meant: one a slip of the keyboard
 * away ("/quizz", "/class/chek", "/Facts"), else the deepest page it lies
 * under ("/facts/nonsense" → "/facts"); null when nothing is close.
 */
export function likelyPage(pathname: string): string | null {
	const path = pathname.toLowerCase().replace(/\/+$/, '') || '/';
	let best: string | null = null;
	let bestDistance = Infinity;
	for (const page of PAGES) {
		if (page === '/') continue;
		const distance = editDistance(path, page);
		if (distance <= (page.length >= 8 ? 2 : 1) && distance < bestDistance) {
			best = page;
			bestDistance = distance;
		}
	}
	if (best) return best;
	let under: string | null = null;
	for (const page of PAGES) {
		if (page !== '/' && path.startsWith(`${page}/`) && page.length > (under?.length ?? 0))
			under = page;
	}
	return under;
}

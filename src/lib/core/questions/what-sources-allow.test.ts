/**
 * Questions ask no more than the sources say: a date the sources leave open
 * to a later one (`dateLatest`), a description that fits groups outside the
 * fact base (`describesOthersToo`), an attack known by its claim
 * (`actorsClaimed`), a person's other spelling (`aliases`).
 */
import { describe, expect, it } from 'vitest';
import { loadFactBase } from '../../../../content/load';
import { checkAnswer } from '../answer';
import { contextFor, generateCards } from '../cards';
import { timelineQuestions } from './timeline';
import { FIXTURE } from '../testing/fixture';
import type {
	ClozeQuestion,
	Fact,
	FactBase,
	FlashcardQuestion,
	McqQuestion,
	Question,
	TimelineQuestion,
	TrueFalseQuestion
} from '../types';

const seeds = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

/** The fixture with some facts' fields changed. */
function withFields(changes: Record<string, Record<string, unknown>>): FactBase {
	return {
		...FIXTURE,
		facts: FIXTURE.facts.map((f) => (changes[f.id] ? ({ ...f, ...changes[f.id] } as Fact) : f))
	};
}

const decks = (base: FactBase) => seeds.map((seed) => generateCards(base, { seed }));
const find = <T extends Question>(deck: Question[], id: string) =>
	deck.find((c) => c.id === id) as T | undefined;
const optionLabels = (q: McqQuestion) => q.options.map((o) => o.label);

describe('a date the sources leave open to a later one (dateLatest)', () => {
	const open = withFields({ 'european-detentions': { dateLatest: '2024-01' } });
	const plain = decks(FIXTURE);
	const allowing = decks(open);

	it('is not asked: no option, and no true/false, may be the right date', () => {
		// Without dateLatest, "January 2024" is a near wrong date some seed offers.
		expect(
			plain.some((d) =>
				optionLabels(find<McqQuestion>(d, 'european-detentions:mcq:date')!).includes('January 2024')
			)
		).toBe(true);
		for (const d of allowing) {
			for (const id of [
				'european-detentions:mcq:date',
				'european-detentions:truefalse:date',
				'european-detentions:mcq:event-by-date'
			])
				expect(find(d, id), id).toBeUndefined();
		}
	});

	it('is not a wrong answer to "Which of these happened in January 2024?"', () => {
		const wrongIn = (ds: Question[][]) =>
			ds.some((d) =>
				d.some(
					(c) =>
						c.type === 'mcq' &&
						c.direction === 'event-by-date' &&
						c.prompt.includes('January 2024') &&
						c.options.some((o) => o.id === 'european-detentions')
				)
			);
		expect(wrongIn(plain)).toBe(true);
		expect(wrongIn(allowing)).toBe(false);
	});

	it('takes no year question when it reaches into the next year', () => {
		expect(find(plain[0]!, 'european-detentions:year:year')).toBeDefined();
		expect(find(allowing[0]!, 'european-detentions:year:year')).toBeUndefined();
	});

	it('is not ordered against an event in between (the Kerman bombings)', () => {
		const together = (q: TimelineQuestion) =>
			q.events.some((e) => e.factId === 'european-detentions') &&
			q.events.some((e) => e.factId === 'kerman-bombings');
		const timelines = (base: FactBase) =>
			Array.from({ length: 20 }, (_, setSeed) =>
				timelineQuestions(contextFor(base, 0, setSeed))
			).flat();
		expect(timelines(FIXTURE).some(together)).toBe(true);
		const open = timelines(withFields({ 'european-detentions': { dateLatest: '2024-01' } }));
		expect(open.some((q) => q.events.some((e) => e.factId === 'european-detentions'))).toBe(true);
		expect(open.some(together)).toBe(false);
	});

	it('still reads as its own date: December 2023 lists it, January 2024 does not', () => {
		const d = allowing[0]!;
		const december = find<FlashcardQuestion>(d, 'date.2023-12:flashcard:from-date')!;
		expect(december.factIds).toContain('european-detentions');
		// The flashcard says how late the sources allow.
		expect(find<FlashcardQuestion>(d, 'european-detentions:flashcard:date')?.back).toBe(
			'December 2023 (possibly as late as January 2024)'
		);
		expect(find<FlashcardQuestion>(plain[0]!, 'european-detentions:flashcard:date')?.back).toBe(
			'December 2023'
		);
		const january = find<FlashcardQuestion>(d, 'date.2024-01:flashcard:from-date');
		expect(january?.factIds ?? []).not.toContain('european-detentions');
	});

	it('in the real fact base, covers the detentions and the holiday plot', () => {
		const base = loadFactBase();
		for (const seed of seeds) {
			const deck = generateCards(base, { seed });
			for (const id of ['european-detentions-2023', 'christmas-new-year-plot']) {
				expect(find(deck, `${id}:mcq:date`)).toBeUndefined();
				expect(find<FlashcardQuestion>(deck, `${id}:flashcard:date`)?.back).toMatch(
					/^December 2023 \(possibly (earlier, or )?as late as (1 )?January 2024\)$/
				);
			}
		}
	});
});

describe('a date the event may have begun any time before (dateOpenBefore)', () => {
	// A plot known by the gatherings it targeted: when it was hatched is not given.
	const open = withFields({ 'holiday-plot': { dateOpenBefore: true } });
	const wrongFor = (ds: Question[][], when: RegExp) =>
		ds.some((d) =>
			d.some(
				(c) =>
					c.type === 'mcq' &&
					c.direction === 'event-by-date' &&
					when.test(c.prompt) &&
					c.answerId !== 'holiday-plot' &&
					c.options.some((o) => o.id === 'holiday-plot')
			)
		);

	it('is never a wrong answer for an earlier date, and its date is not asked', () => {
		const seeds40 = (base: FactBase) =>
			Array.from({ length: 40 }, (_, seed) => generateCards(base, { seed }));
		expect(wrongFor(seeds40(FIXTURE), /July 2023|August 2023|October 2022/)).toBe(true);
		const decksOpen = seeds40(open);
		expect(wrongFor(decksOpen, /July 2023|August 2023|October 2022/)).toBe(false);
		for (const id of ['holiday-plot:mcq:date', 'holiday-plot:year:year'])
			expect(find(decksOpen[0]!, id), id).toBeUndefined();
		expect(find<FlashcardQuestion>(decksOpen[0]!, 'holiday-plot:flashcard:date')?.back).toBe(
			'December 2023 (possibly earlier)'
		);
	});
});

describe('a description that fits other groups too (describesOthersToo)', () => {
	it('is shown, never asked as "Which group is …?"', () => {
		const id = 'tehrik-e-taliban:mcq:group-by-description';
		expect(find(generateCards(FIXTURE), id)).toBeDefined();
		const flagged = generateCards(withFields({ 'tehrik-e-taliban': { describesOthersToo: true } }));
		expect(find(flagged, id)).toBeUndefined();
		expect(find(flagged, 'tehrik-e-taliban:truefalse:group-by-description')).toBeUndefined();
		expect(find<FlashcardQuestion>(flagged, 'tehrik-e-taliban:flashcard:what')?.back).toBe(
			'Militant group active in Pakistan.'
		);
	});
});

describe('an event known by its claim (actorsClaimed)', () => {
	it('asks who claimed it, and says so in true/false', () => {
		const before = find<McqQuestion>(generateCards(FIXTURE), 'kerman-bombings:mcq:actor')!;
		expect(before.prompt).toBe('Which group was behind the Kerman bombings?');
		for (const d of decks(withFields({ 'kerman-bombings': { actorsClaimed: true } }))) {
			expect(find<McqQuestion>(d, 'kerman-bombings:mcq:actor')?.prompt).toBe(
				'Which group claimed the Kerman bombings?'
			);
			const tf = find<TrueFalseQuestion>(d, 'kerman-bombings:truefalse:actor')!;
			expect(tf.statement).toMatch(/ claimed the Kerman bombings\.$/);
			expect(tf.statement).not.toMatch(/behind/);
		}
	});
});

describe('a person’s other spelling (aliases)', () => {
	it('is accepted in a typed answer and shown on the flashcard', () => {
		const deck = generateCards(
			withFields({ 'qassem-soleimani': { aliases: ['Qassem Suleimani'] } })
		);
		const cloze = deck.find(
			(c): c is ClozeQuestion => c.type === 'cloze' && c.answers.includes('Qassem Soleimani')
		)!;
		expect(checkAnswer(cloze, 'qassem suleimani').correct).toBe(true);
		const plain = generateCards(FIXTURE).find((c) => c.id === cloze.id) as ClozeQuestion;
		expect(checkAnswer(plain, 'qassem suleimani').correct).toBe(false);
		expect(find<FlashcardQuestion>(deck, 'qassem-soleimani:flashcard:role')?.front).toBe(
			'Qassem Soleimani (also Qassem Suleimani)'
		);
	});
});

describe('a label two events share, and a campaign that may still be going on', () => {
	const whichHappened = (deck: Question[]) =>
		deck.filter((c): c is McqQuestion => c.type === 'mcq' && c.direction === 'event-by-date');

	it('never make a wrong answer to "Which of these happened in …?"', () => {
		// The October 2022 attack, shown undated, is also the August 2023 one; the
		// campaign launched in January 2024 may still be going on in March.
		const later = withFields({ 'kerman-funeral': { date: '2024-03-05' } });
		const asked = (ds: Question[][], when: RegExp, id: string) =>
			ds.some((d) =>
				whichHappened(d).some(
					(q) => when.test(q.prompt) && q.answerId !== id && q.options.some((o) => o.id === id)
				)
			);
		const moreSeeds = (base: FactBase) =>
			Array.from({ length: 40 }, (_, seed) => generateCards(base, { seed }));
		const all = moreSeeds(later);
		expect(asked(all, /in (August )?2023\?/, 'shahcheragh-attack-2022')).toBe(false);
		expect(asked(all, /in (October )?2022\?/, 'shahcheragh-attack-2023')).toBe(false);
		expect(asked(all, /March 2024\?/, 'kill-them-wherever-you-find-them')).toBe(false);
		// Other events are still wrong answers there.
		expect(asked(all, /in August 2023\?/, 'kerman-bombings')).toBe(true);
		expect(asked(all, /March 2024\?/, 'kerman-bombings')).toBe(true);
	});
});

describe('an event placed in a region', () => {
	it('is listed under a country it is linked to, as involving it', () => {
		// The July 2023 arrests are placed in Europe (German and Dutch authorities made them).
		const germany = find<FlashcardQuestion>(
			generateCards(loadFactBase()),
			'germany:flashcard:events'
		)!;
		expect(germany.back).toBe(
			'Arrests over a plot in Germany (April 2020). Also involving Germany: ' +
				'German and Dutch arrests of Tajik ISIS-K members (July 2023); ' +
				'Joint Belgian, Dutch and German operation (2023)'
		);
		expect(germany.factIds).toContain('german-dutch-arrests-2023');
	});
});

describe('lists of what happened', () => {
	const real = generateCards(loadFactBase());

	it('name one source’s account as such, and put a month after its days', () => {
		const iran = find<FlashcardQuestion>(real, 'iran:flashcard:events')!;
		// Other cards take the round-up as an answer to "Which of these happened in Iran?".
		expect(iran.back).toContain(
			'Kerman funeral (5 January 2024); ' +
				'Round-up of suspects after the Kerman bombings (January 2024; reported by The Dispatch)'
		);
		// The list is asked plainly: only its one-source items are attributed.
		expect(iran.prompt).toBe('What happened in Iran?');
		expect(iran.factIds).toContain('iran-round-up');
		// A date the sources leave open says so in the list, as on the event's own card.
		expect(find<FlashcardQuestion>(real, 'date.2021:flashcard:from-date')!.back).toContain(
			'U.S. officials’ post-withdrawal warning about IS-K (2021, possibly as late as January 2024; reported by The Dispatch)'
		);
		const january = find<FlashcardQuestion>(real, 'date.2024-01:flashcard:from-date')!;
		expect(january.back.startsWith('Kerman bombings (3 January 2024);')).toBe(true);
		expect(january.back).toContain('Announcement of the Islamic State’s new campaign');
	});
});

describe('a campaign that may have begun before its date (dateOpenBefore)', () => {
	it('is not asked when it began; its card gives the open start', () => {
		const real = generateCards(loadFactBase());
		const id = 'kill-them-wherever-you-find-them';
		expect(real.some((c) => c.id === `${id}:mcq:date` || c.id === `${id}:truefalse:date`)).toBe(
			false
		);
		expect(find<FlashcardQuestion>(real, `${id}:flashcard:date`)!.back).toBe(
			'January 2024 (possibly earlier)'
		);
	});
});

describe('who did it', () => {
	const real = generateCards(loadFactBase());

	it('a state body "carried out" arrests; it was not "behind" them', () => {
		const tf = find<TrueFalseQuestion>(real, 'european-detentions-2023:truefalse:actor')!;
		expect(tf.truth).toBe(
			'European security services carried out the detentions over a suspected Christmas and New Year’s plot.'
		);
		// The Dispatch does not say who rounded up the suspects in Iran: nothing asks it.
		expect(real.some((c) => c.id.startsWith('iran-round-up:') && c.id.endsWith(':actor'))).toBe(
			false
		);
	});
});

describe('names as a reader sees them', () => {
	const real = generateCards(loadFactBase());

	it('keeps al-Qaida’s lower-case particle among capitalised alias options', () => {
		const labels = real
			.filter((c): c is McqQuestion => c.type === 'mcq' && c.direction === 'alias')
			.flatMap((q) => optionLabels(q));
		expect(labels).toContain('Leaders in Tehran');
		expect(labels.filter((l) => /^al-qa/i.test(l)).every((l) => l.startsWith('al-'))).toBe(true);
	});

	it('shows each other name once, whatever its dash', () => {
		const front = find<FlashcardQuestion>(real, 'is-k:flashcard:what')!.front;
		expect(front).toContain('Islamic State-Khorasan');
		expect(front).not.toContain('Islamic State–Khorasan');
	});

	it('calls state bodies organizations when matching', () => {
		const prompts = real.filter((c) => c.type === 'matching').map((c) => c.prompt);
		expect(prompts.length).toBeGreaterThan(0);
		for (const p of prompts)
			expect(p).toBe('Match each group or organization with its description.');
	});

	it('does not blank a place its sentence names in another form ("German authorities")', () => {
		expect(find(real, 'germany:cloze:germany')).toBeUndefined();
		expect(find(real, 'us-withdrawal-afghanistan:cloze:afghanistan')).toBeUndefined();
		// The same word in another name is no such form: "together with Central Asia".
		expect(find(real, 'south-asia:cloze:south-asia')).toBeDefined();
	});
});

describe('an event another group claimed too', () => {
	it('does not blank the actor in a cloze ("_____ claimed responsibility")', () => {
		const claim = (deck: Question[]) =>
			deck.filter((c) => c.type === 'cloze' && c.factIds.includes('kerman-bombings-claim'));
		const linked = withFields({
			'kerman-bombings-claim': { related: ['kill-them-wherever-you-find-them'] }
		});
		expect(claim(generateCards(FIXTURE)).some((c) => c.id.endsWith(':cloze:is-k'))).toBe(true);
		const cards = claim(generateCards(linked));
		expect(cards.some((c) => c.id.endsWith(':cloze:is-k'))).toBe(false);
	});
});

describe('wording', () => {
	it('a figure with its own question asks it, attributed as usual', () => {
		const base = withFields({
			'kerman-toll-nearly-100': { question: 'How many people did the Kerman bombings kill?' }
		});
		const card = find<FlashcardQuestion>(
			generateCards(base),
			'kerman-toll-nearly-100:flashcard:figure'
		)!;
		expect(card.prompt).toBe(
			'According to The Dispatch, how many people did the Kerman bombings kill?'
		);
	});

	it('of someone who has died, says "was"', () => {
		const deck = generateCards(withFields({ 'qassem-soleimani': { deceased: true } }));
		expect(find<FlashcardQuestion>(deck, 'qassem-soleimani:flashcard:role')?.prompt).toBe(
			'Who was Qassem Soleimani?'
		);
		expect(find<TrueFalseQuestion>(deck, 'qassem-soleimani:truefalse:affiliation')?.truth).toBe(
			'Qassem Soleimani was affiliated with the Quds Force.'
		);
		expect(
			find<FlashcardQuestion>(generateCards(FIXTURE), 'qassem-soleimani:flashcard:role')?.prompt
		).toBe('Who is Qassem Soleimani?');
	});

	it('a role that names the affiliation does not repeat it', () => {
		const deck = generateCards(FIXTURE);
		expect(find<FlashcardQuestion>(deck, 'qassem-soleimani:flashcard:role')?.back).toBe(
			'Commander of the IRGC’s Quds Force, killed in 2020.'
		);
	});
});

describe('wording of dates and campaigns (real fact base)', () => {
	const real = generateCards(loadFactBase());

	it('asks "When was/were …?": a claim or a foiling does not "happen"', () => {
		expect(find(real, 'kerman-bombings-claim:flashcard:date')?.prompt).toBe(
			'When was IS-K’s claim for the Kerman bombings?'
		);
		expect(find(real, 'kerman-bombings:mcq:date')?.prompt).toBe('When were the Kerman bombings?');
		// The plural is read from the name as it stands in a sentence ("the arrests over …").
		expect(find(real, 'germany-plot-arrests-2020:year:year')?.prompt).toBe(
			'In what year were the arrests over a plot in Germany?'
		);
		expect(find<TrueFalseQuestion>(real, 'kerman-bombings:truefalse:date')?.truth).toBe(
			'The Kerman bombings were on 3 January 2024.'
		);
		// A campaign still "begins".
		expect(find(real, 'isis-k-internationalization:flashcard:date')?.prompt).toBe(
			'When did the renewed push to internationalize ISIS-K’s agenda begin?'
		);
		expect(real.some((c) => /\bhappen\?/.test(c.prompt))).toBe(false);
	});

	it('writes a figure of one to nine in words, larger ones in digits', () => {
		const back = (id: string) => find<FlashcardQuestion>(real, `${id}:flashcard:figure`)!.back;
		expect(back('kerman-twin-bombings')).toBe('Two suicide bombings.');
		expect(back('kerman-toll-nearly-100')).toBe('Nearly 100 people killed.');
	});

	it('says who launched a campaign and when only where its name and description do not', () => {
		const back = (id: string) => find<FlashcardQuestion>(real, `${id}:flashcard:what`)!.back;
		// "… pursued with renewed vigor since 2021": not "Launched by IS-K in 2021".
		expect(back('isis-k-internationalization')).not.toContain('Launched');
		expect(back('isis-k-propaganda-campaign')).not.toContain('Launched');
		// Its date card gives the open start, and so does this one.
		expect(back('kill-them-wherever-you-find-them')).toMatch(
			/ Launched in January 2024 \(possibly earlier\)\.$/
		);
	});
});

describe('other forms of an answer (real fact base)', () => {
	const real = generateCards(loadFactBase());

	it('"Dutch" gives the Netherlands away: no base or description question, and the blank takes the country', () => {
		for (const id of [
			'dutch-authorities:flashcard:base',
			'dutch-authorities:mcq:base',
			'dutch-authorities:truefalse:base',
			'dutch-authorities:mcq:group-by-description'
		])
			expect(find(real, id), id).toBeUndefined();
		const cloze = find<ClozeQuestion>(real, 'dutch-authorities:cloze:dutch-authorities')!;
		expect(checkAnswer(cloze, 'the Netherlands').correct).toBe(true);
	});

	it('takes a figure in words ("thirty", "a hundred")', () => {
		const thirty = find<ClozeQuestion>(real, 'islamic-state-thirty-operations:cloze:value')!;
		expect(checkAnswer(thirty, 'thirty').correct).toBe(true);
		expect(checkAnswer(thirty, 'forty').correct).toBe(false);
		const hundred = find<ClozeQuestion>(real, 'kerman-toll-nearly-100:cloze:value')!;
		for (const typed of ['100', 'a hundred', 'One hundred']) {
			expect(checkAnswer(hundred, typed).correct, typed).toBe(true);
		}
	});

	it('takes "Tehran" where Iran acts, not where it is a place', () => {
		const acting = find<ClozeQuestion>(real, 'iran-proxies-backlash-risk:cloze:iran')!;
		expect(acting.text).toContain('_____’s use of militant proxies');
		expect(checkAnswer(acting, 'Tehran').correct).toBe(true);
		const place = find<ClozeQuestion>(real, 'iran-round-up:cloze:iran')!;
		expect(place.text).toContain('rounded up in _____');
		expect(checkAnswer(place, 'Tehran').correct).toBe(false);
	});
});

import { describe, expect, it } from 'vitest';
import {
	askability,
	buildTruth,
	countryKey,
	mayBePartOf,
	placeById,
	placesOverlap,
	possibleActors,
	sameEntity
} from './relations';
import { FIXTURE } from './testing/fixture';
import type { GroupLike, Happening } from './types';

const truth = buildTruth(FIXTURE);
const place = (id: string) => placeById(truth, id)!;
const group = (id: string) => truth.byId.get(id) as GroupLike;

describe('truth indexes', () => {
	it('sorts facts by id whatever the file order, and caches per fact base', () => {
		const ids = truth.facts.map((f) => f.id);
		expect(ids).toEqual([...ids].sort());
		expect(buildTruth(FIXTURE)).toBe(truth);
		const reversed = buildTruth({ ...FIXTURE, facts: [...FIXTURE.facts].reverse() });
		expect(reversed.facts.map((f) => f.id)).toEqual(ids);
	});

	it('knows which country a place is in', () => {
		expect(countryKey(truth, place('kerman'))).toBe('364');
		expect(countryKey(truth, place('iran'))).toBe('364');
		expect(truth.countries.get('364')?.factId).toBe('iran');
	});

	it('decides which places may overlap', () => {
		expect(placesOverlap(truth, place('kerman'), place('iran'))).toBe(true); // city in its country
		expect(placesOverlap(truth, place('kerman'), place('shiraz'))).toBe(false);
		expect(placesOverlap(truth, place('shahcheragh-shrine'), place('shiraz'))).toBe(true); // site in city
		expect(placesOverlap(truth, place('cologne'), place('europe'))).toBe(true); // near the region
		expect(placesOverlap(truth, place('kerman'), place('europe'))).toBe(false); // far from it
		expect(placesOverlap(truth, place('iran'), place('europe'))).toBe(true); // countries: unknown extent
		expect(placesOverlap(truth, place('europe'), place('middle-east'))).toBe(true);
	});

	it('treats shared names and aliases as one entity', () => {
		expect(sameEntity(truth, 'is-k', 'is-k')).toBe(true);
		expect(sameEntity(truth, 'is-k', 'islamic-state')).toBe(false);
	});

	it('models who may have carried out an event: actors, their parents and partners, the claiming campaign', () => {
		const kerman = truth.byId.get('kerman-bombings') as Happening;
		const possible = possibleActors(truth, kerman);
		expect(possible.has('is-k')).toBe(true);
		expect(possible.has('islamic-state')).toBe(true); // linked parent, and the campaign's group
		expect(possible.has('lashkar-e-jhangvi')).toBe(true); // IS-K's ally
		expect(possible.has('iranian-officials')).toBe(false); // a linked event's actor, not the same act
		expect(possible.has('hamas')).toBe(false);
		expect(possible.has('fatemiyoun-brigade')).toBe(false);
	});

	it('lets state bodies of one country, and a regional body and a national one, nest', () => {
		expect(mayBePartOf(truth, group('irgc'), group('quds-force'))).toBe(true);
		expect(mayBePartOf(truth, group('iranian-officials'), group('irgc'))).toBe(true);
		expect(
			mayBePartOf(truth, group('german-authorities'), group('european-security-services'))
		).toBe(true);
		expect(mayBePartOf(truth, group('german-authorities'), group('irgc'))).toBe(false);
		expect(mayBePartOf(truth, group('taliban'), group('tehrik-e-taliban'))).toBe(false);
	});

	it('asks contested facts only as one source’s claim', () => {
		expect(askability(truth, ['kerman-bombings'])).toEqual({ ok: true });
		expect(askability(truth, ['soleimani-killed-dispatch'])).toEqual({
			ok: true,
			attribution: 'dispatch'
		});
		expect(askability(truth, ['unattributed-contested']).ok).toBe(false);
		expect(
			askability(truth, ['soleimani-killed-dispatch', 'soleimani-killed-conversation']).ok
		).toBe(false);
		// A place's claimOf covers its statement, not where it is.
		expect(askability(truth, ['pakistan'])).toEqual({ ok: true });
		expect(askability(truth, ['pakistan'], { statementOf: 'pakistan' })).toEqual({
			ok: true,
			attribution: 'conversation'
		});
	});
});

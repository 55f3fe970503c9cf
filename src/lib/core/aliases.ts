import type { Fact } from './types';

const NONE: readonly string[] = [];

/**
 * Other names a fact goes by: a group's or organization's aliases, a person's
 * other spellings, a place's other names ("U.S.").
 */
export function aliasesOf(fact: Fact): readonly string[] {
	if (fact.kind === 'group' || fact.kind === 'organization') return fact.aliases;
	if (fact.kind === 'person' || fact.kind === 'place') return fact.aliases ?? NONE;
	return NONE;
}

/**
 * The fact base's fixed vocabularies, kept apart from the schema so the app can
 * use them without bundling the validator (the schema runs at build time).
 */
export const SOURCE_IDS = ['dispatch', 'conversation'] as const;
export const TOPICS = ['groups', 'dates', 'geography', 'people', 'figures'] as const;
/** The three study topics the app is organised around. */
export const STUDY_TOPICS = ['groups', 'dates', 'geography'] as const;
export const KINDS = [
	'event',
	'group',
	'organization',
	'person',
	'place',
	'figure',
	'campaign',
	'analysis'
] as const;
export const PLACE_TYPES = ['city', 'country', 'region', 'site'] as const;
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;

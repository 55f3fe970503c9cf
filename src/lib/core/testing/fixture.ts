/**
 * A small in-memory fact base for unit tests, shaped like the real one
 * (content/facts.yaml): aliases, a parent group and its branch, state bodies
 * of one country, a regional body, namesake events, two accounts that
 * disagree, claims attributed to one source, cities, a site, countries and
 * regions, and analyses (attributed or not). Not imported by the app.
 */
import type { Fact, FactBase, Source } from '../types';

const cite = (source: 'dispatch' | 'conversation' = 'dispatch') => [
	{ source, quote: 'A verbatim quote long enough to count as evidence.' }
];

function place(
	id: string,
	name: string,
	type: 'city' | 'country' | 'region' | 'site',
	country: string,
	iso: string | undefined,
	lat: number,
	lon: number,
	extra: Partial<Fact> = {}
): Fact {
	return {
		id,
		kind: 'place',
		name,
		topics: ['geography'],
		statement: `${name} is a place in the fixture.`,
		citations: cite(),
		place: { name, type, country, ...(iso ? { iso3166: iso } : {}), lat, lon },
		...extra
	} as Fact;
}

function group(
	id: string,
	name: string,
	aliases: string[],
	description: string,
	extra: Record<string, unknown> = {},
	kind: 'group' | 'organization' = 'group'
): Fact {
	return {
		id,
		kind,
		name,
		aliases,
		description,
		topics: ['groups'],
		statement: `${name} is ${description}.`,
		citations: cite(),
		...extra
	} as Fact;
}

function event(
	id: string,
	name: string,
	date: string,
	precision: 'day' | 'month' | 'year',
	extra: Record<string, unknown> = {},
	statement = `${name} happened.`
): Fact {
	return {
		id,
		kind: 'event',
		name,
		date,
		datePrecision: precision,
		topics: ['dates'],
		statement,
		citations: cite(),
		...extra
	} as Fact;
}

export const FIXTURE_SOURCES: Source[] = [
	{
		id: 'dispatch',
		file: '000.txt',
		outlet: 'The Dispatch',
		headline: 'Fixture headline',
		published: 'January 2024',
		licence: 'test'
	},
	{
		id: 'conversation',
		file: '001.txt',
		outlet: 'TPM Cafe, republished from The Conversation',
		headline: 'Fixture headline',
		published: 'January 2024',
		licence: 'test'
	}
];

export const FIXTURE_FACTS: Fact[] = [
	// Places
	place('kerman', 'Kerman', 'city', 'Iran', '364', 30.2839, 57.0834),
	place('shiraz', 'Shiraz', 'city', 'Iran', '364', 29.5918, 52.5837),
	place('tehran', 'Tehran', 'city', 'Iran', '364', 35.6892, 51.389),
	place('shahcheragh-shrine', 'Shahcheragh shrine', 'site', 'Iran', '364', 29.6098, 52.5432),
	place('iran', 'Iran', 'country', 'Iran', '364', 32.4279, 53.688),
	place('iraq', 'Iraq', 'country', 'Iraq', '368', 33.2232, 43.6793),
	place('afghanistan', 'Afghanistan', 'country', 'Afghanistan', '004', 33.9391, 67.71),
	place('pakistan', 'Pakistan', 'country', 'Pakistan', '586', 30.3753, 69.3451, {
		claimOf: 'conversation'
	}),
	place('tajikistan', 'Tajikistan', 'country', 'Tajikistan', '762', 38.861, 71.2761),
	place('germany', 'Germany', 'country', 'Germany', '276', 51.1657, 10.4515),
	place('austria', 'Austria', 'country', 'Austria', '040', 47.5162, 14.5501),
	place('spain', 'Spain', 'country', 'Spain', '724', 40.4637, -3.7492),
	place('netherlands', 'Netherlands', 'country', 'Netherlands', '528', 52.1326, 5.2913),
	place('cologne', 'Cologne', 'city', 'Germany', '276', 50.9375, 6.9603, {
		related: ['holiday-plot', 'vienna', 'madrid']
	}),
	place('vienna', 'Vienna', 'city', 'Austria', '040', 48.2082, 16.3738, {
		related: ['holiday-plot']
	}),
	place('madrid', 'Madrid', 'city', 'Spain', '724', 40.4168, -3.7038, {
		related: ['holiday-plot']
	}),
	place('washington', 'Washington', 'city', 'United States', '840', 38.9072, -77.0369),
	place('europe', 'Europe', 'region', 'Multiple countries', undefined, 54.5, 15.3, {
		claimOf: 'dispatch'
	}),
	place('middle-east', 'Middle East', 'region', 'Multiple countries', undefined, 29.3, 42.6),

	// Groups
	group(
		'islamic-state',
		'Islamic State',
		['ISIS', 'Islamic State group'],
		'jihadist group that seeks to reestablish the Caliphate',
		{
			related: ['is-k', 'al-qaeda']
		}
	),
	group(
		'is-k',
		'IS-K',
		['ISIS-K', 'Islamic State Khorasan Province', 'Islamic State’s Khorasan branch'],
		'the Islamic State’s branch in Afghanistan',
		{ basedIn: 'afghanistan', alliedWith: ['lashkar-e-jhangvi'], related: ['islamic-state'] }
	),
	group('al-qaeda', 'al-Qaeda', ['al-Qaida'], 'major jihadist group'),
	group('taliban', 'Taliban', [], 'movement that took over Afghanistan in 2021', {
		basedIn: 'afghanistan'
	}),
	group('lashkar-e-jhangvi', 'Lashkar-e-Jhangvi', [], 'sectarian militant group in Pakistan', {
		alliedWith: ['is-k']
	}),
	group('tehrik-e-taliban', 'Tehrik-e-Taliban', [], 'militant group active in Pakistan', {
		basedIn: 'pakistan'
	}),
	group('hamas', 'Hamas', [], 'Sunni group that the Islamic State condemns as a collaborator', {
		claimOf: 'dispatch'
	}),
	group(
		'fatemiyoun-brigade',
		'Fatemiyoun Brigade',
		['Fatemiyoun'],
		'brigade of Afghan Shia fighters deployed by the Quds Force',
		{
			alliedWith: ['quds-force']
		}
	),
	group(
		'zeinabiyoun-brigade',
		'Zeinabiyoun Brigade',
		['Zeinabiyoun'],
		'brigade of Pakistani Shia fighters deployed by the Quds Force',
		{
			alliedWith: ['quds-force']
		}
	),
	group(
		'irgc',
		'IRGC',
		['Islamic Revolutionary Guard Corps'],
		'Iran’s paramilitary security institution',
		{ basedIn: 'iran' },
		'organization'
	),
	group(
		'quds-force',
		'Quds Force',
		[],
		'arm of the IRGC that carries out missions outside Iran',
		{
			basedIn: 'iran',
			related: ['irgc']
		},
		'organization'
	),
	group(
		'iranian-officials',
		'Iranian officials',
		['leaders in Tehran'],
		'officials and leaders of the Islamic Republic of Iran',
		{ basedIn: 'iran' },
		'organization'
	),
	group(
		'german-authorities',
		'German authorities',
		[],
		'state authorities of Germany',
		{ basedIn: 'germany' },
		'organization'
	),
	group(
		'dutch-authorities',
		'Dutch authorities',
		[],
		'state authorities of the Netherlands',
		{ basedIn: 'netherlands' },
		'organization'
	),
	group(
		'european-security-services',
		'European security services',
		[],
		'security services of European countries',
		{ basedIn: 'europe' },
		'organization'
	),
	group(
		'nato',
		'NATO',
		[],
		'Western military alliance with targets in Germany',
		{},
		'organization'
	),

	// People
	{
		id: 'qassem-soleimani',
		kind: 'person',
		name: 'Qassem Soleimani',
		role: 'commander of the IRGC’s Quds Force, killed in 2020',
		affiliation: 'quds-force',
		topics: ['people', 'groups'],
		statement: 'Qassem Soleimani, spelled Suleimani by The Dispatch, commanded the Quds Force.',
		citations: cite()
	},
	{
		id: 'esmail-qaani',
		kind: 'person',
		name: 'Esmail Qaani',
		role: 'Brigadier General who succeeded Soleimani in the Quds Force',
		affiliation: 'quds-force',
		topics: ['people', 'groups'],
		statement: 'Brigadier General Esmail Qaani succeeded Soleimani.',
		citations: cite('conversation')
	},

	// Events
	event(
		'kerman-bombings',
		'Kerman bombings',
		'2024-01-03',
		'day',
		{
			placeId: 'kerman',
			actors: ['is-k'],
			related: ['kill-them-wherever-you-find-them', 'iran-round-up'],
			topics: ['dates', 'geography', 'groups']
		},
		'Twin suicide bombings struck Kerman, Iran, on 3 January 2024.'
	),
	event(
		'kerman-bombings-claim',
		'IS-K’s claim for the Kerman bombings',
		'2024-01-04',
		'day',
		{
			actors: ['is-k']
		},
		'On 4 January 2024, IS-K claimed responsibility for the Kerman bombings.'
	),
	event(
		'kerman-funeral',
		'Kerman funeral',
		'2024-01-05',
		'day',
		{ placeId: 'kerman' },
		'On 5 January 2024, mourners gathered in Kerman.'
	),
	event(
		'iran-round-up',
		'Round-up of suspects in Iran',
		'2024-01',
		'month',
		{
			placeId: 'iran',
			actors: ['iranian-officials'],
			claimOf: 'dispatch',
			related: ['kerman-bombings']
		},
		'According to The Dispatch, suspects were rounded up in Iran.'
	),
	event(
		'islamic-republic-founded',
		'Founding of the Islamic Republic of Iran',
		'1979',
		'year',
		{ placeId: 'iran' },
		'The Islamic Republic of Iran was founded in 1979.'
	),
	event(
		'shahcheragh-attack-2022',
		'Shahcheragh shrine attack (October 2022)',
		'2022-10',
		'month',
		{
			placeId: 'shahcheragh-shrine',
			related: ['shiraz']
		},
		'In October 2022 the Shahcheragh shrine in Shiraz was attacked.'
	),
	event(
		'shahcheragh-attack-2023',
		'Shahcheragh shrine attack (August 2023)',
		'2023-08',
		'month',
		{
			placeId: 'shahcheragh-shrine',
			related: ['shiraz']
		},
		'In August 2023 the Shahcheragh shrine was attacked again.'
	),
	event(
		'soleimani-killed-dispatch',
		'Killing of Qassem Soleimani',
		'2020-01',
		'month',
		{
			placeId: 'iraq',
			claimOf: 'dispatch',
			disagreesWith: ['soleimani-killed-conversation']
		},
		'According to The Dispatch, Suleimani was killed by a U.S. airstrike in Iraq.'
	),
	event(
		'soleimani-killed-conversation',
		'Killing of Qassem Soleimani',
		'2020',
		'year',
		{
			claimOf: 'conversation',
			disagreesWith: ['soleimani-killed-dispatch']
		},
		'According to The Conversation, Soleimani was killed in a U.S. drone strike in 2020.'
	),
	event(
		'unattributed-contested',
		'Disputed meeting',
		'2022-05',
		'month',
		{
			disagreesWith: ['soleimani-killed-conversation']
		},
		'A meeting whose account is disputed took place.'
	),
	event(
		'taliban-takeover',
		'Taliban takeover of Afghanistan',
		'2021',
		'year',
		{
			placeId: 'afghanistan',
			actors: ['taliban']
		},
		'The Taliban took over Afghanistan in 2021.'
	),
	event(
		'holiday-plot',
		'Suspected Christmas and New Year’s plot',
		'2023-12',
		'month',
		{
			placeId: 'europe',
			claimOf: 'dispatch',
			related: ['cologne', 'vienna', 'madrid', 'european-detentions']
		},
		'According to The Dispatch, suspects may have sought to strike gatherings in Cologne, Vienna or Madrid.'
	),
	event(
		'european-detentions',
		'Detentions by European security services',
		'2023-12',
		'month',
		{
			placeId: 'europe',
			actors: ['european-security-services']
		},
		'In December 2023 European security services detained several suspects.'
	),
	event(
		'german-dutch-arrests-2023',
		'German and Dutch arrests of Tajik ISIS-K members',
		'2023-07',
		'month',
		{
			placeId: 'europe',
			actors: ['german-authorities', 'dutch-authorities']
		},
		'In July 2023 German and Dutch authorities arrested Tajik ISIS-K members.'
	),
	event(
		'germany-plot-arrests-2020',
		'Arrests over a plot in Germany',
		'2020-04',
		'month',
		{
			placeId: 'germany'
		},
		'In April 2020 Tajik nationals were arrested over a plot in Germany.'
	),

	// Campaign
	{
		id: 'kill-them-wherever-you-find-them',
		kind: 'campaign',
		name: 'Kill Them Wherever You Find Them',
		description: 'new Islamic State campaign under which the Kerman bombings were claimed',
		date: '2024-01',
		datePrecision: 'month',
		by: 'islamic-state',
		topics: ['groups', 'dates'],
		statement:
			'The Islamic State launched the “Kill Them Wherever You Find Them” campaign in January 2024.',
		citations: cite(),
		related: ['kerman-bombings']
	},

	// Figures
	{
		id: 'kerman-toll-nearly-100',
		kind: 'figure',
		name: 'Kerman death toll',
		value: 100,
		unit: 'people killed',
		qualifier: 'nearly',
		about: 'kerman-bombings',
		claimOf: 'dispatch',
		disagreesWith: ['kerman-toll-over-100'],
		topics: ['figures'],
		statement: 'According to The Dispatch, the Kerman bombings killed nearly 100 people.',
		citations: cite()
	},
	{
		id: 'kerman-toll-over-100',
		kind: 'figure',
		name: 'Kerman death toll',
		value: 100,
		unit: 'people killed',
		qualifier: 'over',
		about: 'kerman-bombings',
		claimOf: 'conversation',
		disagreesWith: ['kerman-toll-nearly-100'],
		topics: ['figures'],
		statement: 'According to The Conversation, the Kerman attack killed over 100 people.',
		citations: cite('conversation')
	},

	// Analyses: an outlet's assessment or a stated relationship (the main subject first in `about`)
	{
		id: 'is-k-primary-operational-node',
		kind: 'analysis',
		name: 'primary operational node',
		about: ['is-k', 'islamic-state', 'europe'],
		claimOf: 'dispatch',
		topics: ['groups', 'geography'],
		statement:
			'According to The Dispatch, IS-K has become the Islamic State’s primary operational node, with tradecraft that supports attacks as far afield as Europe.',
		citations: cite(),
		related: ['is-k', 'islamic-state', 'europe']
	},
	{
		id: 'taliban-tehran-relations',
		kind: 'analysis',
		name: 'relations between the Taliban and Tehran',
		about: ['taliban', 'tehran', 'is-k'],
		claimOf: 'conversation',
		topics: ['groups'],
		statement:
			'According to The Conversation, improving relations between the Taliban and Tehran suggest that a joint stance against ISIS-K may be possible.',
		citations: cite('conversation')
	},
	{
		id: 'iran-proxy-network',
		kind: 'analysis',
		name: 'Iran’s network of proxies',
		about: ['qassem-soleimani', 'iran'],
		topics: ['groups', 'people'],
		statement: 'Qassem Soleimani was the chief architect of Iran’s network of proxies.',
		citations: cite('conversation'),
		related: ['qassem-soleimani', 'quds-force']
	}
];

export const FIXTURE: FactBase = { version: 1, facts: FIXTURE_FACTS, sources: FIXTURE_SOURCES };

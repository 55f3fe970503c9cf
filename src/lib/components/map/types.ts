/** Props shared by the map components (see WorldMap.svelte, LocateQuestionView.svelte). */
import type { AnswerResult } from '$lib/core/types';

/** How a marker is drawn: a dot (city), a diamond (site), a dashed ring (region). */
export type MarkerKind = 'city' | 'site' | 'region' | 'country';

export interface MapMarker {
	id: string;
	lat: number;
	lon: number;
	/** Name shown next to the marker (when there is room) and as its tooltip. */
	label: string;
	kind?: MarkerKind;
}

/** Where a click or tap landed (never sent for a drag or a pinch). */
export interface MapPick {
	lat: number;
	lon: number;
	/** The clicked country's ISO 3166-1 numeric code ("364"), when it has one. */
	iso3166?: string;
	/** The clicked country's short name, when a country was clicked. */
	countryName?: string;
}

/** A place to reveal: pulses (unless reduced motion is asked for) and is labelled. */
export interface MapFlash {
	lat: number;
	lon: number;
	label: string;
}

/** Where the learner clicked: ✓ or ✗ with a label, never colour alone. */
export interface MapMark {
	lat: number;
	lon: number;
	label: string;
	tone: 'good' | 'bad';
}

/** What LocateQuestionView reports once a question is over. */
export interface LocateOutcome {
	correct: boolean;
	/** Attempts used: map clicks, plus one for a list pick. */
	tries: number;
	/** The last answer given, in words ("Iraq", "812 km from Kerman", a picked choice's name). */
	given: string;
	result: AnswerResult;
}

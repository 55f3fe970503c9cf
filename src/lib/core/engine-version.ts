/**
 * Bumped whenever the engine would generate different questions for the same
 * fact base and settings (a classroom code made with one engine version gives
 * another quiz under another).
 *
 * 2: date cards are keyed by their date (see progress/card-id-moves.ts).
 * 3: no cloze whose blank another name fills just as truly (another statement
 *    that reads the same, a list in the quote, two spellings); events
 *    sharing an undated name are told apart ("the earlier …") and left out of timelines.
 * 4: an event's `dateLatest` counts as true (its flashcard says so; no date up to it is offered as
 *    wrong, no timeline orders the event against one in between, no year
 *    question when it reaches into the next year); `describesOthersToo` groups
 *    are not asked by description; `actorsClaimed` events ask who claimed them;
 *    a group's cloze may blank a place its statement names and it is linked to.
 */
export const ENGINE_VERSION = 4;

/**
 * Bumped whenever the engine would generate different questions for the same
 * fact base and settings (a classroom code made with one engine version gives
 * another quiz under another).
 *
 * 2: date cards are keyed by their date (see progress/card-id-moves.ts).
 * 3: no cloze whose blank another name fills just as truly (another statement
 *    that reads the same, a list in the quote, two spellings); events
 *    sharing an undated name are told apart ("the earlier …") and left out of timelines.
 * 4: an event's `dateLatest` counts as true (its date is not asked, its
 *    flashcard gives the range, it is no wrong answer for a date up to it, no
 *    timeline orders it against one in between); `describesOthersToo` groups
 *    are not asked by description; `actorsClaimed` events ask who claimed
 *    them; no actor cloze when a linked fact names another claimant;
 *    "Which of these happened in …?" spares namesakes and ongoing campaigns;
 *    a group's cloze may blank a place its statement names and it is linked
 *    to; figures may carry their own question; a `deceased` person "was";
 *    a date cloze says "Fill in the year/date." and takes "Jan. 4" and "4th";
 *    a person's cloze takes the last name, and is refused when the sentence
 *    shows an accepted answer; `dateOpenBefore` makes earlier dates true too.
 * 5: a state body "carried out" an event (not "was behind" it); lists of what
 *    happened name one source's accounts and put a month after its days, and
 *    add events in a region the place lies in; alias options keep "al-";
 *    matching says "group or organization"; a state body's cloze takes its
 *    country; a place is not blanked where its sentence gives it away; a
 *    campaign's `dateOpenBefore`.
 * 6: "When was/were …?" (not "When did … happen?"); a campaign's "Launched
 *    by … in …" says only what its name and description do not, with the
 *    dates the sources leave open; a place's `demonym` gives it away
 *    ("Dutch" for the Netherlands); a country's blank where the country acts
 *    also takes the place that `standsFor` it ("Tehran"); a figure's blank
 *    takes the number in words ("thirty"), and a figure of one to nine is
 *    written in words ("Two suicide bombings.").
 * 7: "Which group is <description>?" draws its wrong answers from nearby
 *    groups first, not from the answer's own country (all of which it turns
 *    down); a false true/false statement swaps in the first wrong option of
 *    the same claim's multiple choice question.
 */
export const ENGINE_VERSION = 7;

/**
 * "Did you mean …?" for an id that names nothing: the nearest id that does exist among the
 * kinds allowed there (tier3 → tier-3), found by the schema's own `closest`, so lint suggests
 * as the schema's messages do. Failing that, the one id the miss is made of plus words
 * (mash-referal → mash, refer-to-mash → mash): a hurried author names a thing by what it is
 * as well as by its id. Whole words only ("smash" is not "mash"), and only when a single id
 * fits (the longer where one contains another: early-help, not help). Ids with other figures
 * in them are not offered: "tier-3" is the next of a series, not a typo of "tier-1".
 *
 * Each distinct miss is looked up once per pathway, among the ids with the same figures (for
 * an edit, within the distance `closest` allows, at most 3, in length). The comparisons made for one
 * pathway are capped (`maxComparisons`), so a file with thousands of broken references and
 * thousands of ids costs little more than one with a few: the misses past the cap get no
 * suggestion, where the list of misses helps more than guesses.
 */
import { closest } from '@pathway/schema';
import type { EntityKind, PathwayMap } from './pathway-map.js';
import { idsOfKind, namesADate } from './lookup.js';

const maxComparisons = 100_000;
const maxDistance = 3;

interface Suggestions {
  made: Map<string, string | undefined>;
  /** Candidates compared so far. */
  compared: number;
  /** Ids of each kind by the figures in them, built on the first miss of that kind. */
  byFigures: Map<EntityKind, Map<string, string[]>>;
}

const perMap = new WeakMap<PathwayMap, Suggestions>();

function idsWithFigures(map: PathwayMap, suggestions: Suggestions, kind: EntityKind, figures: string): readonly string[] {
  let groups = suggestions.byFigures.get(kind);
  if (!groups) {
    suggestions.byFigures.set(kind, (groups = new Map()));
    for (const id of idsOfKind(map, kind)) {
      const key = digits(id);
      const same = groups.get(key);
      if (same) same.push(id);
      else groups.set(key, [id]);
    }
  }
  return groups.get(figures) ?? [];
}

/** The nearest existing id of these kinds (date questions and measures only, for a date), if one is near. */
export function suggestId(map: PathwayMap, id: string, kinds: readonly EntityKind[], date = false): string | undefined {
  let suggestions = perMap.get(map);
  if (!suggestions) perMap.set(map, (suggestions = { made: new Map(), compared: 0, byFigures: new Map() }));
  const key = `${date ? 'date:' : ''}${kinds.join(',')}\u0000${id}`;
  if (suggestions.made.has(key)) return suggestions.made.get(key);
  if (suggestions.compared >= maxComparisons) return undefined;
  const figures = digits(id);
  const candidates: string[] = [];
  for (const kind of kinds) {
    for (const candidate of idsWithFigures(map, suggestions, kind, figures)) {
      if (date && !namesADate(map, candidate, kinds)) continue;
      candidates.push(candidate);
    }
  }
  suggestions.compared += candidates.length;
  const found = closest(id, candidates.filter((candidate) => Math.abs(candidate.length - id.length) <= maxDistance)) ?? onlyIdWithin(id, candidates);
  suggestions.made.set(key, found);
  return found;
}

/** Splits an id into its words, lower case: "MASH_referral" → ["mash", "referral"]. */
function words(id: string): string[] {
  return id.toLowerCase().split(/[-_.]+/).filter((word) => word !== '');
}

/** True when `part`'s words appear, in a row, among `whole`'s. */
function hasWordsInARow(whole: readonly string[], part: readonly string[]): boolean {
  for (let start = 0; start + part.length <= whole.length; start++) {
    if (part.every((word, i) => whole[start + i] === word)) return true;
  }
  return false;
}

/** The one candidate whose words appear, in a row, among more words of `id`; undefined if none or several. */
function onlyIdWithin(id: string, candidates: readonly string[]): string | undefined {
  const missWords = words(id);
  const within = candidates
    .map((candidate) => ({ candidate, own: words(candidate) }))
    .filter(({ own }) => own.length > 0 && own.length < missWords.length && hasWordsInARow(missWords, own));
  // "help" inside "early-help-referral" is part of "early-help", not a rival to it.
  const widest = within.filter(({ own }) => !within.some((other) => other.own.length > own.length && hasWordsInARow(other.own, own)));
  return widest.length === 1 ? widest[0].candidate : undefined;
}

/** The figures in an id, in order: "tier-3" and "tier-1" differ in them, so neither is a typo of the other. */
function digits(id: string): string {
  return id.replace(/\D+/g, '');
}

/** `; did you mean "tier-3"?`, or nothing. */
export function didYouMean(suggestion: string | undefined): string {
  return suggestion === undefined ? '' : `; did you mean "${suggestion}"?`;
}

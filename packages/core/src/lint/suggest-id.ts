/**
 * "Did you mean …?" for an id that names nothing: the nearest id that does exist among the
 * kinds allowed there (tier3 → tier-3), found by the schema's own `closest`, so lint suggests
 * exactly as the schema's messages do. Ids with other figures in them are not offered: "tier-3"
 * is the next of a series, not a typo of "tier-1".
 *
 * Each distinct miss is looked up once per pathway, among the ids with the same figures and
 * within the edit distance `closest` allows (at most 3) in length. The comparisons made for one
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
      if (Math.abs(candidate.length - id.length) > maxDistance) continue;
      if (date && !namesADate(map, candidate, kinds)) continue;
      candidates.push(candidate);
    }
  }
  suggestions.compared += candidates.length;
  const found = closest(id, candidates);
  suggestions.made.set(key, found);
  return found;
}

/** The figures in an id, in order: "tier-3" and "tier-1" differ in them, so neither is a typo of the other. */
function digits(id: string): string {
  return id.replace(/\D+/g, '');
}

/** `; did you mean "tier-3"?`, or nothing. */
export function didYouMean(suggestion: string | undefined): string {
  return suggestion === undefined ? '' : `; did you mean "${suggestion}"?`;
}

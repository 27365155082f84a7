/**
 * "Did you mean …?" for an id that names nothing, among the existing ids of the kinds allowed
 * there (date questions and measures only, for a date). At most two are offered, best first:
 *
 * - an id differing only in case (Legal → legal), alone;
 * - a near spelling, found by the schema's own `closest` (so lint suggests as the schema's
 *   messages do: tier3 → tier-3), that is also of the miss's family, alone: it is surely meant;
 * - otherwise the ids of its family first, then near spellings of others (ewo-referral →
 *   ewo-request, then vsh-referral). An id is of the miss's family when it starts with the same
 *   word(s) (at least three letters, and shared by no more than two ids: a prefix every
 *   question has, like "q-", is a habit, not a family), when it is made of words the miss has
 *   in a row (mash-referal → mash; the longer where one contains another: early-help, not
 *   help), or when the miss's words are in a row in it (q-plan-meeting → q-plan-meeting-date).
 *
 * Whole words only ("smash" is not "mash"). Ids with other figures in them are not offered:
 * "tier-3" is the next of a series, not a typo of "tier-1". When none of these is found and the
 * pathway has only one thing the reference may name, starting with the same three letters, that
 * one is offered.
 *
 * Each distinct miss is looked up once per pathway, among the ids with the same figures (for
 * an edit, within the distance `closest` allows, at most 3, in length). The comparisons made for one
 * pathway are capped (`maxComparisons`), so a file with thousands of broken references and
 * thousands of ids costs little more than one with a few: the misses past the cap get no
 * suggestion, where the list of misses helps more than guesses.
 */
import { closest } from '@pathway/schema';
import type { EntityKind, PathwayMap } from './pathway-map.js';
import { idsOfKind } from './lookup.js';
import { referenceTargets, type ReferenceNeeds } from '../outline/unresolved.js';

const maxComparisons = 100_000;
const maxDistance = 3;

interface Suggestions {
  made: Map<string, readonly string[]>;
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

const none: readonly string[] = [];

/** The existing ids of these kinds nearest to a miss, best first, at most two (see above). */
export function suggestIds(map: PathwayMap, id: string, kinds: readonly EntityKind[], needs: ReferenceNeeds = {}): readonly string[] {
  let suggestions = perMap.get(map);
  if (!suggestions) perMap.set(map, (suggestions = { made: new Map(), compared: 0, byFigures: new Map() }));
  const key = `${needs.date ? 'date:' : ''}${needs.number ? 'number:' : ''}${kinds.join(',')}\u0000${id}`;
  const made = suggestions.made.get(key);
  if (made) return made;
  if (suggestions.compared >= maxComparisons) return none;
  const figures = digits(id);
  const candidates: string[] = [];
  const targets = referenceTargets(map.outline);
  for (const kind of kinds) {
    for (const candidate of idsWithFigures(map, suggestions, kind, figures)) {
      if (candidate === id || (needs.date && !targets.namesADate(candidate, kinds)) || (needs.number && !targets.namesANumber(candidate, kinds))) continue;
      candidates.push(candidate);
    }
  }
  suggestions.compared += candidates.length;
  const found = rank(id, candidates);
  const result = found.length > 0 ? found : onlyOne(map, id, kinds, needs);
  suggestions.made.set(key, result);
  return result;
}

/**
 * The pathway's one thing of these kinds, when it has exactly one and starts as the miss does:
 * "referal" where the only referral is "ref", "attendance" where the only measure is "att". No
 * other could be meant, however far apart the spellings (or figures) are.
 */
function onlyOne(map: PathwayMap, id: string, kinds: readonly EntityKind[], needs: ReferenceNeeds): readonly string[] {
  const targets = referenceTargets(map.outline);
  const ids = new Set<string>();
  for (const kind of kinds) {
    for (const candidate of idsOfKind(map, kind)) {
      if ((needs.date && !targets.namesADate(candidate, kinds)) || (needs.number && !targets.namesANumber(candidate, kinds))) continue;
      ids.add(candidate);
      if (ids.size > 1) return none;
    }
  }
  const [only] = ids;
  // Only where the miss could be the same name written out or cut short (ref, referal): a
  // pathway's one role is not what "attendance-officer" meant.
  const start = (text: string) => text.slice(0, 3).toLowerCase();
  return only === undefined || only === id || only.length < 3 || start(only) !== start(id) ? none : [only];
}

function rank(id: string, candidates: readonly string[]): readonly string[] {
  const sameButCase = candidates.find((candidate) => candidate.toLowerCase() === id.toLowerCase());
  if (sameButCase !== undefined) return [sameButCase];
  const spellings = nearSpellings(id, candidates);
  const family = familyOf(id, candidates);
  const surelyMeant = spellings.filter((spelling) => family.includes(spelling));
  if (surelyMeant.length > 0) return surelyMeant;
  return [...new Set([...family, ...spellings])].slice(0, 2);
}

/** Up to two ids within the edit distance `closest` allows, nearest first. */
function nearSpellings(id: string, candidates: readonly string[]): string[] {
  let pool = candidates.filter((candidate) => Math.abs(candidate.length - id.length) <= maxDistance);
  const found: string[] = [];
  while (found.length < 2) {
    const next = closest(id, pool);
    if (next === undefined) break;
    found.push(next);
    pool = pool.filter((candidate) => candidate !== next);
  }
  return found;
}

/** How many words two ids start with in common. */
function sharedLead(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** The ids of the miss's family (see the top of this file), most first words in common first. */
function familyOf(id: string, candidates: readonly string[]): string[] {
  const missWords = words(id);
  const all = candidates.map((candidate) => {
    const own = words(candidate);
    return {
      candidate,
      own,
      lead: sharedLead(missWords, own),
      inMiss: own.length > 0 && own.length < missWords.length && hasWordsInARow(missWords, own),
      holdsMiss: missWords.length > 0 && missWords.length < own.length && hasWordsInARow(own, missWords),
    };
  });
  const holdingMiss = all.filter((one) => one.holdsMiss).length;
  // "help" inside "early-help-referral" is part of "early-help", not a rival to it.
  const widest = (one: (typeof all)[number]) => !all.some((other) => other.inMiss && other.own.length > one.own.length && hasWordsInARow(other.own, one.own));
  const kin = all.filter((one) => {
    if (one.inMiss && widest(one)) return true;
    if (one.holdsMiss && holdingMiss <= 2) return true;
    const lead = missWords.slice(0, one.lead);
    return one.lead > 0 && lead.join('').length >= 3 && all.filter((other) => other.lead >= one.lead).length <= 2;
  });
  return kin.sort((a, b) => b.lead - a.lead).map(({ candidate }) => candidate);
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

/**
 * The figures in an id, in order: "tier-3" and "tier-1" differ in them, so neither is a typo of
 * the other. A figure's leading zeros are not part of it: "wave-04" is "wave-4" written long.
 */
function digits(id: string): string {
  return (id.match(/\d+/g) ?? []).map((figure) => figure.replace(/^0+(?=\d)/, '')).join('');
}

/** `; did you mean "tier-3"?`, `; did you mean "a" or "b"?`, or nothing. */
export function didYouMean(suggestions: readonly string[]): string {
  return suggestions.length === 0 ? '' : `; did you mean ${suggestions.map((id) => `"${id}"`).join(' or ')}?`;
}

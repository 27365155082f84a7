/**
 * Publishing a pathway as data: the next version label, today's date, and the published file
 * (version bumped, dates stamped, the change list written into its `changelog`). No DOM.
 */
import { diffPathways } from '@pathway/core';
import type { PathwayChange } from '@pathway/core';
import type { ChangelogEntry, Pathway } from '@pathway/schema';

export type ChangeSize = 'major' | 'minor';

/** What each kind of change means for a school with saved answers: shown beside the choice. */
export const CHANGE_MEANINGS: Record<ChangeSize, { label: string; hint: string }> = {
  major: {
    label: 'Major change',
    hint: 'The stages, thresholds, questions or what schools must do have changed. Schools with answers saved from an earlier version are told what changed and asked to check their answers again.',
  },
  minor: {
    label: 'Minor change',
    hint: 'Wording, contact details or links only. Schools with saved answers are told what changed, and their answers stand.',
  },
};

const numbered = /^(\d{1,9})(?:\.(\d{1,9}))?$/;
/** "2023-01-16", or a second edition of the same day "2023-01-16.2". */
const isoDated = /^(\d{4}-\d{2}-\d{2})(?:\.(\d{1,9}))?$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthDated = new RegExp(`^(${MONTHS.join('|')}) (\\d{4})$`, 'i');

/**
 * The version after `current`, in its own style:
 * - a number: "1.0" → "2.0" (major) or "1.1" (minor); "3" → "4.0" or "3.1";
 * - a date ("2023-01-16", "March 2019"): today's date in the same style, whatever the size;
 *   one published already today (or dated later) gets an edition number after it
 *   ("2026-11-30" → "2026-11-30.2"), and a month already taken becomes a full date;
 * - a year and an edition ("2025.1"): this year's next edition, whatever the size ("2026.1" in
 *   2026, then "2026.2"), never a year that has not come ("2027.0" read as next year's);
 * - anything else ("Edition A"): 2.0 or 1.1, as if it were 1.0 (`versionOrder` cannot place it).
 */
export function nextVersion(current: string, size: ChangeSize, now: Date = new Date()): string {
  const label = current.trim();
  const iso = isoDated.exec(label);
  if (iso) {
    const date = today(now);
    return date > iso[1]! ? date : `${iso[1]}.${iso[2] === undefined ? 2 : Number(iso[2]) + 1}`;
  }
  const month = monthDated.exec(label);
  if (month) {
    const next = `${MONTHS[now.getMonth()]} ${now.getFullYear()}`;
    return versionOrder(next, label) === 'after' ? next : nextVersion(firstDayOf(label), size, now);
  }
  const match = numbered.exec(label);
  const major = match ? Number(match[1]) : 1;
  const minor = match?.[2] !== undefined ? Number(match[2]) : 0;
  if (match !== null && isYear(match[1]!)) return now.getFullYear() > major ? `${now.getFullYear()}.1` : `${major}.${minor + 1}`;
  return size === 'major' ? `${major + 1}.0` : `${major}.${minor + 1}`;
}

/** A version's first number that reads as a year (2000 to 2099), not a count of editions. */
const isYear = (digits: string): boolean => /^20\d\d$/.test(digits);

/** The first day of a "Month YYYY" version, as YYYY-MM-DD: a month's edition comes before any dated later in it. */
function firstDayOf(monthYear: string): string {
  const [, name, year] = monthDated.exec(monthYear)!;
  const month = MONTHS.findIndex((m) => m.toLowerCase() === name!.toLowerCase());
  return today(new Date(Number(year), month, 1));
}

/** A version as something to order by: numbers, or a date (a month's first day) with its edition. */
function orderKey(version: string): { kind: 'number' | 'date'; parts: number[] } | undefined {
  const label = version.trim();
  const match = numbered.exec(label);
  if (match) return { kind: 'number', parts: [Number(match[1]), Number(match[2] ?? 0)] };
  const iso = isoDated.exec(label);
  const date = iso ? iso[1]! : monthDated.test(label) ? firstDayOf(label) : undefined;
  if (date === undefined) return undefined;
  return { kind: 'date', parts: [...date.split('-').map(Number), iso?.[2] === undefined ? 1 : Number(iso[2])] };
}

/**
 * Where `next` stands against `current`: after, before, the same, or unknown when they are not
 * both numbers or both dates (a reader, and the widget, could not tell which is newer).
 */
export function versionOrder(next: string, current: string): 'after' | 'before' | 'same' | 'unknown' {
  const a = orderKey(next);
  const b = orderKey(current);
  if (!a || !b || a.kind !== b.kind) return 'unknown';
  for (let i = 0; i < a.parts.length; i++) {
    if (a.parts[i]! !== b.parts[i]!) return a.parts[i]! > b.parts[i]! ? 'after' : 'before';
  }
  return 'same';
}

/** Today's date where the author is, as YYYY-MM-DD. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface PublishPlan {
  /** The version label it will be published as. */
  version: string;
  /** True for the first publication kept in this library, which keeps the file's own version. */
  first: boolean;
  /** The version it is compared with (the last one published here, or the one the author started from), if any. */
  previousVersion?: string;
  /** The change list against that version (empty for the first, or with nothing to compare with). */
  changes: PathwayChange[];
  /** True when there was a version to compare with, so `changes` says what changed. */
  compared: boolean;
}

/**
 * Whether the file says it was already published elsewhere: its changelog lists its version,
 * it carries the date it came into force or was last updated, or its version is a date before
 * today (an edition already dated), unless the author has changed the version since opening it.
 * Its first publication here is then a new version.
 */
export function publishedElsewhere(pathway: Pathway, origin?: Pathway, now: Date = new Date()): boolean {
  if ((pathway.changelog ?? []).some((entry) => entry.version === pathway.version)) return true;
  // A version the author typed since opening the file is the one they mean to publish.
  if (origin !== undefined && origin.version !== pathway.version) return false;
  if (pathway.effectiveFrom !== undefined || pathway.lastUpdated !== undefined) return true;
  const key = orderKey(pathway.version);
  return key?.kind === 'date' && versionOrder(pathway.version, today(now)) === 'before';
}

/**
 * What publishing would do. With a previous published version, the version is bumped from it and
 * the change list is computed against it. Without one, the file's own version is published as it
 * is, unless the file says that version was already published (`publishedElsewhere`: a seed or an
 * imported file), in which case the next version is proposed in the file's own style, and
 * compared with `origin`: the pathway as the author first opened it, when that is the same version.
 */
export function planPublication(pathway: Pathway, previous: Pathway | undefined, size: ChangeSize, origin?: Pathway, now: Date = new Date()): PublishPlan {
  if (previous) {
    return { version: nextVersion(previous.version, size, now), first: false, previousVersion: previous.version, changes: diffPathways(previous, pathway), compared: true };
  }
  if (publishedElsewhere(pathway, origin, now)) {
    const base = origin !== undefined && origin.version === pathway.version ? origin : undefined;
    return { version: nextVersion(pathway.version, size, now), first: false, previousVersion: pathway.version, changes: base ? diffPathways(base, pathway) : [], compared: base !== undefined };
  }
  return { version: pathway.version, first: true, changes: [], compared: false };
}

/** The published file: version and dates stamped, the new changelog entry first. */
export function publishedPathway(pathway: Pathway, plan: PublishPlan, size: ChangeSize, summary: string, date: string): Pathway {
  const entry: ChangelogEntry = { version: plan.version, published: date, changes: plan.changes.map((change) => change.text) };
  if (!plan.first) entry.kind = size;
  const sentence = summary.trim();
  if (sentence !== '') entry.summary = sentence;
  else if (plan.first) entry.summary = 'First published version.';
  const existing = (pathway.changelog ?? []).filter((old) => old.version !== plan.version);
  return { ...pathway, version: plan.version, effectiveFrom: date, lastUpdated: date, changelog: [entry, ...existing] };
}

/**
 * The snippet a council's web team pastes into its page. The script's address is from the site's
 * root, as the README's and the embed page's are: a relative one breaks on any page not in the
 * folder that holds the script.
 */
export function embedSnippet(pathway: Pathway): string {
  return `<script type="module" src="/pathway-widget.js"></script>\n<pathway-widget src="/pathways/${pathway.id}.json" save-drafts></pathway-widget>\n`;
}

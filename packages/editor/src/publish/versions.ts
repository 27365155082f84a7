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

/**
 * The version after `current`: "1.0" → "2.0" (major) or "1.1" (minor); "3" → "4.0" or "3.1".
 * A label that is not a number ("March 2019") is followed by 2.0 or 1.1, as if it were 1.0.
 */
export function nextVersion(current: string, size: ChangeSize): string {
  const match = numbered.exec(current.trim());
  const major = match ? Number(match[1]) : 1;
  const minor = match?.[2] !== undefined ? Number(match[2]) : 0;
  return size === 'major' ? `${major + 1}.0` : `${major}.${minor + 1}`;
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
 * What publishing would do. With a previous published version, the version is bumped from it and
 * the change list is computed against it. Without one, the file's own version is published as it
 * is, unless the file's changelog says that version was already published (a seed or an imported
 * file), in which case it is bumped from it, and compared with `origin`: the pathway as the author
 * first opened it, when that is the same version.
 */
export function planPublication(pathway: Pathway, previous: Pathway | undefined, size: ChangeSize, origin?: Pathway): PublishPlan {
  if (previous) {
    return { version: nextVersion(previous.version, size), first: false, previousVersion: previous.version, changes: diffPathways(previous, pathway), compared: true };
  }
  const alreadyPublished = (pathway.changelog ?? []).some((entry) => entry.version === pathway.version);
  if (alreadyPublished) {
    const base = origin !== undefined && origin.version === pathway.version ? origin : undefined;
    return { version: nextVersion(pathway.version, size), first: false, previousVersion: pathway.version, changes: base ? diffPathways(base, pathway) : [], compared: base !== undefined };
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

/** The snippet a council's web team pastes into its page. */
export function embedSnippet(pathway: Pathway): string {
  return `<script type="module" src="pathway-widget.js"></script>\n<pathway-widget src="/pathways/${pathway.id}.json" save-drafts></pathway-widget>\n`;
}

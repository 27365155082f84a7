/**
 * How long each time limit lasts, as a draft keeps it, so that a later version can tell the
 * school which limits got longer or shorter: 'time limit "Support plan" now lasts 4 school weeks
 * (was 6 school weeks)'. A school may have noted the date a limit runs out; the page shows the
 * new date, and the note says why it moved. Only lengths that changed, of limits the pathway
 * still has under the same short name.
 *
 * A stored draft is untrusted: `isTimeLimitLengths` checks the shape before anything is read.
 */
import { describeDuration } from '@pathway/core';
import type { Duration } from '@pathway/schema';
import type { PathwayIndex } from '../journey/pathway-index.js';
import { emptyRecord } from '../journey/records.js';

/** A time limit's title and length when the draft was saved. */
export interface DraftTimeLimit {
  title: string;
  duration: Duration;
}

/** A limit whose length changed: its title now, and its length now and then. */
export interface TimeLimitLengthChange {
  title: string;
  now: Duration;
  was: Duration;
}

/** Each time limit's title and length, for a draft. */
export function timeLimitLengths(index: PathwayIndex): Record<string, DraftTimeLimit> {
  const lengths = emptyRecord<DraftTimeLimit>();
  for (const [id, limit] of index.timeLimits) if (limit.duration) lengths[id] = { title: limit.title, duration: limit.duration };
  return lengths;
}

/** A draft's time limits, if well formed: enough of each length to say it. */
export function isTimeLimitLengths(value: unknown, isText: (text: unknown) => boolean): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const amount = (n: unknown) => n === undefined || Number.isFinite(n);
  return Object.values(value).every(
    (limit) =>
      isText(limit?.title) &&
      isText(limit.duration?.unit) &&
      amount(limit.duration.amount) &&
      amount(limit.duration.to) &&
      [undefined, 'upTo', 'atLeast', 'exactly'].includes(limit.duration.qualifier),
  );
}

/**
 * The limits whose length changed between a draft and the pathway now, compared as they read
 * ("6 school weeks" is "exactly 6 school weeks"); none for a draft from before lengths were kept.
 */
export function lengthChanges(then: Readonly<Record<string, DraftTimeLimit>> | undefined, index: PathwayIndex): TimeLimitLengthChange[] {
  if (then === undefined) return [];
  const changes: TimeLimitLengthChange[] = [];
  for (const [id, { title, duration: now }] of index.timeLimits) {
    const was = Object.hasOwn(then, id) ? then[id].duration : undefined;
    if (was && now && describeDuration(now) !== describeDuration(was)) changes.push({ title, now, was });
  }
  return changes;
}

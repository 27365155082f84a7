/**
 * What a time limit's extension offers, the one reading of it that everything wording an
 * extension uses (the engine's summary, the widget, the public page): the longest extension and
 * the longest total. A length of nothing ("by up to 0 sessions", worded "immediately") extends
 * nothing, so it is not offered; lint warns of it (duration-range).
 */
import type { Duration, TimeLimit } from './schema-types.js';

export interface OfferedExtension {
  /** By up to this much, when that is some time. */
  readonly by?: Duration;
  /** Up to this in all, extensions included. */
  readonly total?: Duration;
  /** When an extension may be agreed, in the pathway's words. */
  readonly description?: string;
}

/** True when a length is no time at all: an amount of 0 that is not the start of a range. */
export function isNoTime(duration: Duration): boolean {
  return duration.amount === 0 && (duration.to === undefined || duration.to === 0);
}

/** What the extension offers, or undefined when it offers no time at all. */
export function offeredExtension(extension: TimeLimit['extension']): OfferedExtension | undefined {
  if (extension === undefined) return undefined;
  const by = extension.duration !== undefined && !isNoTime(extension.duration) ? extension.duration : undefined;
  const total = extension.total !== undefined && !isNoTime(extension.total) ? extension.total : undefined;
  if (by === undefined && total === undefined) return undefined;
  return { ...(by ? { by } : {}), ...(total ? { total } : {}), ...(extension.description ? { description: extension.description } : {}) };
}

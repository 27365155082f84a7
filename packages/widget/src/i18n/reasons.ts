/**
 * The engine's reasons in the widget's own words, by code: the English part of
 * `strings.reasons`. The engine gives every reason a stable code and the params its sentence is
 * made from (see @pathway/core's `messages.ts`, the list of codes a translation covers). The
 * widget shows a reason through `strings.reasons[code]` when the table has it, and otherwise the
 * engine's own English, which is already plain: so the English table holds only the sentences
 * the widget says differently, and the bundle carries each English sentence once. A translated
 * table (e.g. Welsh) gives every code, and then no English sentence from the engine is shown.
 *
 * Params arrive already formatted by the engine: quoted titles, "88%", dates, durations.
 */
import { notOffered } from '@pathway/core';

type P = Record<string, string | number>;

export const enReasons = {
  // The engine's "No stage's band or entry rule matches" is the author's vocabulary, not the school's.
  'placement.none': (_p: P) => 'These figures do not place the pupil at any stage',
  // A route's reason is shown beside a tag or sentence that already says whether it is open.
  'route.open': (p: P) => String(p.because),
  'route.closed': (p: P) => String(p.because),
  'route.blocked': (p: P) => String(p.message),
  'route.chosenButClosed': (p: P) => String(p.because),
  'route.stageUnavailable': (p: P) =>
    `This stage is ${notOffered(p.status)} for this pupil`,
} satisfies Record<string, (params: P) => string>;

/**
 * Numbers in the engine's words, the same on every machine (no locale). Apart from text.ts so
 * the widget's first paint, which says durations in words, carries this without the rest.
 */

/** A number as people write it: no "-0", no trailing zeros ("88", "88.2"). */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Object.is(value, -0)) return '0';
  return String(value);
}

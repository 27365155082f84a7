/**
 * The language the widget's own words are marked with (`lang`), for screen readers and
 * translation. A page's `strings` table replaces entries of the English table; what it leaves
 * out is shown in English. So a partial table's words are mixed, and marking them all with the
 * table's `lang` would have a screen reader read the English with, say, Welsh rules: the words
 * take the table's language only when every entry the widget may show comes from it.
 */

/** What a table's completeness is judged by: one table's keys and, with the journey part, the engine's reason codes. */
export interface WordsInUse {
  keys: readonly string[];
  reasonCodes: readonly string[];
}

const holds = (record: unknown, key: string) => typeof record === 'object' && record !== null && Object.hasOwn(record, key);

/**
 * English with no table; with one that gives every entry in use (and a translation of every
 * reason), its `lang`, or undefined (the element's language) for a table that does not say;
 * English for a partial table, whose words are mostly the English fallbacks.
 */
export function wordsLanguage(table: Record<string, unknown> | undefined, inUse: WordsInUse): string | undefined {
  if (!table) return 'en';
  const whole =
    inUse.keys.every((key) => key === 'lang' || key === 'reasons' || holds(table, key)) &&
    inUse.reasonCodes.every((code) => holds(table.reasons, code));
  if (!whole) return 'en';
  return typeof table.lang === 'string' && table.lang.trim() ? table.lang.trim() : undefined;
}

/**
 * One thing wrong with a pathway, from the schema or from lint, said in plain English.
 * `message` is what people read: `Stage "Tier 2" › band: the lower bound (92) is above the upper bound (80)`.
 * `pointer` is the JSON pointer the editor uses to jump to the place.
 */
export interface Problem {
  severity: 'error' | 'warning';
  /** Stable machine name, e.g. "schema.required", "lint.dangling-reference". */
  code: string;
  /** The place, named as the author calls it: `Stage "Tier 2" › band`. Empty for the whole pathway. */
  where: string;
  /** What is wrong there: `the lower bound (92) is above the upper bound (80)`. */
  detail: string;
  /** `where: detail`, or just `detail` when `where` is empty. */
  message: string;
  /** JSON pointer into the pathway document, e.g. `/stages/1/bands/0`. */
  pointer: string;
}

/**
 * Why a pathway failed its structural check, in plain English: loaded only for a broken
 * pathway (load/parts.ts), since the explanations and the schema outline they name places
 * with are a third of the size of everything a valid pathway needs to paint.
 */
import { explainErrors } from '@pathway/schema';
import type { SchemaError } from '@pathway/schema';
import type { CheckWords } from './load-pathway.js';

/** Each problem as a sentence; never empty ("The pathway has mistakes …:" always lists one). */
export function explainStructure(doc: unknown, errors: readonly unknown[], words: CheckWords): string[] {
  let problems: string[] = [];
  try {
    problems = explainErrors(doc, errors as SchemaError[]).map((problem) => problem.message).filter((message) => message !== '');
  } catch {
    // A document the explanations cannot read still gets a message.
  }
  return problems.length > 0 ? problems : [words.loadProblemUnexplained];
}

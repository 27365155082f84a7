/**
 * Why a pathway failed its structural check, or names something it does not have, in plain
 * English: loaded only for a broken pathway (load/parts.ts), since the explanations and the
 * schema outline they name places with are a third of the size of everything a valid pathway
 * needs to paint.
 */
import { childPointer, describeLocation, explainErrors, findJsonSyntaxError, pointerSegments, sortByDocumentOrder } from '@pathway/schema';
import type { SchemaError } from '@pathway/schema';
import type { OutlineReference } from '@pathway/core';
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

/**
 * Each reference that names nothing of the kind it needs, by where it is
 * (`Exception "Child looked after" › where to send them instead › stage`), from the top of
 * the file to the bottom.
 */
export function explainReferences(doc: unknown, references: readonly OutlineReference[], words: Pick<CheckWords, 'loadProblemUnknownId'>): string[] {
  return sortByDocumentOrder(doc, references).map((reference) => {
    // A list of ids is reported at the list; a single id at the object holding it.
    const atList = pointerSegments(reference.pointer).at(-1) === reference.property;
    return words.loadProblemUnknownId(describeLocation(doc, atList ? reference.pointer : childPointer(reference.pointer, reference.property)), reference.id);
  });
}

/**
 * Where a file that is not JSON first goes wrong, as `pathway validate` says it; undefined if
 * the scanner finds nothing. A web page in the file's place (a sign-in page, or a site that
 * answers every address with a page of its own) is said to be one: "unexpected <" would send
 * the reader looking for a typing mistake in the pathway.
 */
export function explainSyntax(text: string): string | undefined {
  if (/^\s*</.test(text)) return 'The address gave a web page, not the pathway file: perhaps a sign-in page, or a page saying there is nothing at that address.';
  const found = findJsonSyntaxError(text);
  return found && `Line ${found.line}, column ${found.column}: ${found.reason}.`;
}

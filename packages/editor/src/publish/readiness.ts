/**
 * Whether a pathway's text can be published, and if not, why, in plain English: the JSON first,
 * then the full schema validator and lint (core's `checkPathway`, the CLI's words, but a wrong
 * choice named by its labels as the problems panel does: in-form-words.ts). Used by the publish panel (which blocks on any error) and the library
 * (which reports an imported file's problems).
 */
import { checkPathway } from '@pathway/core';
import { validatePathway } from '@pathway/schema';
import type { Pathway, Problem } from '@pathway/schema';
import { parse } from 'jsonc-parser';
import { readDraft } from '../modeling/index.js';
import { allInFormWords } from '../problems/in-form-words.js';

export interface Readiness {
  /** The parsed document, while the text is JSON. */
  value?: unknown;
  /** The pathway, when the document follows the format (lint errors may remain). */
  pathway?: Pathway;
  /** Why the text is not JSON, in the CLI's words: "Line 4, column 1: a comma before "}" (remove the trailing comma)". */
  syntax?: string;
  /** Schema errors, or lint findings once the schema passes, in document order. */
  problems: readonly Problem[];
  errors: readonly Problem[];
  warnings: readonly Problem[];
  /** No JSON error and no schema or lint error (warnings allowed). */
  ok: boolean;
}

const cache = new Map<string, Readiness>();

export function readinessOf(text: string): Readiness {
  const known = cache.get(text);
  if (known) return known;
  const draft = readDraft(text, 0);
  let readiness: Readiness;
  if (draft.value === undefined) {
    readiness = { syntax: draft.syntax?.message ?? 'it is not JSON', problems: [], errors: [], warnings: [], ok: false };
  } else {
    const checked = checkPathway(draft.value, { validate: validatePathway });
    const problems = allInFormWords(checked.problems, draft.value);
    const errors = problems.filter((p) => p.severity === 'error');
    readiness = {
      value: draft.value,
      ...(checked.pathway ? { pathway: checked.pathway } : {}),
      problems,
      errors,
      warnings: problems.filter((p) => p.severity !== 'error'),
      ok: checked.ok,
    };
  }
  if (cache.size > 50) cache.clear();
  cache.set(text, readiness);
  return readiness;
}

/** A property of the pathway as written, read even from text that is not valid JSON. */
export function looseProperty(text: string, name: 'title' | 'version' | 'id'): string | undefined {
  let value: unknown;
  try {
    value = parse(text, [], { allowTrailingComma: true, disallowComments: false });
  } catch {
    return undefined;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const found = (value as Record<string, unknown>)[name];
  return typeof found === 'string' && found.trim() !== '' ? found : undefined;
}

/** "1 error" / "3 errors". */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

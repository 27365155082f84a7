/**
 * The Input pane's text: the pupil's case as JSON, read for the widget's `case` property, with
 * plain-English errors that say where the problem is and what to do about it.
 */
import type { CaseInput } from '@pathway/core';
import { readDraft } from '@pathway/editor/modeling';

/** What the widget's `case` property takes: the engine's case input; other keys (e.g. `asOf`) pass through. */
export type PathwayCase = CaseInput & Record<string, unknown>;

export type CaseReading = { ok: true; value: PathwayCase } | { ok: false; message: string };

const PERCENT_EXAMPLE = '"measures": { "attendance": { "percentage": 45 } }';

/** Reads the Input pane's text. Empty text is an empty case. */
export function readCaseText(text: string): CaseReading {
  if (text.trim() === '') return { ok: true, value: {} };
  // The editor's own reading of JSON, so the Input pane and the designer word syntax errors alike.
  const draft = readDraft(text, 0);
  if (draft.syntax !== undefined) return { ok: false, message: `The case is not valid JSON. ${draft.syntax.message}.` };
  const value = draft.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: 'The case must be one object in braces, for example { ' + PERCENT_EXAMPLE + ' }.' };
  }
  const record = value as Record<string, unknown>;
  const isObject = (item: unknown) => typeof item === 'object' && item !== null && !Array.isArray(item);
  for (const key of ['measures', 'answers', 'evidence', 'details', 'baselines'] as const) {
    if (key in record && !isObject(record[key])) {
      return { ok: false, message: `"${key}" must be an object in braces, by id, for example ${key === 'measures' ? '{ "attendance": { "percentage": 45 } }' : '{ "question-id": "yes" }'}.` };
    }
  }
  if ('measures' in record) {
    for (const [id, measure] of Object.entries(record.measures as Record<string, unknown>)) {
      if (!isObject(measure)) return { ok: false, message: `The measure "${id}" must be an object, for example { "percentage": 45 }.` };
    }
  }
  if ('cohorts' in record && !(Array.isArray(record.cohorts) && record.cohorts.every((item) => typeof item === 'string'))) {
    return { ok: false, message: '"cohorts" must be a list of circumstance ids in square brackets, for example ["looked-after"].' };
  }
  if ('stage' in record && typeof record.stage !== 'string') return { ok: false, message: '"stage" must be a stage id in double quotes.' };
  if ('asOf' in record && !(typeof record.asOf === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(record.asOf))) {
    return { ok: false, message: '"asOf" must be a date written as "YYYY-MM-DD", for example "2026-03-01".' };
  }
  return { ok: true, value: record as PathwayCase };
}

/**
 * What to tell an author who downloaded the JSON (a backup, always allowed) when a widget
 * cannot use that file yet: why, in the words Publish uses (the same check), the first problem
 * and how many. Undefined when the file is ready.
 */
import { count, readinessOf } from '../publish/readiness.js';

export function downloadNotice(text: string): string | undefined {
  const readiness = readinessOf(text);
  if (readiness.ok) return undefined;
  if (readiness.syntax !== undefined) return `A widget cannot use this file yet: it is not valid JSON (${withoutFullStop(readiness.syntax)}).`;
  const first = readiness.errors[0];
  const how = readiness.errors.length === 1 ? 'it has 1 error' : `it has ${count(readiness.errors.length, 'error')}`;
  return first === undefined ? 'A widget cannot use this file yet.' : `A widget cannot use this file yet: ${how}. The first: ${withoutFullStop(first.message)}.`;
}

function withoutFullStop(sentence: string): string {
  return sentence.replace(/\.\s*$/, '');
}

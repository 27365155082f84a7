/**
 * The schema's label for the value at a place in a document, where the format lists the values
 * allowed there (`x-enum-labels`): "schoolDays" under a duration's unit is "School days", "escalate"
 * as an outcome's kind "Escalate to a more intensive stage". For messages that name a value as
 * the author chose it from a list, not as the file spells it.
 */
import { walkPointer } from './describe-location.js';
import { enumLabel } from './enum-labels.js';

/** The label of the text at `pointer` in `doc`, or undefined where the format gives it none. */
export function enumLabelAt(doc: unknown, pointer: string): string | undefined {
  const steps = walkPointer(doc, pointer);
  const last = steps[steps.length - 1];
  if (last === undefined || typeof last.value !== 'string' || !Array.isArray(last.step?.schema.enum)) return undefined;
  // An enum of its own (TimeUnit), else the property's place under the nearest definition ("Referral.channel.kind").
  const own = last.step?.branch ?? last.step?.def;
  if (own !== undefined) return enumLabel(own, last.value);
  const path: string[] = [];
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = steps[i];
    if (i < steps.length - 1 && (step.step?.branch ?? step.step?.def) !== undefined) {
      return enumLabel([step.step?.branch ?? step.step?.def, ...path].join('.'), last.value);
    }
    if (!/^\d+$/.test(step.key)) path.unshift(step.key);
  }
  return enumLabel(['Pathway', ...path].join('.'), last.value);
}

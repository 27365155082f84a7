/**
 * The schema's labels for enum values, in policy staff's words (generated from `x-enum-labels`
 * by `npm run generate`): `enumLabel('Outcome.kind', 'handBack')` → "Hand back to the school".
 */
import labels from './generated/enum-labels.json' with { type: 'json' };

const table = labels as Record<string, Record<string, string>>;

/** The label of `value` where the schema defines the enum (`"DfeStage"`, `"Outcome.kind"`), or undefined. */
export function enumLabel(where: string, value: string): string | undefined {
  const values = table[where];
  return values !== undefined && Object.hasOwn(values, value) ? values[value] : undefined;
}

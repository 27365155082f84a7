/**
 * What a control now holds, recorded in the journey: a figure's box, a circumstance, the chosen
 * stage or route, an outcome already recorded, an answer, evidence, a pupil detail. The raw
 * text of figures, numbers and dates is kept beside the value it makes (entries.ts), so a
 * half-typed date stays on screen to be corrected. No rendering: the journey controller decides
 * what follows (the stage held or moved, the page drawn again).
 */
import type { AnswerValue } from '@pathway/schema';
import type { FieldInput } from '../pages/field-input.js';
import { emptyMeasureEntry, parseDateParts, parseNumber } from './entries.js';
import type { DateParts, MeasureEntry } from './entries.js';
import { chosenRoutes, emptyBaselineEntry, recordedOutcomes, withIds, withRoutes } from './journey-state.js';
import type { JourneyState } from './journey-state.js';
import type { PathwayIndex } from './pathway-index.js';

/**
 * Records in `journey` what the control `target` now holds. Returns `entered` when the journey
 * changed, `personal` when only pupil details did (never sent in events, never saved), else
 * `unchanged`.
 */
export function recordEntry(
  journey: JourneyState,
  index: PathwayIndex,
  input: FieldInput,
  target: HTMLInputElement | HTMLTextAreaElement,
): 'entered' | 'personal' | 'unchanged' {
  const checked = target instanceof HTMLInputElement && target.checked;
  switch (input.kind) {
    case 'measure': {
      const entry: MeasureEntry = { ...(journey.measureEntries[input.measureId] ?? emptyMeasureEntry()) };
      if (input.part === 'mode') {
        if (!checked) return 'unchanged';
        entry.mode = target.value === 'sessions' ? 'sessions' : 'percentage';
      } else entry[input.part] = target.value;
      if (sameEntry(journey.measureEntries[input.measureId], entry)) return 'unchanged';
      journey.measureEntries[input.measureId] = entry;
      break;
    }
    case 'cohort':
      if (checked === journey.cohorts.has(input.cohortId)) return 'unchanged';
      if (checked) journey.cohorts.add(input.cohortId);
      else journey.cohorts.delete(input.cohortId);
      break;
    case 'stage':
      if (!checked || journey.stage === target.value) return 'unchanged';
      journey.stage = target.value;
      break;
    case 'route': {
      // One route per stage: choosing one replaces that stage's earlier choice (format 1.1).
      if (!checked) return 'unchanged';
      const chosen = chosenRoutes(journey);
      if (chosen.includes(target.value)) return 'unchanged';
      const ofStage = new Set((index.stages.get(input.stageId)?.routes ?? []).map((route) => route.id));
      journey.extra = withRoutes(journey.extra, [...chosen.filter((id) => !ofStage.has(id)), target.value]);
      break;
    }
    case 'outcome': {
      const recorded = recordedOutcomes(journey);
      if (checked === recorded.includes(input.outcomeId)) return 'unchanged';
      journey.extra = withIds(journey.extra, 'outcomes', checked ? [...recorded, input.outcomeId] : recorded.filter((id) => id !== input.outcomeId));
      break;
    }
    case 'baseline': {
      const entry = { ...(journey.baselineEntries[input.measureId] ?? emptyBaselineEntry()) };
      if (entry[input.part] === target.value) return 'unchanged';
      entry[input.part] = target.value;
      journey.baselineEntries[input.measureId] = entry;
      break;
    }
    case 'answer':
      if (!recordAnswer(journey, index, input, target)) return 'unchanged';
      break;
    case 'evidence': {
      const before = journey.evidence[input.evidenceId];
      const next =
        input.part === 'confirmed'
          ? { ...before, confirmed: checked }
          : { confirmed: before?.confirmed ?? false, ...(target.value !== '' ? { note: target.value } : {}) };
      if (before && before.confirmed === next.confirmed && before.note === next.note) return 'unchanged';
      journey.evidence[input.evidenceId] = next;
      break;
    }
    case 'detail':
      // Leaving a box (its change event) records nothing new: not an entry, so an update note stays.
      return recordDetail(journey, input.fieldId, target.value, input.control === 'date' ? input.part : undefined) ? 'personal' : 'unchanged';
    default:
      return 'unchanged';
  }
  return 'entered';
}

/** Stores an answer from its control; false when nothing changed. */
function recordAnswer(journey: JourneyState, index: PathwayIndex, input: Extract<FieldInput, { kind: 'answer' }>, target: HTMLInputElement | HTMLTextAreaElement): boolean {
  const id = input.questionId;
  const question = index.questions.get(id);
  if (!question) return false;
  const before = journey.answers[id];
  let next: AnswerValue | undefined;
  if (input.control === 'number') {
    if (journey.numberText[id] === target.value) return false;
    journey.numberText[id] = target.value;
    const value = parseNumber(target.value);
    const inRange =
      value !== undefined && (question.minimum === undefined || value >= question.minimum) && (question.maximum === undefined || value <= question.maximum);
    next = inRange ? value : undefined;
  } else if (input.control === 'date') {
    const parts: DateParts = { ...(journey.dateParts[id] ?? { day: '', month: '', year: '' }) };
    parts[input.part] = target.value;
    journey.dateParts[id] = parts;
    next = parseDateParts(parts).date;
  } else if (input.control === 'text') {
    next = target.value.trim() === '' ? undefined : target.value;
  } else {
    if (!(target instanceof HTMLInputElement) || !target.checked) return false;
    next = target.value;
  }
  if (next === undefined) delete journey.answers[id];
  else journey.answers[id] = next;
  return input.control === 'number' || input.control === 'date' || before !== next;
}

/** Stores a pupil detail from its box; false when nothing changed. */
function recordDetail(journey: JourneyState, id: string, value: string, part: keyof DateParts | undefined): boolean {
  if (part) {
    const parts: DateParts = { ...(journey.detailDateParts[id] ?? { day: '', month: '', year: '' }) };
    if (parts[part] === value) return false;
    parts[part] = value;
    journey.detailDateParts[id] = parts;
    const date = parseDateParts(parts).date;
    if (date) journey.details[id] = date;
    else delete journey.details[id];
    return true;
  }
  const before = journey.details[id];
  if (value.trim() === '') delete journey.details[id];
  else journey.details[id] = value;
  return journey.details[id] !== before;
}

function sameEntry(a: MeasureEntry | undefined, b: MeasureEntry): boolean {
  return (
    a !== undefined &&
    a.mode === b.mode &&
    a.percentage === b.percentage &&
    a.possible === b.possible &&
    a.counted === b.counted &&
    a.value === b.value &&
    a.day === b.day &&
    a.month === b.month &&
    a.year === b.year
  );
}

import { describe, expect, it } from 'vitest';
import wigan from '../../../../pathways/wigan.json';
import { formatJson } from '../modeling/index.js';
import { valueCompletion } from './value-completion.js';

/** The completion where `|` is in the text (the bar itself removed). */
function at(marked: string) {
  const offset = marked.indexOf('|');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const completion = valueCompletion(text, offset);
  return completion && { ...completion, replaced: text.slice(completion.range.offset, completion.range.offset + completion.range.length) };
}

const stages = (extra: string) => `{
  "title": "T",
  "stages": [
    { "id": "first", "title": "First stage" },
    { "id": "second" }
  ],
  "measures": [{ "id": "attendance", "title": "Attendance", "kind": "attendancePercentage" }],
  ${extra}
}`;

describe('valueCompletion', () => {
  it('offers the ids of the stages for a reference to a stage, labelled with their titles', () => {
    const completion = at(stages('"start": "|"'))!;
    expect(completion.replaced).toBe('""');
    expect(completion.suggestions).toEqual([
      { value: 'first', label: 'First stage', kind: 'reference' },
      { value: 'second', label: 'Stage 2', kind: 'reference' },
    ]);
  });

  it('offers them before any quote is typed, and while the rest of the text is not yet JSON', () => {
    const completion = at(stages('"start": |'))!;
    expect(completion.range.length).toBe(0);
    expect(completion.suggestions.map((s) => s.value)).toEqual(['first', 'second']);
    expect(at(stages('"start": "fi|'))!.suggestions.map((s) => s.value)).toEqual(['first', 'second']);
  });

  it('offers ids in a list of references, but not a bare id where the list itself goes', () => {
    const list = at(stages('"exceptions": [{ "id": "x", "title": "X", "when": { "cohort": "c" }, "effect": "block", "stages": ["first", "|"] }]'))!;
    expect(list.suggestions.map((s) => s.value)).toEqual(['first', 'second']);
    expect(at(stages('"exceptions": [{ "id": "x", "stages": | }]'))).toBeUndefined();
  });

  it('offers the ids of a real pathway, of the kind the property names', () => {
    const text = formatJson(wigan).replace('{\n', '{\n  "start": "|",\n');
    const completion = at(text)!;
    expect(completion.suggestions.map((s) => s.value)).toEqual(wigan.stages.map((stage) => stage.id));
    expect(completion.suggestions[0]!.label).toBe(wigan.stages[0]!.title);
  });

  it('offers enum values with their labels', () => {
    const completion = at(stages('"stages": [{ "id": "s", "questions": [{ "id": "q", "text": "Q?", "type": "|" }] }]'))!;
    expect(completion.suggestions.find((s) => s.value === 'choice')).toEqual({ value: 'choice', label: 'One of a list', kind: 'enum' });
    const unit = at('{ "measures": [{ "id": "m", "title": "M", "kind": "attendancePercentage", "window": { "value": 2, "unit": "sch|" } }] }');
    expect(unit?.replaced).toBe('"sch"');
    expect(unit?.suggestions.find((s) => s.value === 'schoolDays')?.label).toBe('School days');
  });

  it('offers nothing for a property name or a plain text value', () => {
    expect(at(stages('"|"'))).toBeUndefined();
    expect(at(stages('"summary": "|"'))).toBeUndefined();
  });
});

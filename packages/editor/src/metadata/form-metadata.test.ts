import { describe, expect, it } from 'vitest';
import { questionTypes } from '@pathway/core';
import { buildFormMetadata, formMetadata, locate, pathwaySchema } from './index.js';
import type { FieldMeta } from './index.js';

const field = (definition: string, key: string): FieldMeta => {
  const found = formMetadata.definitions[definition]?.fields.find((f) => f.key === key);
  if (found === undefined) throw new Error(`no ${definition}.${key}`);
  return found;
};

describe('form metadata from the schema', () => {
  it('gives help in words, never JSON (a forms user sees every description as a hint)', () => {
    const json = /[{}[\]]|"[a-z]+[A-Z]\w*"|"\w+":/;
    const helps = Object.values(formMetadata.definitions).flatMap((d) => [d.help, ...d.fields.map((f) => f.help)].map((help) => [d.name, help] as const));
    expect(helps.filter(([, help]) => help !== undefined && json.test(help))).toEqual([]);
    expect(field('Exception', 'when').help).toBe('Usually a pupil circumstance, such as a child looked after.');
  });

  it('has a field for every property of every object the schema describes, and knows how to edit each', () => {
    const defs = (pathwaySchema.$defs ?? {}) as Record<string, { type?: string; properties?: object }>;
    for (const [name, node] of Object.entries(defs)) {
      if (node.type !== 'object') continue;
      expect(formMetadata.definitions[name].fields.map((f) => f.key)).toEqual(Object.keys(node.properties ?? {}));
    }
    const unknown = Object.values(formMetadata.definitions).flatMap((d) => d.fields.filter((f) => f.kind === 'unknown').map((f) => `${d.name}.${f.key}`));
    expect(unknown).toEqual([]);
  });

  it('writes help in the words the form shows: no raw values beside choices, no "true"/"false" beside a checkbox', () => {
    const raw: string[] = [];
    for (const definition of Object.values(formMetadata.definitions)) {
      for (const f of definition.fields) {
        const help = f.help ?? '';
        const where = `${definition.name}.${f.key}: ${help}`;
        // A value the form shows under another label ("yesNo" shown as "Yes / No") must not appear quoted in its help.
        for (const option of f.options ?? []) if (option.label !== option.value && help.includes(`"${option.value}"`)) raw.push(where);
        if (f.kind === 'boolean' && (/^(true|false)\b/.test(help) || /\b(true|false)[:.]/.test(help) || /Default (true|false)/.test(help))) raw.push(where);
      }
    }
    expect([...new Set(raw)]).toEqual([]);
    expect(field('Exception', 'redirectTo').title).toBe('Where to send them instead');
  });

  it('says what each outcome a time limit names is for: a breach is not the period running out', () => {
    expect(field('TimeLimit.onBreach', 'outcome').help).toMatch(/breached/);
    expect(field('TimeLimit.onBreach', 'outcome').help).not.toMatch(/missed|runs out/);
    expect(field('TimeLimit.onExpiry', 'outcome').help).toMatch(/runs out/);
    expect(field('TimeLimit.onExpiry', 'outcome').help).not.toMatch(/missed/);
    expect(field('OutcomeCondition', 'outcome').help).toMatch(/recorded/);
  });

  it('reads titles, help, required, limits and the kind of field', () => {
    expect(field('Stage', 'title')).toMatchObject({ title: 'Name', kind: 'text', required: true, minLength: 1, maxLength: 300 });
    expect(field('Stage', 'title').help).toMatch(/stage's name/);
    expect(field('Stage', 'id')).toMatchObject({ kind: 'id', required: true });
    expect(field('Stage', 'description')).toMatchObject({ kind: 'longText', required: false });
    expect(field('Stage', 'universal')).toMatchObject({ kind: 'boolean' });
    expect(field('Stage', 'bands')).toMatchObject({ kind: 'objectList', definition: 'Band' });
    expect(field('Stage', 'entry')).toMatchObject({ kind: 'object', definition: 'Stage.entry' });
    expect(field('Stage', 'guidance')).toMatchObject({ kind: 'textList', long: true });
    expect(field('Stage', 'dfeStages')).toMatchObject({ kind: 'enumList' });
    expect(field('Stage', 'referrals')).toMatchObject({ kind: 'referenceList', refersTo: ['referral'] });
    expect(field('Stage', 'authorNote')).toMatchObject({ kind: 'authorNote', title: "Authors' note" });
    expect(field('Pathway', 'start')).toMatchObject({ kind: 'reference', refersTo: ['stage'] });
    expect(field('Pathway', 'effectiveFrom')).toMatchObject({ kind: 'date' });
    expect(field('Link', 'url')).toMatchObject({ kind: 'url' });
    expect(field('Measure', 'decimals')).toMatchObject({ kind: 'number', integer: true, minimum: 0, maximum: 3, default: 1 });
    expect(field('Measure', 'from')).toMatchObject({ kind: 'reference', refersTo: ['measure', 'question'], date: true });
    expect(field('Action', 'due')).toMatchObject({ kind: 'duration', definition: 'Duration' });
    expect(field('Band', 'lower')).toMatchObject({ kind: 'bound', definition: 'Bound' });
    expect(field('Gate', 'condition')).toMatchObject({ kind: 'condition', definition: 'Condition', required: true });
    expect(field('AllCondition', 'all')).toMatchObject({ kind: 'conditionList', minItems: 1 });
    expect(field('Question', 'expect')).toMatchObject({ kind: 'answerList' });
  });

  it('reads defaults and enum labels for policy staff', () => {
    expect(field('Question', 'required').default).toBe(true);
    expect(field('Question', 'severity')).toMatchObject({ kind: 'enum', default: 'blocking', title: 'If not met' });
    expect(field('Duration', 'qualifier').default).toBe('exactly');
    expect(field('Measure', 'kind').options).toContainEqual({ value: 'attendancePercentage', label: 'Attendance percentage' });
    expect(field('Action', 'force').options?.map((o) => o.label)).toEqual(['Must', 'Should', 'May', 'Consider']);
    expect(field('Outcome', 'kind').options).toHaveLength(15);
    for (const definition of Object.values(formMetadata.definitions)) {
      for (const f of definition.fields) {
        for (const option of f.options ?? []) expect(option.label, `${definition.name}.${f.key} ${option.value}`).not.toBe('');
        if (f.kind === 'enum' || f.kind === 'enumList') {
          expect(f.options?.every((o) => o.label !== o.value || /^\d/.test(o.value)), `${definition.name}.${f.key} has labels`).toBe(true);
        }
      }
    }
  });

  it("labels question types as core's question-type registry does", () => {
    expect(field('Question', 'type').options).toEqual(questionTypes.map((info) => ({ value: info.type, label: info.label })));
  });

  it('knows unions, "at least one of" and "required when"', () => {
    const condition = formMetadata.definitions.Condition;
    expect(condition.variants?.map((v) => v.key)).toEqual(['all', 'any', 'not', 'answer', 'measure', 'cohort', 'evidence', 'stageComplete', 'since', 'change', 'outcome', 'route']);
    expect(formMetadata.definitions.Band.requiresOneOf).toEqual([['lower'], ['upper']]);
    expect(formMetadata.definitions.Question.requiredWhen).toEqual([{ key: 'type', value: 'choice', required: ['options'] }]);
    expect(formMetadata.definitions.Stage.entity).toBe('stage');
  });

  it("locates the definition at a pointer, choosing a rule's kind by its keys", () => {
    const document = {
      stages: [{ id: 's', title: 'S', gates: [{ id: 'g', title: 'G', condition: { all: [{ cohort: 'x' }, { not: { answer: 'q' } }] } }] }],
    };
    expect(locate(document, '/stages/0').definition?.name).toBe('Stage');
    expect(locate(document, '/stages/0/gates/0/condition').definition?.name).toBe('AllCondition');
    expect(locate(document, '/stages/0/gates/0/condition/all/1').definition?.name).toBe('NotCondition');
    expect(locate(document, '/stages/0/gates/0/condition/all/1/not').definition?.name).toBe('AnswerCondition');
    expect(locate(document, '/stages/0/gates/0/condition/all/1/not').field?.key).toBe('not');
    expect(locate(document, '/stages/0/title').field?.kind).toBe('text');
    expect(locate(document, '/nothing/here').definition).toBeUndefined();
  });

  it('a property added to the schema appears with no code', () => {
    const schema = structuredClone(pathwaySchema) as { $defs: Record<string, { properties: Record<string, unknown> }> };
    schema.$defs.Stage.properties.reviewMeeting = {
      title: 'Review meeting',
      description: 'How often the stage is reviewed.',
      enum: ['termly', 'yearly'],
      'x-enum-labels': { termly: 'Every term', yearly: 'Every year' },
      default: 'termly',
    };
    schema.$defs.Stage.properties.owner = { $ref: '#/$defs/Id', title: 'Owner', description: 'Who owns it.', 'x-refers-to': 'role' };
    const metadata = buildFormMetadata(schema as never);
    const stage = metadata.definitions.Stage;
    expect(stage.fields.find((f) => f.key === 'reviewMeeting')).toMatchObject({
      title: 'Review meeting',
      help: 'How often the stage is reviewed.',
      kind: 'enum',
      default: 'termly',
      options: [
        { value: 'termly', label: 'Every term' },
        { value: 'yearly', label: 'Every year' },
      ],
    });
    expect(stage.fields.find((f) => f.key === 'owner')).toMatchObject({ kind: 'reference', refersTo: ['role'] });
  });

  it('an optional part whose title does not follow "Add" has its button words from the schema', () => {
    const onBreach = formMetadata.definitions.TimeLimit.fields.find((f) => f.key === 'onBreach');
    expect(onBreach).toMatchObject({ title: 'If breached', addLabel: 'Add what happens if it is breached' });
    // Through a $ref: the definition's own words.
    expect(formMetadata.definitions.Pathway.fields.find((f) => f.key === 'journey')?.addLabel).toBe('Add whose journey it is');
    // A title that reads after "Add" needs none.
    expect(formMetadata.definitions.TimeLimit.fields.find((f) => f.key === 'extension')?.addLabel).toBeUndefined();
  });
});

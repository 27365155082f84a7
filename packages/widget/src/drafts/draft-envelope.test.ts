import { describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import { indexPathway } from '../journey/pathway-index.js';
import { copyOf, seeds } from '../testing/fixtures.js';
import { DRAFT_FORMAT, MAX_DRAFT_ENTRIES, MAX_DRAFT_TEXT, buildDraft, readDraft, reconcile, restoreDraft } from './draft-envelope.js';

const content = {
  answers: { 'q-reasons-listened-to': 'yes', 'q-barriers-identified': 'no' },
  measures: { attendance: { percentage: 88 } },
  cohorts: ['child-in-need'],
  evidence: { 'management-oversight': { confirmed: true, note: 'In the plan' } },
  stage: 'identify-and-understand',
};

describe('buildDraft and readDraft', () => {
  it('records the pathway, what each question said, and the answers; reads back what it wrote', () => {
    const index = indexPathway(seeds.wigan);
    const draft = buildDraft(index, content, new Date('2025-03-01T10:00:00Z'));
    expect(draft.format).toBe(DRAFT_FORMAT);
    expect(draft.pathwayId).toBe(seeds.wigan.id);
    expect(draft.pathwayVersion).toBe(seeds.wigan.version);
    expect(draft.savedAt).toBe('2025-03-01T10:00:00.000Z');
    expect(draft.questionTexts['q-barriers-identified']).toEqual({
      type: 'yesNo',
      text: 'Have the barriers impacting attendance been identified, explored, and have appropriate interventions been put in place?',
    });
    expect(readDraft(structuredClone(draft))).toEqual(structuredClone(draft));
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'draft'],
    ['another format', { format: 'other/1' }],
    ['answers that are not answers', { ...buildDraft(indexPathway(seeds.wigan), content), answers: { a: { nested: true } } }],
    ['a measure with no figures', { ...buildDraft(indexPathway(seeds.wigan), content), measures: { attendance: {} } }],
    ['cohorts that are not a list', { ...buildDraft(indexPathway(seeds.wigan), content), cohorts: 'child-in-need' }],
    ['evidence without a yes or no', { ...buildDraft(indexPathway(seeds.wigan), content), evidence: { x: { note: 'n' } } }],
    ['a date that is not a date', { ...buildDraft(indexPathway(seeds.wigan), content), savedAt: 'yesterday' }],
    ['a page that is not a name', { ...buildDraft(indexPathway(seeds.wigan), content), page: { questions: true } }],
  ])('refuses %s', (_, raw) => {
    expect(readDraft(raw)).toBeUndefined();
  });
});

describe('restoreDraft', () => {
  it('restores everything and reports nothing when the pathway is unchanged', () => {
    const index = indexPathway(seeds.wigan);
    const { content: restored, report } = restoreDraft(buildDraft(index, content), index);
    expect(report).toBeUndefined();
    expect({ ...restored.answers }).toEqual(content.answers);
    expect({ ...restored.measures }).toEqual(content.measures);
    expect(restored.cohorts).toEqual(content.cohorts);
    expect(restored.stage).toBe('identify-and-understand');
  });

  it('keeps unchanged answers and names every changed, removed and new question', () => {
    const before = indexPathway(seeds.wigan);
    const draft = buildDraft(before, { ...content, cohorts: ['child-in-need', 'early-help-plan'] });
    const changed = copyOf(seeds.wigan) as Pathway;
    changed.version = '2';
    const identify = changed.stages.find((stage) => stage.id === 'identify-and-understand')!;
    identify.questions = identify
      .questions!.filter((question) => question.id !== 'q-reasons-listened-to')
      .map((question) => (question.id === 'q-barriers-identified' ? { ...question, type: 'yesNoNa' as const } : question));
    identify.questions.push({ id: 'q-new', text: 'Is this new?', type: 'yesNo' });
    changed.cohorts = changed.cohorts!.filter((cohort) => cohort.id !== 'early-help-plan');

    const { content: restored, report } = restoreDraft(draft, indexPathway(changed));
    expect({ ...restored.answers }).toEqual({});
    expect(restored.cohorts).toEqual(['child-in-need']);
    expect(report).toBeDefined();
    expect(report!.previousVersion).toBe(seeds.wigan.version);
    expect(report!.currentVersion).toBe('2');
    expect(report!.kept).toEqual([]);
    expect(report!.removed).toEqual([
      {
        id: 'q-reasons-listened-to',
        text: 'Have conversations taken place to listen and understand the children and families’ reasons for declining attendance?',
        previousAnswer: 'yes',
      },
    ]);
    expect(report!.changed.map((item) => [item.id, item.previousAnswer])).toEqual([['q-barriers-identified', 'no']]);
    expect(report!.added).toEqual([{ id: 'q-new', text: 'Is this new?' }]);
    expect(report!.cohortsDropped).toEqual(['Early Help']);
  });

  it('drops a choice answer whose option is gone, and says so', () => {
    const withChoice = copyOf(seeds.wigan) as Pathway;
    withChoice.stages[1].questions!.push({
      id: 'route',
      text: 'Which route?',
      type: 'choice',
      options: [
        { value: 'a', label: 'A' },
        { value: 'b', label: 'B' },
      ],
    });
    const draft = buildDraft(indexPathway(withChoice), { ...content, answers: { route: 'b' } });
    const later = copyOf(withChoice);
    later.stages[1].questions!.find((question) => question.id === 'route')!.options = [
      { value: 'a', label: 'A' },
      { value: 'c', label: 'C' },
    ];
    const { content: restored, report } = restoreDraft(draft, indexPathway(later));
    expect({ ...restored.answers }).toEqual({});
    expect(report!.changed).toEqual([{ id: 'route', text: 'Which route?', previousAnswer: 'b' }]);
  });

  it('treats ids such as "__proto__" as plain keys', () => {
    const index = indexPathway(seeds.wigan);
    const draft = buildDraft(index, content);
    const hostile = JSON.parse(JSON.stringify(draft).replace('"answers":{', '"answers":{"__proto__":"yes",'));
    const { content: restored } = restoreDraft(readDraft(hostile)!, index);
    expect(Object.getPrototypeOf(restored.answers)).toBeNull();
    expect(({} as Record<string, unknown>).yes).toBeUndefined();
  });
});

describe('reconcile: an open journey across a changed definition', () => {
  it('keeps a reworded question’s answer (and evidence retitled) with keepReworded, and reports stage renames, additions and removals', () => {
    const before = indexPathway(seeds.wigan);
    const draft = buildDraft(before, content);
    const edited = copyOf(seeds.wigan) as Pathway;
    const identify = edited.stages.find((stage) => stage.id === 'identify-and-understand')!;
    identify.title = 'Identify and understand the barriers';
    identify.questions = identify.questions!.map((question) =>
      question.id === 'q-barriers-identified' ? { ...question, text: 'Have the barriers been identified?' } : question,
    );
    edited.stages = edited.stages.filter((stage) => stage.id !== 'support-for-the-child-and-family') as Pathway['stages'];
    edited.stages.push({ id: 'review', title: 'Review' } as Pathway['stages'][number]);

    const live = reconcile(draft, indexPathway(edited), { keepReworded: true });
    expect({ ...live.content.answers }).toEqual(content.answers);
    expect(live.report.reworded.map((item) => item.id)).toEqual(['q-barriers-identified']);
    expect(live.report.changed).toEqual([]);
    expect(live.report.stages).toEqual({
      renamed: [{ from: 'Identify and Understand', to: 'Identify and understand the barriers' }],
      added: ['Review'],
      removed: ['Support for the child and family'],
    });
    expect(live.changed).toBe(true);
    expect(live.content.stage).toBe('identify-and-understand');

    // A saved draft does not: a reworded question may now ask something else.
    const saved = reconcile(draft, indexPathway(edited));
    expect(saved.content.answers['q-barriers-identified']).toBeUndefined();
    expect(saved.report.changed.map((item) => item.id)).toEqual(['q-barriers-identified']);
  });

  it('reports a chosen stage the pathway no longer has', () => {
    const draft = buildDraft(indexPathway(seeds.wigan), content);
    const edited = copyOf(seeds.wigan) as Pathway;
    edited.stages = edited.stages.filter((stage) => stage.id !== 'identify-and-understand') as Pathway['stages'];
    const { content: kept, report } = reconcile(draft, indexPathway(edited), { keepReworded: true });
    expect(kept.stage).toBeUndefined();
    expect(report.stageDropped).toBe('Identify and Understand');
  });

  it('reports nothing for the same definition', () => {
    const index = indexPathway(seeds.wigan);
    expect(reconcile(buildDraft(index, content), indexPathway(copyOf(seeds.wigan)), { keepReworded: true }).changed).toBe(false);
  });
});

describe('readDraft refuses a draft too big to be real', () => {
  it.each([
    ['200,000 answers', (draft: Record<string, unknown>) => ({ ...draft, answers: Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`q-${i}`, 'yes'])) })],
    ['10,001 circumstances', (draft: Record<string, unknown>) => ({ ...draft, cohorts: Array.from({ length: MAX_DRAFT_ENTRIES + 1 }, (_, i) => `c-${i}`) })],
    ['an answer of a million characters', (draft: Record<string, unknown>) => ({ ...draft, answers: { q: 'x'.repeat(MAX_DRAFT_TEXT + 1) } })],
  ])('%s', (_name, tamper) => {
    const draft = buildDraft(indexPathway(seeds.wigan), content) as unknown as Record<string, unknown>;
    expect(readDraft(structuredClone(draft))).toBeDefined();
    expect(readDraft(tamper(draft))).toBeUndefined();
  });
});

/**
 * Issue 8: the journey survives a changed definition (the editor's live preview assigns a new
 * `.pathway` on every keystroke). The user stays on their page, what they entered is kept for
 * every item that still exists, and a short note says what changed: shown at once, said once in
 * a polite live region when the edits pause, and never taking focus from the editor.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Pathway } from '@pathway/schema';
import { setTimeLimits } from '../controllers/time-limits.js';
import { axeViolations } from '../testing/accessibility.js';
import { copyOf } from '../testing/fixtures.js';
import { byId, cleanup, eventually, headingOf, mountWidget, recordEvents, settle, textOf } from '../testing/mount.js';
import { answer, chooseStage, confirmEvidence, continueOn, fillField, questionIdsOnPage, start, throughMeasures } from '../testing/journey.js';
import type { PathwayWidget } from './pathway-widget.js';

let restoreLimits: (() => void) | undefined;
afterEach(() => {
  cleanup();
  restoreLimits?.();
  restoreLimits = undefined;
  vi.restoreAllMocks();
});

/** A small pathway: a stage for every pupil, "Tier 2" at 90% and under with two questions, "Tier 3" at 50% and under. */
export const testshire = {
  schemaVersion: '1.0',
  id: 'testshire',
  version: '1',
  title: 'Attendance support',
  authority: { name: 'Testshire Council' },
  measures: [{ id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' }],
  cohorts: [{ id: 'young-carer', title: 'Young carer' }],
  stages: [
    { id: 'tier-1', title: 'Tier 1', universal: true, questions: [{ id: 'whole-school', text: 'Is the whole-school offer in place?', type: 'yesNo' }] },
    {
      id: 'tier-2',
      title: 'Tier 2',
      bands: [{ label: '90% and under', measure: 'attendance', upper: { value: 90, inclusive: true } }],
      questions: [
        { id: 'met-family', text: 'Have you met the family?', type: 'yesNo' },
        { id: 'plan-agreed', text: 'Has a plan been agreed?', type: 'yesNo' },
        { id: 'plan-date', text: 'When was the plan agreed?', type: 'date', required: false },
      ],
      evidence: [{ id: 'plan-copy', title: 'A copy of the plan' }],
    },
    {
      id: 'tier-3',
      title: 'Tier 3',
      bands: [{ label: '50% and under', measure: 'attendance', upper: { value: 50, inclusive: true } }],
      questions: [{ id: 'panel-asked', text: 'Has the panel been asked?', type: 'yesNo' }],
    },
  ],
} as unknown as Pathway;

type Stage = Pathway['stages'][number];
const stageOf = (pathway: Pathway, id: string): Stage => pathway.stages.find((stage) => stage.id === id)!;

const query = <T extends Element = HTMLElement>(widget: PathwayWidget, selector: string) => widget.shadowRoot!.querySelector<T>(selector);
const checkedValue = (widget: PathwayWidget, questionId: string) =>
  query<HTMLInputElement>(widget, `input[name="q-${CSS.escape(questionId)}"]:checked`)?.value;
const note = (widget: PathwayWidget) => {
  const box = query(widget, '[data-update-note]');
  return box ? textOf(box) : undefined;
};
/** A note of many changes: its lead, one line a change, then what follows. */
const noteParts = (widget: PathwayWidget) => {
  const box = query(widget, '[data-update-note]')!;
  return { paragraphs: [...box.querySelectorAll('p')].map(textOf), changes: [...box.querySelectorAll('li')].map(textOf) };
};

/** Assigns a new definition, as the editor's preview does, and waits for the render. */
async function redefine(widget: PathwayWidget, pathway: Pathway): Promise<void> {
  widget.pathway = pathway;
  await settle(widget);
}

/** To Tier 2's questions page at 88%, with "met-family" answered Yes and "plan-agreed" No. */
async function onTier2Questions(): Promise<PathwayWidget> {
  const widget = await mountWidget({ pathway: copyOf(testshire) });
  await throughMeasures(widget, '88', ['young-carer']);
  await continueOn(widget);
  expect(headingOf(widget)).toBe('Tier 2 Questions and evidence');
  await answer(widget, 'met-family', 'yes');
  await answer(widget, 'plan-agreed', 'no');
  return widget;
}

describe('a changed definition mid-journey', () => {
  it('rename a stage, add a question, remove an answered question: same page, answers kept, and a note says what changed', async () => {
    restoreLimits = setTimeLimits({ announceUpdate: 30 });
    const widget = await onTier2Questions();
    const changes = recordEvents(widget, 'pathway-change');
    const edited = copyOf(testshire);
    const tier2 = stageOf(edited, 'tier-2');
    tier2.title = 'Tier 2 support';
    tier2.questions = [
      ...tier2.questions!.filter((question) => question.id !== 'plan-agreed'),
      { id: 'pupil-heard', text: "Have you heard the pupil's view?", type: 'yesNo' },
    ];

    await redefine(widget, edited);

    expect(headingOf(widget)).toBe('Tier 2 support Questions and evidence');
    expect(questionIdsOnPage(widget)).toEqual(['met-family', 'plan-date', 'pupil-heard']);
    expect(checkedValue(widget, 'met-family')).toBe('yes');
    // Three changes: a list, one change a line, under the lead.
    expect(noteParts(widget)).toEqual({
      paragraphs: ['The pathway was updated:'],
      changes: ['1 question added', 'your answer to "Has a plan been agreed?" removed (no longer in the pathway)', 'stage "Tier 2" renamed to "Tier 2 support"'],
    });
    // The page hears that an answer went with its question.
    expect(changes.at(-1)?.detail.answers).toEqual({ 'met-family': 'yes' });
    expect(changes.at(-1)?.detail.cohorts).toEqual(['young-carer']);
    // Said once, when the edits pause; the note is not a live region itself.
    expect(query(widget, '[data-update-note]')?.getAttribute('role')).toBeNull();
    // Said as one sentence: a list is for the eye.
    await eventually(() =>
      expect(textOf(byId(widget, 'update-announcement'))).toBe(
        'The pathway was updated: 1 question added, your answer to "Has a plan been agreed?" removed (no longer in the pathway), stage "Tier 2" renamed to "Tier 2 support".',
      ),
    );
    expect(await axeViolations(widget)).toEqual([]);

    // The user carries on: the note has been seen and goes.
    await answer(widget, 'pupil-heard', 'yes');
    expect(note(widget)).toBeUndefined();
    expect(textOf(byId(widget, 'update-announcement'))).toBe('');
  });

  it('an author typing a stage title gets one note about the whole rename, said once, and keeps the focus', async () => {
    restoreLimits = setTimeLimits({ announceUpdate: 60 });
    const widget = await onTier2Questions();
    const changes = recordEvents(widget, 'pathway-change');
    const editor = document.createElement('textarea');
    editor.setAttribute('aria-label', 'Stage title');
    document.body.append(editor);
    editor.focus();
    const said: string[] = [];
    const observer = new MutationObserver(() => said.push(textOf(byId(widget, 'update-announcement'))));
    observer.observe(byId(widget, 'update-announcement'), { childList: true, characterData: true, subtree: true });
    try {
      for (const title of ['Tier 2 ', 'Tier 2 s', 'Tier 2 su', 'Tier 2 sup']) {
        const edited = copyOf(testshire);
        stageOf(edited, 'tier-2').title = title;
        widget.pathway = edited;
        await widget.updateComplete;
        expect(document.activeElement).toBe(editor);
      }
      expect(note(widget)).toBe('The pathway was updated: stage "Tier 2" renamed to "Tier 2 sup".');
      await eventually(() => expect(said.filter(Boolean)).toEqual(['The pathway was updated: stage "Tier 2" renamed to "Tier 2 sup".']));
      expect(document.activeElement).toBe(editor);
      expect(headingOf(widget)).toBe('Tier 2 sup Questions and evidence');
      expect(checkedValue(widget, 'plan-agreed')).toBe('no');
      // Nothing entered changed, so the page hears nothing.
      expect(changes).toEqual([]);
    } finally {
      observer.disconnect();
      editor.remove();
    }
  });

  it('keeps figures, circumstances, evidence and half-typed dates for items that still exist', async () => {
    const widget = await onTier2Questions();
    await confirmEvidence(widget, 'plan-copy');
    await fillField(widget, 'q-plan-date-day', '3');
    await fillField(widget, 'q-plan-date-month', '4');
    const edited = copyOf(testshire);
    edited.version = '2';
    edited.title = 'Attendance support (revised)';
    await redefine(widget, edited);
    expect(byId<HTMLInputElement>(widget, 'q-plan-date-day').value).toBe('3');
    expect(byId<HTMLInputElement>(widget, 'q-plan-date-month').value).toBe('4');
    expect(byId<HTMLInputElement>(widget, 'e-plan-copy-confirm').checked).toBe(true);
    expect(note(widget)).toBe('The pathway was updated.');
    await continueOn(widget);
    expect(textOf(byId(widget, 'error-summary'))).toContain('When was the plan agreed?: enter the day, month and year');
    await fillField(widget, 'q-plan-date-year', '2025');
    await continueOn(widget);
    expect(headingOf(widget)).toBe('Check your answers');
    const check = textOf(widget);
    expect(check).toContain('88%');
    expect(check).toContain('Young carer');
    expect(check).toContain('3 April 2025');
  });

  it('a reworded question keeps its answer; one whose options changed is cleared, and the note says so', async () => {
    const widget = await onTier2Questions();
    const edited = copyOf(testshire);
    const questions = stageOf(edited, 'tier-2').questions!;
    questions[0].text = 'Have you met the family at home?';
    questions[1] = { id: 'plan-agreed', text: 'Has a plan been agreed?', type: 'choice', options: [{ value: 'written', label: 'Yes, in writing' }, { value: 'none', label: 'Not yet' }] };
    await redefine(widget, edited);
    expect(checkedValue(widget, 'met-family')).toBe('yes');
    expect(checkedValue(widget, 'plan-agreed')).toBeUndefined();
    expect(note(widget)).toBe('The pathway was updated: your answer to "Has a plan been agreed?" cleared because the question changed, 1 question reworded.');
  });

  it('a question whose short name (id) changes, its wording and type the same, is said as renamed and keeps its answer', async () => {
    const widget = await onTier2Questions();
    const edited = copyOf(testshire);
    stageOf(edited, 'tier-2').questions![1].id = 'plan-made';
    await redefine(widget, edited);
    expect(questionIdsOnPage(widget)).toEqual(['met-family', 'plan-made', 'plan-date']);
    expect(checkedValue(widget, 'plan-made')).toBe('no');
    expect(note(widget)).toBe('The pathway was updated: 1 question renamed (same wording).');
  });

  it('once said, the note goes at the next edit; an edit a school cannot see says nothing, and focus stays in the editor', async () => {
    restoreLimits = setTimeLimits({ announceUpdate: 30 });
    const widget = await onTier2Questions();
    const editor = document.createElement('textarea');
    editor.setAttribute('aria-label', 'Summary');
    document.body.append(editor);
    editor.focus();
    try {
      const edited = copyOf(testshire);
      stageOf(edited, 'tier-2').title = 'Tier 2 support';
      await redefine(widget, edited);
      await eventually(() => expect(textOf(byId(widget, 'update-announcement'))).toBe('The pathway was updated: stage "Tier 2" renamed to "Tier 2 support".'));
      const next = copyOf(edited) as Pathway & { summary?: string };
      next.summary = 'How we support attendance';
      await redefine(widget, next);
      expect(note(widget)).toBeUndefined();
      expect(textOf(byId(widget, 'update-announcement'))).toBe('');
      expect(document.activeElement).toBe(editor);
    } finally {
      editor.remove();
    }
  });

  it('when the stage being worked at is removed, goes back to choosing a stage and says so', async () => {
    const widget = await onTier2Questions();
    const edited = copyOf(testshire);
    edited.stages = edited.stages.filter((stage) => stage.id !== 'tier-2') as Pathway['stages'];
    await redefine(widget, edited);
    expect(headingOf(widget)).toBe('Which stage applies');
    expect(noteParts(widget)).toEqual({
      paragraphs: ['The pathway was updated:', 'The stage you were working at, "Tier 2", is no longer in the pathway, so you are back at choosing a stage.'],
      changes: ['your answers to "Have you met the family?" and "Has a plan been agreed?" removed (no longer in the pathway)', '1 question removed', 'stage "Tier 2" removed'],
    });
    expect(await axeViolations(widget)).toEqual([]);
  });

  it("a stage whose short name changes (its title the same) is the same stage: the page, the answers and a stage chosen by hand stay", async () => {
    // Placed by the figures.
    const widget = await onTier2Questions();
    const renamed = copyOf(testshire);
    stageOf(renamed, 'tier-2').id = 'targeted';
    await redefine(widget, renamed);
    expect(headingOf(widget)).toBe('Tier 2 Questions and evidence');
    expect(checkedValue(widget, 'met-family')).toBe('yes');
    expect(note(widget) ?? '').not.toContain('no longer in the pathway');
    expect(note(widget) ?? '').not.toMatch(/added|removed/);
    cleanup();
    // Chosen by hand, against the figures.
    const chosen = await mountWidget({ pathway: copyOf(testshire) });
    await throughMeasures(chosen, '88');
    await chooseStage(chosen, 'tier-3');
    await continueOn(chosen);
    expect(headingOf(chosen)).toBe('Tier 3 Questions and evidence');
    await answer(chosen, 'panel-asked', 'yes');
    const again = copyOf(testshire);
    stageOf(again, 'tier-3').id = 'specialist';
    await redefine(chosen, again);
    expect(headingOf(chosen)).toBe('Tier 3 Questions and evidence');
    expect(checkedValue(chosen, 'panel-asked')).toBe('yes');
    expect(note(chosen) ?? '').not.toContain('no longer in the pathway');
  });

  it('a new title and then a new short name, one after the other, are one rename in the note', async () => {
    restoreLimits = setTimeLimits({ announceUpdate: 60 });
    const widget = await onTier2Questions();
    const retitled = copyOf(testshire);
    stageOf(retitled, 'tier-2').title = 'Targeted support';
    await redefine(widget, retitled);
    const renamed = copyOf(retitled);
    stageOf(renamed, 'tier-2').id = 'targeted-support';
    await redefine(widget, renamed);
    expect(headingOf(widget)).toBe('Targeted support Questions and evidence');
    expect(note(widget)).toBe('The pathway was updated: stage "Tier 2" renamed to "Targeted support".');
  });

  it('a new title and a new short name in one edit (the short name following the title in the designer) keep the page, as the note says', async () => {
    const widget = await onTier2Questions();
    const renamed = copyOf(testshire);
    Object.assign(stageOf(renamed, 'tier-2'), { id: 'targeted-support', title: 'Targeted support' });
    await redefine(widget, renamed);
    expect(headingOf(widget)).toBe('Targeted support Questions and evidence');
    expect(note(widget)).toBe('The pathway was updated: stage "Tier 2" renamed to "Targeted support".');
    expect(note(widget)).not.toContain('no longer in the pathway');
  });

  it('when the stage now has no questions, goes to the nearest page that is still needed and says so', async () => {
    const widget = await onTier2Questions();
    const edited = copyOf(testshire);
    delete stageOf(edited, 'tier-2').questions;
    delete stageOf(edited, 'tier-2').evidence;
    await redefine(widget, edited);
    expect(headingOf(widget)).toBe('Which stage applies');
    expect(note(widget)).toBe(
      'The pathway was updated: your answers to "Have you met the family?" and "Has a plan been agreed?" removed (no longer in the pathway), 1 question removed. The page you were on is no longer needed, so you are now on "Which stage applies".',
    );
  });

  it('moves focus with the page only when focus was in the widget', async () => {
    const widget = await onTier2Questions();
    // The last click left focus on a radio inside the widget.
    expect(widget.matches(':focus-within')).toBe(true);
    const edited = copyOf(testshire);
    delete stageOf(edited, 'tier-2').questions;
    delete stageOf(edited, 'tier-2').evidence;
    await redefine(widget, edited);
    expect(widget.shadowRoot!.activeElement?.id).toBe('page-heading');
  });

  it('a broken definition in between shows its problems and keeps the journey for when it is fixed', async () => {
    const widget = await onTier2Questions();
    const broken = copyOf(testshire) as unknown as { stages: { title?: string }[] };
    delete broken.stages[1].title;
    widget.pathway = broken;
    await settle(widget);
    expect(headingOf(widget)).toBe('Sorry, this pathway cannot be shown');
    expect(widget.shadowRoot!.querySelectorAll('[data-problems] li').length).toBeGreaterThan(0);
    await redefine(widget, copyOf(testshire));
    expect(headingOf(widget)).toBe('Tier 2 Questions and evidence');
    expect(checkedValue(widget, 'met-family')).toBe('yes');
    expect(checkedValue(widget, 'plan-agreed')).toBe('no');
  });

  it('an answer whose question is removed comes back when the question does (an undo in the editor)', async () => {
    const widget = await onTier2Questions();
    const without = copyOf(testshire);
    stageOf(without, 'tier-2').questions = stageOf(without, 'tier-2').questions!.filter((question) => question.id !== 'plan-agreed');
    await redefine(widget, without);
    expect(questionIdsOnPage(widget)).not.toContain('plan-agreed');
    await redefine(widget, copyOf(testshire));
    expect(checkedValue(widget, 'plan-agreed')).toBe('no');
    // Against where the user last was, nothing changed in the end: nothing to say.
    expect(note(widget)).toBeUndefined();
  });

  it('the same definition assigned again changes nothing and says nothing', async () => {
    const widget = await onTier2Questions();
    const changes = recordEvents(widget, 'pathway-change');
    await redefine(widget, copyOf(testshire));
    expect(note(widget)).toBeUndefined();
    expect(changes).toEqual([]);
  });

  it('a new src document keeps the journey too', async () => {
    const revised = copyOf(testshire);
    stageOf(revised, 'tier-2').title = 'Tier 2 support';
    const documents: Record<string, unknown> = { '/v1.json': testshire, '/v2.json': revised };
    vi.spyOn(window, 'fetch').mockImplementation(async (url) =>
      new Response(JSON.stringify(documents[String(url)]), { status: 200, headers: { 'Content-Type': 'application/json' } }),
    );
    const widget = await mountWidget({ src: '/v1.json' });
    const ready = recordEvents(widget, 'pathway-ready');
    await start(widget);
    await fillField(widget, 'm-attendance-percentage', '88');
    await continueOn(widget);
    await continueOn(widget);
    await answer(widget, 'met-family', 'yes');
    widget.src = '/v2.json';
    await eventually(() => expect(ready).toHaveLength(1));
    await settle(widget);
    expect(headingOf(widget)).toBe('Tier 2 support Questions and evidence');
    expect(checkedValue(widget, 'met-family')).toBe('yes');
    expect(note(widget)).toBe('The pathway was updated: stage "Tier 2" renamed to "Tier 2 support".');
  });
});

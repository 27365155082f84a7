/**
 * A `case` the widget cannot read is never silently ignored: a figure in a shape its measure is
 * not entered in, an answer its question cannot take, an id the pathway does not have. The web
 * team is told once, in the console and in `pathway-error` (`bad-case`), by where the entry is
 * and what shape it takes, never its value (a case is pupil data).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Pathway } from '@pathway/schema';
import pellinghamJson from '@pathway/core/fixtures/guide-authored/pellingham-flowchart.json';
import type { PathwayCase } from '../journey/case-seed.js';
import type { PathwayChangeDetail, PathwayErrorDetail } from '../events.js';
import { pressOn, summaryFor } from '../testing/driver.js';
import { seeds } from '../testing/fixtures.js';
import { cleanup, mountWidget, settle, textOf } from '../testing/mount.js';
import type { PathwayWidget } from './pathway-widget.js';

const pellingham = pellinghamJson as unknown as Pathway;

let errors: PathwayErrorDetail[] = [];
const onError = (event: Event) => void errors.push((event as CustomEvent<PathwayErrorDetail>).detail);
let warn: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  errors = [];
  document.addEventListener('pathway-error', onError);
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  document.removeEventListener('pathway-error', onError);
  cleanup();
  vi.restoreAllMocks();
});

/** The widget on Pellingham with `pupil` as its case, once anything it says has been said. */
async function withCase(pupil: unknown): Promise<PathwayWidget> {
  const widget = await mountWidget({ pathway: pellingham, attributes: { 'as-of': '2026-02-20' }, properties: { case: pupil as PathwayCase }, until: 'ready' });
  await settle(widget);
  return widget;
}

/** What was said: the one console warning and the one event, which say the same. */
function said(): string {
  expect(warn).toHaveBeenCalledTimes(1);
  expect(errors.map((error) => error.code)).toEqual(['bad-case']);
  expect(String(warn.mock.calls[0][0])).toBe(`<pathway-widget>: ${errors[0].message}`);
  return errors[0].message;
}

describe('a case the widget cannot read', () => {
  it('a figure in a shape its measure is not entered in: named, with the shape it takes, never its value', async () => {
    const widget = await withCase({ measures: { attendance: { percentage: 78 }, 'unauth-days': { count: 16 } } });
    const message = said();
    expect(message).toBe(
      `The widget's case holds something it cannot use, so it is ignored and the school sees nothing entered there: measures["unauth-days"] takes { "value": <number> }.`,
    );
    expect(message).not.toContain('16');
    // The school still sees it as not entered (nothing is made up from it), beside the figure that was read.
    await pressOn(widget);
    expect(textOf(widget)).toContain('School days missed without permission this term');
    expect(widget.shadowRoot!.querySelector<HTMLInputElement>('#m-unauth-days-value')!.value).toBe('');
    expect(widget.shadowRoot!.querySelector<HTMLInputElement>('#m-attendance-percentage')!.value).toBe('78');
  });

  it('a percentage measure given a count: both shapes it takes are named', async () => {
    await withCase({ measures: { attendance: { value: 78 } } });
    expect(said()).toContain('measures["attendance"] takes { "percentage": <number> } or { "possibleSessions": <number>, "attendedSessions": <number> }');
  });

  it('ids the pathway does not have: a measure, a question, a circumstance, a stage', async () => {
    await withCase({
      measures: { attendence: { percentage: 61 } },
      answers: { 'q-risk': 'no', 'q-not-here': 'yes' },
      cohorts: ['looked-after'],
      stage: 'stage-9',
    });
    const message = said();
    expect(message).toContain("The widget's case holds 4 things it cannot use, so they are ignored");
    expect(message).toContain('this pathway has no measure "attendence" (under "measures")');
    expect(message).toContain('this pathway has no question "q-not-here" (under "answers")');
    expect(message).toContain('this pathway has no circumstance "looked-after" (under "cohorts")');
    expect(message).toContain('this pathway has no stage "stage-9" (under "stage")');
    expect(message).not.toContain('61');
    expect(message).not.toContain('q-risk');
  });

  it('an answer its question cannot take, and evidence and details in the wrong shape: what each takes, never what was given', async () => {
    await withCase({
      answers: { 'q-risk': 'Yes, definitely' },
      evidence: { nope: true },
      details: 'Jo Bloggs',
    });
    const message = said();
    expect(message).toContain('answers["q-risk"] takes "yes" or "no"');
    expect(message).toContain('this pathway has no evidence item "nope" (under "evidence")');
    expect(message).toContain('"details" takes an object with an entry for each pupil details field by its id');
    expect(message).not.toContain('definitely');
    expect(message).not.toContain('Jo Bloggs');
  });

  it('a key that is not written as an id is not repeated (it might be anything)', async () => {
    await withCase({ measures: { 'Jo Bloggs 12/03/2014': { percentage: 70 } } });
    const message = said();
    expect(message).toContain('this pathway has no measure an id that is not written as one (under "measures")');
    expect(message).not.toContain('Bloggs');
  });

  it('the case given as its JSON text, not the object', async () => {
    await withCase(JSON.stringify({ measures: { attendance: { percentage: 78 } } }));
    expect(said()).toContain('the case is not an object (set the property to the object itself, not to its JSON text)');
  });

  it('is said once: the same case again says nothing more; a changed one says what it holds now', async () => {
    const widget = await withCase({ measures: { 'unauth-days': { count: 3 } } });
    said();
    widget.case = { measures: { 'unauth-days': { count: 3 } } } as unknown as PathwayCase;
    await settle(widget);
    said();
    widget.case = { measures: { 'unauth-days': { value: 3 } }, answers: { 'q-risk': 'maybe' } };
    await settle(widget);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(errors).toHaveLength(2);
    expect(errors[1].message).toContain('answers["q-risk"] takes "yes" or "no"');
    expect(errors[1].message).not.toContain('unauth-days');
  });

  it('a changed pathway that no longer has what the case names says so', async () => {
    const widget = await withCase({ measures: { attendance: { percentage: 78 }, 'unauth-days': { value: 3 } } });
    expect(warn).not.toHaveBeenCalled();
    const edited = structuredClone(pellinghamJson) as unknown as { measures: { id: string }[] };
    edited.measures = edited.measures.map((measure) => (measure.id === 'unauth-days' ? { ...measure, id: 'unauthorised-days' } : measure));
    // Rules that named the old id would be refused; only the measure's own id changes in this check.
    const text = JSON.stringify(edited).replaceAll('"measure":"unauth-days"', '"measure":"unauthorised-days"');
    widget.pathway = JSON.parse(text);
    await settle(widget);
    expect(said()).toContain('this pathway has no measure "unauth-days" (under "measures")');
  });

  it('what it ignores is never entered: pathway-change and the summary carry only what the widget uses', async () => {
    const changes: PathwayChangeDetail[] = [];
    const onChange = (event: Event) => void changes.push((event as CustomEvent<PathwayChangeDetail>).detail);
    document.addEventListener('pathway-change', onChange);
    try {
      const pupil = {
        measures: { attendance: { percentage: 45 }, attendence: { percentage: 61 } },
        cohorts: ['looked-after', 'looked-afterr'],
        answers: { 'q-severe-absence': 'maybe', 'q-nope': 'yes', 'q-attendance-continued-to-decline': 'yes' },
        evidence: { nope: { confirmed: true } },
        stage: 'stage-9',
      };
      const widget = await mountWidget({ pathway: seeds.wigan, properties: { case: pupil as PathwayCase }, until: 'ready' });
      await settle(widget);
      expect(errors.map((error) => error.code)).toEqual(['bad-case']);
      const used = { answers: { 'q-attendance-continued-to-decline': 'yes' }, measures: { attendance: { percentage: 45 } }, cohorts: ['looked-after'], evidence: {} };
      expect(changes.at(-1)).toEqual(used);
      // Set again: an answer the question can take is entered; one it cannot take, in its place, takes it away again.
      widget.case = { ...pupil, answers: { ...pupil.answers, 'q-severe-absence': 'no' } } as PathwayCase;
      await settle(widget);
      expect(changes.at(-1)!.answers).toEqual({ 'q-attendance-continued-to-decline': 'yes', 'q-severe-absence': 'no' });
      widget.case = pupil as PathwayCase;
      await settle(widget);
      expect(changes.at(-1)).toEqual(used);
      // The school sees the ignored answer as not entered, not as an answer "Not understood".
      const summary = await summaryFor(seeds.wigan, pupil as PathwayCase, '2026-02-20');
      expect(textOf(summary)).not.toContain('Not understood');
    } finally {
      document.removeEventListener('pathway-change', onChange);
    }
  });

  it('a case the widget reads whole says nothing', async () => {
    await withCase({
      measures: { attendance: { possibleSessions: 100, attendedSessions: 80 }, 'unauth-days': { value: 3 } },
      answers: { 'q-risk': 'no' },
      cohorts: [],
      details: {},
      evidence: null,
      stage: null,
    });
    expect(warn).not.toHaveBeenCalled();
    expect(errors).toEqual([]);
  });
});

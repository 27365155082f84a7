/**
 * A school's saved draft meets a newer published version: the drafts notice gives the
 * council's own change list from the pathway's changelog, for the versions newer than the
 * draft's, newest first, and nothing from the versions the draft already knew.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Pathway } from '@pathway/schema';
import type { PathwayWidget } from '../pathway-widget/pathway-widget.js';
import { copyOf, seeds } from '../testing/fixtures.js';
import { clearStoredDrafts, readStoredDraft } from '../testing/drafts.js';
import { cleanup, eventually, mountWidget, textOf } from '../testing/mount.js';
import { axeViolations } from '../testing/accessibility.js';
import { answer, clickField, continueOn, throughMeasures } from '../testing/journey.js';
import { publishedSince } from './published-changes.js';

beforeEach(clearStoredDrafts);
afterEach(cleanup);

const query = (widget: PathwayWidget, selector: string) => widget.shadowRoot!.querySelector<HTMLElement>(selector);

function version(number: string, changelog: Pathway['changelog']): Pathway {
  const pathway = copyOf(seeds.wigan);
  pathway.version = number;
  pathway.changelog = changelog;
  return pathway;
}

const v1 = { version: '1.0', published: '2026-09-01', summary: 'First published version.', changes: [] };
const v11 = { version: '1.1', published: '2026-10-01', kind: 'minor' as const, changes: ['Referral "Enforcement": email address changed'] };
const v2 = {
  version: '2.0',
  published: '2026-11-29',
  kind: 'major' as const,
  summary: 'Tier 2 starts lower.',
  changes: ['Stage "Tier 2": lower threshold changed from 92% to 90%', 'Question "Has a parenting contract been offered?" added to "Tier 3"'],
};

describe('publishedSince', () => {
  it('gives the entries newer than the draft’s version, or all of them when the draft’s is not listed', () => {
    expect(publishedSince([v2, v11, v1], '1.0')).toEqual([v2, v11]);
    expect(publishedSince([v2, v11, v1], '1.1')).toEqual([v2]);
    expect(publishedSince([v2, v11, v1], '2.0')).toEqual([]);
    expect(publishedSince([v2], '0.9')).toEqual([v2]);
    expect(publishedSince(undefined, '1.0')).toEqual([]);
  });
});

describe('a draft of version 1 meeting version 2', () => {
  it('is told, in the changelog’s words, what changed in each newer version', async () => {
    const first = await mountWidget({ pathway: version('1.0', [v1]), attributes: { 'save-drafts': true } });
    await clickField(first, 'drafts-toggle');
    await throughMeasures(first, '88');
    await eventually(async () => expect(((await readStoredDraft(seeds.wigan.id)) as { pathwayVersion?: string } | undefined)?.pathwayVersion).toBe('1.0'));
    cleanup();

    const widget = await mountWidget({ pathway: version('2.0', [v2, v11, v1]), attributes: { 'save-drafts': true } });
    const published = query(widget, '[data-draft-notice="restored"] [data-draft-published]');
    expect(published).not.toBeNull();
    expect([...published!.querySelectorAll('p, li')].map((element) => textOf(element))).toEqual([
      'What the council says has changed:',
      'Version 2.0, published 29 November 2026 (a major change: check your answers):',
      'Tier 2 starts lower.',
      'Stage "Tier 2": lower threshold changed from 92% to 90%',
      'Question "Has a parenting contract been offered?" added to "Tier 3"',
      'Version 1.1, published 1 October 2026 (a minor change: your answers stand):',
      'Referral "Enforcement": email address changed',
    ]);
    expect([...published!.querySelectorAll('li')].map((li) => li.textContent)).toEqual([...v2.changes, ...v11.changes]);
    expect(await axeViolations(widget)).toEqual([]);
  });

  it('says nothing of published versions when the draft is of the current one', async () => {
    const first = await mountWidget({ pathway: version('2.0', [v2, v11, v1]), attributes: { 'save-drafts': true } });
    await clickField(first, 'drafts-toggle');
    await throughMeasures(first, '88');
    await eventually(async () => expect(await readStoredDraft(seeds.wigan.id)).toBeDefined());
    cleanup();
    const widget = await mountWidget({ pathway: version('2.0', [v2, v11, v1]), attributes: { 'save-drafts': true } });
    expect(query(widget, '[data-draft-notice="restored"]')).not.toBeNull();
    expect(query(widget, '[data-draft-published]')).toBeNull();
  });
});

describe('a question reworded in a newer version', () => {
  /** Version 1.0 with one answer saved, then `kind` 1.1 rewording that question. */
  async function reopenedOn(kind: 'minor' | 'major', newId?: string): Promise<PathwayWidget> {
    const first = await mountWidget({ pathway: version('1.0', [v1]), attributes: { 'save-drafts': true } });
    await clickField(first, 'drafts-toggle');
    await throughMeasures(first, '88');
    await continueOn(first);
    await answer(first, 'q-reasons-listened-to', 'yes');
    await eventually(async () => expect(((await readStoredDraft(seeds.wigan.id)) as { answers?: object } | undefined)?.answers).toEqual({ 'q-reasons-listened-to': 'yes' }));
    cleanup();
    const next = version('1.1', [{ version: '1.1', published: '2026-10-01', kind, changes: ['A question reworded'] }, v1]);
    const question = next.stages.flatMap((stage) => stage.questions ?? []).find((q) => q.id === 'q-reasons-listened-to')!;
    question.text = `${question.text} (reworded)`;
    // The designer's short name followed the new wording.
    if (newId) question.id = newId;
    return mountWidget({ pathway: next, attributes: { 'save-drafts': true } });
  }

  it('keeps its answer when the council marked the version minor ("your answers stand"), and says it was reworded', async () => {
    const widget = await reopenedOn('minor');
    expect(query(widget, 'input[name="q-q-reasons-listened-to"][value="yes"]')).toHaveProperty('checked', true);
    const notice = textOf(query(widget, '[data-draft-notice="restored"]')!);
    expect(notice).toContain('(a minor change: your answers stand)');
    expect(notice).toContain('reworded');
  });

  it('keeps its answer when its short name followed the new wording too (matched by its place, as the changelog matches it)', async () => {
    const widget = await reopenedOn('minor', 'q-reasons-listened-to-reworded');
    expect(query(widget, 'input[name="q-q-reasons-listened-to-reworded"][value="yes"]')).toHaveProperty('checked', true);
    expect(textOf(query(widget, '[data-draft-notice="restored"]')!)).not.toContain('no longer in the pathway');
  });

  it('asks it again when the version is a major change', async () => {
    const widget = await reopenedOn('major');
    expect(query(widget, 'input[name="q-q-reasons-listened-to"][value="yes"]')).toHaveProperty('checked', false);
  });
});

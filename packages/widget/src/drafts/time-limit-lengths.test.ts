/**
 * A saved or open case told which time limits got longer or shorter when the pathway changed
 * under it (the page then shows a new end date): read on the guide-authored Millbrook pathway,
 * whose second version shortens its support plan from 6 to 4 school weeks.
 */
import { describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import millbrookV1 from '@pathway/core/fixtures/guide-authored/millbrook-v1.json';
import millbrookV2 from '@pathway/core/fixtures/guide-authored/millbrook-v2.json';
import { en } from '../i18n/strings.js';
import { createFormatter } from '../i18n/format.js';
import { indexPathway } from '../journey/pathway-index.js';
import { changePhrases } from '../journey/update-note.js';
import { copyOf } from '../testing/fixtures.js';
import { buildDraft, readDraft, reconcile } from './draft-envelope.js';
import type { Draft } from './draft-envelope.js';

const format = createFormatter('en-GB', en);
const content = { answers: {}, measures: {}, cohorts: [], evidence: {} };
const savedOn = (pathway: Pathway): Draft => buildDraft(indexPathway(pathway), content);
const phrasesFor = (draft: Draft, pathway: Pathway) => changePhrases(reconcile(draft, indexPathway(pathway), { keepReworded: true }).report, en, format);
const plan = (pathway: Pathway) => pathway.stages.flatMap((stage) => stage.timeLimits ?? []).find((limit) => limit.id === 'plan-period')!;

describe('time limits that got longer or shorter', () => {
  it('names the limit by its title, with its length now and then', () => {
    const phrases = phrasesFor(savedOn(copyOf(millbrookV1) as Pathway), copyOf(millbrookV2) as Pathway);
    expect(phrases).toContain('time limit "Support plan" now lasts 4 school weeks (was 6 school weeks)');
  });

  it('says nothing where only how the length is written changed ("exactly" said or not, keys in another order)', () => {
    const v1 = copyOf(millbrookV1) as Pathway;
    const same = copyOf(millbrookV1) as Pathway;
    plan(same).duration = { unit: 'schoolWeeks', qualifier: 'exactly', amount: 6 };
    expect(phrasesFor(savedOn(v1), same)).toEqual([]);
    plan(same).duration = { amount: 6, unit: 'schoolWeeks', qualifier: 'upTo' };
    expect(phrasesFor(savedOn(v1), same)).toEqual(['time limit "Support plan" now lasts up to 6 school weeks (was 6 school weeks)']);
  });

  it('a stored draft whose lengths are not well formed is refused; one from before lengths were kept is read, and says nothing of them', () => {
    const draft = savedOn(copyOf(millbrookV1) as Pathway);
    expect(readDraft(JSON.parse(JSON.stringify(draft)))).toBeDefined();
    const tampered = JSON.parse(JSON.stringify(draft));
    tampered.timeLimitLengths['plan-period'].duration.amount = '6 weeks<script>';
    expect(readDraft(tampered)).toBeUndefined();
    const older = JSON.parse(JSON.stringify(draft));
    delete older.timeLimitLengths;
    expect(phrasesFor(readDraft(older)!, copyOf(millbrookV2) as Pathway).some((phrase) => phrase.startsWith('time limit'))).toBe(false);
  });
});

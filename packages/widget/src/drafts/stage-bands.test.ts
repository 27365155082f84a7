/**
 * A saved or open case told which stages' bands moved when the pathway changed under it, even
 * when its own stage did not: only the bands that moved, in words, and when a new stage applies.
 * Read on the guide-authored Tarnby pathway (v2: stage 2a added, stage 2 from 86%, stage 3 below
 * 75%) and its renamed-only control (stage ids renamed, stage 2's bound moved from 90% to 88%).
 */
import { describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import tarnbyV1 from '@pathway/core/fixtures/guide-authored/tarnby-v1.json';
import tarnbyV2 from '@pathway/core/fixtures/guide-authored/tarnby-v2.json';
import tarnbyRenamedOnly from '@pathway/core/fixtures/guide-authored/tarnby-v1-renamed-only.json';
import { en } from '../i18n/strings.js';
import { createFormatter } from '../i18n/format.js';
import { indexPathway } from '../journey/pathway-index.js';
import { bandPhrases, changePhrases } from '../journey/update-note.js';
import { copyOf } from '../testing/fixtures.js';
import { buildDraft, readDraft, reconcile } from './draft-envelope.js';
import type { Draft } from './draft-envelope.js';

const format = createFormatter('en-GB', en);

const content = { answers: {}, measures: { att: { percentage: 88 } }, cohorts: [], evidence: {} };
const savedOn = (pathway: unknown): Draft => buildDraft(indexPathway(copyOf(pathway) as Pathway), content);
const reportFor = (draft: Draft, pathway: unknown) => reconcile(draft, indexPathway(copyOf(pathway) as Pathway), { keepReworded: true }).report;

const STAGE_2A = '"Stage 2a - support plan" added (applies when Attendance is at most 85%)';
const STAGE_2 = '"Stage 2 - attendance meeting" now applies when Attendance is at least 86% and at most 90% (was at most 90%)';
const STAGE_3 = '"Stage 3 - refer to council" now applies when Attendance is below 75% (was below 80%)';

describe('the stages whose bands moved', () => {
  it('are in the update note, with when a new stage applies, and no stage whose bands did not move (Tarnby v1 → v2)', () => {
    const phrases = changePhrases(reportFor(savedOn(tarnbyV1), tarnbyV2), en, format);
    expect(phrases).toContain(STAGE_2A);
    expect(phrases).toContain(STAGE_2);
    expect(phrases).toContain(STAGE_3);
    expect(phrases.filter((phrase) => phrase.includes('Stage 1'))).toEqual([]);
  });

  it('are said in a restored draft\'s notice: new stages with bands, then bands that moved', () => {
    expect(bandPhrases(reportFor(savedOn(tarnbyV1), tarnbyV2), en)).toEqual([STAGE_2A, STAGE_2, STAGE_3]);
  });

  it('are followed across a stage id renamed: only the bound that moved is said (the renamed-only control)', () => {
    const report = reportFor(savedOn(tarnbyV1), tarnbyRenamedOnly);
    expect(bandPhrases(report, en)).toEqual(['"Stage 2 - attendance meeting" now applies when Attendance is at most 88% (was at most 90%)']);
    expect(changePhrases(report, en, format)).toEqual(['"Stage 2 - attendance meeting" now applies when Attendance is at most 88% (was at most 90%)']);
  });

  it('make a change worth a note in the same version (the editor\'s live preview), and say when a bound now includes its figure', () => {
    const edited = copyOf(tarnbyV1) as Pathway;
    edited.stages[2].bands![0].upper!.inclusive = true;
    const { report, changed } = reconcile(savedOn(tarnbyV1), indexPathway(edited), { keepReworded: true });
    expect(changed).toBe(true);
    expect(changePhrases(report, en, format)).toEqual(['"Stage 3 - refer to council" now applies when Attendance is at most 80% (was below 80%)']);
  });

  it('say a stage no longer placed by figures', () => {
    const edited = copyOf(tarnbyV1) as Pathway;
    delete edited.stages[2].bands;
    expect(bandPhrases(reportFor(savedOn(tarnbyV1), edited), en)).toEqual(['"Stage 3 - refer to council" no longer placed by figures (was when Attendance is below 80%)']);
  });

  it('are not claimed for a draft from before bands were kept, nor when nothing moved', () => {
    const { stageBands, ...older } = savedOn(tarnbyV1);
    expect(Object.keys(stageBands!)).toEqual(['s1', 's2', 's3']);
    expect(bandPhrases(reportFor(older, tarnbyV2), en)).toEqual([]);
    expect(reportFor(savedOn(tarnbyV1), tarnbyV1).stages.bands).toBeUndefined();
  });
});

describe('a draft\'s stage bands', () => {
  it('read back as written', () => {
    const draft = savedOn(tarnbyV2);
    expect(readDraft(structuredClone(draft))).toEqual(structuredClone(draft));
  });

  it.each([
    ['a list that is not a list', { s1: 'at most 90' }],
    ['a bound without a figure', { s1: [{ measure: 'att', upper: { value: '90', inclusive: true } }] }],
    ['a band without its figure', { s1: [{ upper: { value: 90, inclusive: true } }] }],
    ['more bands than any pathway', { s1: Array.from({ length: 51 }, () => ({ measure: 'att' })) }],
  ])('refuses a draft with %s', (_, stageBands) => {
    expect(readDraft({ ...savedOn(tarnbyV1), stageBands })).toBeUndefined();
  });
});

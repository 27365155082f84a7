/**
 * The change list says each change once, and completely, on every seed and guide-authored
 * pathway: a band moved is one line in words (never again as "lower bound: added (86%,
 * inclusive)"), a new stage, route or referral is one line saying when it applies and what it
 * asks (what is inside it counted there, not added a line each), a referral added is not said
 * again in the stage's list of referrals, and how to refer is said whole when its kind changed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outlinePathway } from '../outline/outline.js';
import { diffPathways } from './diff.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test edits the document freely
type Editable = any;

const seeds = ['county-chronic-non-attendance', 'norfolk', 'southwark', 'wigan'].map((name) => ({
  name,
  doc: JSON.parse(readFileSync(new URL(`../../../../pathways/${name}.json`, import.meta.url), 'utf8')) as Editable,
}));
const guideDir = new URL('../../fixtures/guide-authored/', import.meta.url);
const guides = readdirSync(guideDir)
  .filter((file) => file.endsWith('.json'))
  .map((file) => ({ name: file, doc: JSON.parse(readFileSync(new URL(file, guideDir), 'utf8')) as Editable }));
const pathways = [...seeds, ...guides];
const texts = (before: unknown, after: unknown) => diffPathways(before, after).map((change) => change.text);

/** Words of the fields a band is made of: said once in words, these never show. */
const FIELD_WORDS = /lower bound|upper bound|threshold|inclusive|band changed from/;

describe('a band changed', () => {
  it('is one line in words, whatever moved (a bound, whether it includes its figure, its label), on every pathway', () => {
    let checked = 0;
    for (const { name, doc } of pathways) {
      const bands: [string, (d: Editable) => Editable][] = [
        ...doc.stages.flatMap((stage: Editable, i: number) => (stage.bands ?? []).map((_: unknown, j: number) => [`stage ${i} band ${j}`, (d: Editable) => d.stages[i].bands[j]])),
        ...(doc.classifications ?? []).map((_: unknown, j: number) => [`classification ${j}`, (d: Editable) => d.classifications[j]]),
      ];
      for (const [where, bandOf] of bands) {
        const after = structuredClone(doc);
        const band = bandOf(after);
        if (band.upper) band.upper = { value: band.upper.value - 2, inclusive: !band.upper.inclusive };
        if (band.lower) band.lower = { value: band.lower.value - 1, inclusive: band.lower.inclusive };
        else band.lower = { value: 1, inclusive: true };
        band.label = `${band.label} (revised)`;
        const lines = texts(doc, after);
        expect({ name, where, lines: lines.length }).toEqual({ name, where, lines: 1 });
        expect(lines[0]).toMatch(/ renamed ".*\(revised\)" and now applies when .* \(was .*\)$/);
        // The council's own titles (quoted) may use any word: "95% to 90.1% (inclusive)".
        expect(lines[0].replace(/"[^"]*"/gu, '""')).not.toMatch(FIELD_WORDS);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('says a band added to or removed from a stage with when it applies', () => {
    const tarnby = guides.find((g) => g.name === 'tarnby-v1.json')!.doc;
    const after = structuredClone(tarnby);
    after.stages[2].bands.push({ label: 'or 10 sessions missed', measure: 'att', lower: { value: 95, inclusive: false } });
    expect(texts(tarnby, after)).toEqual(['Stage "Stage 3 - refer to council" › band "or 10 sessions missed" added: applies when "Attendance" is above 95%']);
    expect(texts(after, tarnby)).toEqual(['Stage "Stage 3 - refer to council" › band "or 10 sessions missed" removed (applied when "Attendance" is above 95%)']);
  });

  it('says nothing when only a band\'s author note changed', () => {
    const tarnby = guides.find((g) => g.name === 'tarnby-v1.json')!.doc;
    const after = structuredClone(tarnby);
    after.stages[1].bands[0].upper.authorNote = 'the source says "90% and below"';
    expect(texts(tarnby, after)).toEqual([]);
  });
});

describe('a stage, route or referral added', () => {
  it('is one line naming when it applies and what it asks, and nothing inside it is added a line of its own, on every pathway', () => {
    for (const { name, doc } of pathways) {
      const outline = outlinePathway(doc);
      for (const entity of outline.entities.filter((e) => e.kind === 'stage' || e.kind === 'route')) {
        const without = structuredClone(doc);
        const list = entity.pointer.split('/').slice(1, -1).reduce((node: Editable, segment) => node[segment], without);
        list.splice(Number(entity.pointer.split('/').at(-1)), 1);
        const title = (entity.node as { title: string }).title;
        const lines = texts(without, doc);
        const own = lines.filter((line) => line.startsWith(`${entity.kind === 'stage' ? 'Stage' : 'Route'} "${title.slice(0, 60)}`) && / added/.test(line));
        expect({ name, title, own: own.length }).toEqual({ name, title, own: 1 });
        // What is inside it is counted in its line, not added again.
        expect(lines.filter((line) => line.endsWith(` added to "${title}"`) || line.includes(` added to "${title}":`))).toEqual([]);
        const node = entity.node as { bands?: unknown[]; universal?: boolean; questions?: unknown[]; referrals?: string[] };
        if ((node.bands?.length ?? 0) > 0) expect(own[0]).toMatch(/: applies when .*" is /);
        if (node.universal) expect(own[0]).toContain('applies to every pupil');
        const questions = node.questions?.length ?? 0;
        if (questions > 0) expect(own[0]).toMatch(new RegExp(`[:;,] ${questions} questions?[,;]?`));
        if ((node.referrals?.length ?? 0) > 0) expect(own[0]).toMatch(/; refers to "/);
      }
    }
  });

  it('says a new referral once, with where it is sent, how and from which stage; the stage\'s list does not say it again', () => {
    const tarnby = guides.find((g) => g.name === 'tarnby-v1.json')!.doc;
    const without = structuredClone(tarnby);
    without.referrals = [];
    without.stages[2].referrals = [];
    expect(texts(without, tarnby)).toEqual([
      'Referral "Referral to Tarnby Attendance Officer" added: sent to Attendance Officer (team) by email to attendance@tarnby.gov.uk; made from "Stage 3 - refer to council"',
    ]);
    expect(texts(tarnby, without)).toEqual(['Referral "Referral to Tarnby Attendance Officer" removed (was made from "Stage 3 - refer to council")']);
  });

  it('still says a referral an existing stage now makes, when the referral itself is not new', () => {
    const tarnby = guides.find((g) => g.name === 'tarnby-v1.json')!.doc;
    const after = structuredClone(tarnby);
    after.stages[1].referrals = ['ref'];
    expect(texts(tarnby, after)).toEqual(['Stage "Stage 2 - attendance meeting" › referrals: "Referral to Tarnby Attendance Officer" added']);
  });
});

describe('how to refer', () => {
  it('is said whole when its kind changed, not as the kind and each address a line', () => {
    const tarnby = guides.find((g) => g.name === 'tarnby-v1.json')!.doc;
    const after = structuredClone(tarnby);
    after.referrals[0].channel = { kind: 'portal', url: 'https://tarnby.gov.uk/refer', instructions: 'Sign in first.' };
    expect(texts(tarnby, after)).toEqual([
      'Referral "Referral to Tarnby Attendance Officer" › how to refer: now by portal at https://tarnby.gov.uk/refer (was by email to attendance@tarnby.gov.uk)',
      'Referral "Referral to Tarnby Attendance Officer" › how to refer › instructions: added ("Sign in first.")',
    ]);
  });
});

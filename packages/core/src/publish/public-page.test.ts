import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePathway } from '@pathway/schema';
import type { Pathway } from '../schema-types.js';
import { renderPublicPage } from './public-page.js';

const seedNames = ['wigan', 'norfolk', 'southwark', 'county-chronic-non-attendance'];
const seed = (name: string) => JSON.parse(readFileSync(new URL(`../../../../pathways/${name}.json`, import.meta.url), 'utf8')) as Pathway;

/** Keys whose strings are not authored text a reader needs: ids, references, enums, addresses, dates, notes for authors. */
const notText = new Set([
  '$schema', 'schemaVersion', 'id', 'version', 'kind', 'type', 'measure', 'role', 'roles', 'to', 'referral', 'referrals', 'stages',
  'contacts', 'cohort', 'answer', 'evidence', 'stageComplete', 'since', 'until', 'change', 'outcome', 'route', 'routes', 'chosenBy',
  'gates', 'dueFrom', 'dueBy', 'fromAnswer', 'startsFrom', 'from', 'start', 'url', 'value', 'in', 'expect', 'dfeStages', 'severity',
  'force', 'qualifier', 'unit', 'effect', 'effectiveFrom', 'lastUpdated', 'reviewBy', 'direction', 'better', 'audience', 'authorNote',
]);

function authoredStrings(node: unknown, key = ''): string[] {
  if (typeof node === 'string') return notText.has(key) ? [] : [node];
  if (Array.isArray(node)) return node.flatMap((item) => authoredStrings(item, key));
  if (node !== null && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => (notText.has(k) ? [] : authoredStrings(v, k)));
  return [];
}

function authorNotes(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(authorNotes);
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([k, v]) => (k === 'authorNote' && typeof v === 'string' ? [v] : authorNotes(v)));
}

/** The page's text as a reader sees it: tags dropped, entities decoded, whitespace collapsed. */
function pageText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('renderPublicPage', () => {
  it.each(seedNames)('%s: every authored string appears as text, authors\' notes never do, and there is no script', (name) => {
    const pathway = seed(name);
    const html = renderPublicPage(pathway);
    const shown = pageText(html);
    const missing = authoredStrings(pathway).filter((value) => !shown.includes(value.replace(/\s+/g, ' ').trim()));
    expect(missing).toEqual([]);
    expect(html).not.toMatch(/<script|\son[a-z]+=|javascript:/i);
    for (const note of authorNotes(pathway)) expect(shown).not.toContain(note);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
  });

  it('writes dates as people read them, and a review as "reviewed every", with what happens "at each review"', () => {
    const brackley = JSON.parse(readFileSync(new URL('../../fixtures/guide-authored/brackley-subthreshold.json', import.meta.url), 'utf8')) as Pathway;
    brackley.lastUpdated = '2025-02-28';
    brackley.reviewBy = '2026-07-31';
    const shown = pageText(renderPublicPage(brackley));
    expect(shown).toContain('In force from 6 January 2025, last updated 28 February 2025, to be reviewed by 31 July 2026.');
    expect(shown).toContain(
      'ASP review: reviewed every 4 school weeks from “On what date was the Attendance Support Plan agreed with the family?”; at each review: Review the plan with the family. If attendance has not improved, move to Wave 3.',
    );
    expect(shown).not.toMatch(/2025-01-06|4 school weeks; when it runs out/);
  });

  it('says what a time limit counts from: its "starts" words, else the title of the date it starts from', () => {
    const pathway = {
      schemaVersion: '1.1',
      id: 'p',
      version: '1',
      title: 'P',
      authority: { name: 'A' },
      measures: [{ id: 'last-day', title: 'Last day of the holiday', kind: 'date' }],
      stages: [
        {
          id: 's',
          title: 'S',
          questions: [{ id: 'q-meeting', text: 'When was the planning meeting?', type: 'date' }],
          timeLimits: [
            { id: 'issue', title: 'Issue the notice', duration: { amount: 12, unit: 'weeks' }, startsFrom: 'last-day', onExpiry: { description: 'Too late.' } },
            { id: 'review', title: 'Plan review', kind: 'review', duration: { amount: 4, unit: 'schoolWeeks' }, startsFrom: 'q-meeting' },
            { id: 'send', title: 'Send the request', duration: { amount: 10, unit: 'schoolDays' }, startsFrom: 'last-day', starts: 'the day the pupil returns' },
          ],
        },
      ],
    } as unknown as Pathway;
    expect(validatePathway(pathway)).toBe(true);
    const shown = pageText(renderPublicPage(pathway)).replace(/[\u2066-\u2069]/g, '');
    expect(shown).toContain('Issue the notice: 12 weeks from “Last day of the holiday”; when it runs out: Too late.');
    expect(shown).toContain('Plan review: reviewed every 4 school weeks from “When was the planning meeting?”');
    expect(shown).toContain('Send the request: 10 school days from the day the pupil returns');
  });

  it('says how often as people do: "every week", "reviewed every term", never "every 1 week"', () => {
    const brackley = JSON.parse(readFileSync(new URL('../../fixtures/guide-authored/brackley-subthreshold.json', import.meta.url), 'utf8')) as Pathway;
    const review = brackley.stages.flatMap((stage) => stage.timeLimits ?? []).find((limit) => limit.kind === 'review');
    if (review === undefined) throw new Error('Brackley has a review');
    review.duration = { amount: 1, unit: 'terms' };
    const shown = pageText(renderPublicPage(brackley));
    expect(shown).toContain('Hold a weekly welfare check with the family. (every week)');
    expect(shown).toContain('ASP review: reviewed every term from');
    expect(shown).not.toMatch(/every 1 /);
  });

  it('renders hostile text inert and refuses unsafe links', () => {
    const pathway = seed('wigan');
    const hostile = '<img src=x onerror=alert(1)>"\'&<script>alert(2)</script>\u202eevil';
    pathway.title = hostile;
    pathway.stages[0].title = hostile;
    pathway.resources = [{ title: 'Bad', url: 'javascript:alert(3)' }, { title: 'Sneaky', url: '//evil.example/x' }, { title: 'Good', url: 'https://example.gov.uk/' }];
    expect(validatePathway(pathway)).toBe(true);
    const html = renderPublicPage(pathway);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('\u202e');
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('href="//evil');
    expect(html).toContain('href="https://example.gov.uk/"');
    expect(pageText(html)).toContain('<img src=x onerror=alert(1)>');
  });

  it.each(['carrow-ptt-ap', 'oakfield-virtual-school', 'redbank-plain'])(
    '%s (written from a guide): no jargon, no stage numbered twice, no sentence ending in two full stops',
    (name) => {
      const pathway = JSON.parse(readFileSync(new URL(`../../fixtures/guide-authored/${name}.json`, import.meta.url), 'utf8')) as Pathway;
      const shown = pageText(renderPublicPage(pathway)).replace(/[\u2066-\u2069]/g, '');
      expect(shown).not.toMatch(/\bBand:|Named bands/);
      expect(shown).not.toMatch(/Stage \d+ of \d+: Stage \d+/);
      // Two full stops in a row that the authored text does not have.
      const authored = authoredStrings(pathway).join('\n');
      for (const [twice] of shown.matchAll(/\S*[^.]\.\.(?!\.)\S*/g)) expect(authored).toContain(twice);
    },
  );

  it('calls the pathway\'s classifications what they are, not "named bands"', () => {
    const shown = pageText(renderPublicPage(seed('wigan')));
    expect(seed('wigan').classifications?.length).toBeGreaterThan(0);
    expect(shown).toContain("How a pupil's figures are described");
  });
});

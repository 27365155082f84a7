/**
 * Hostile authored text: each text payload in every authored text field of a pathway that uses
 * every field the format has (with allowed but markup-laden addresses), and each hostile link
 * payload in every address field, driven through the widget's whole journey to the summary in
 * real Chromium. The page has NO Content-Security-Policy on purpose, so an injected script
 * would really run and be seen. A pathway with a hostile address may instead be refused by
 * the widget; its refusal page is held to the same rules.
 *
 * On every page of every journey: no payload's script ran (`__pwned` never called, no dialog,
 * no page error), no element carries an on* attribute or is of a kind only parsed markup could
 * create, no link has a scheme other than https: or mailto: (or is relative), the host page's
 * styles and elements are untouched, nothing overflows the viewport at 1280 px or 320 px, and
 * the payload appears as literal text. Every fourth journey also downloads the summary as a
 * web page and audits the file the same way. Forms are filled in the page (`fast`) to keep
 * 250 journeys within a couple of minutes; the CSP and distribution tests drive by role.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { validatePathway } from '@pathway/schema';
import { withPage, type PageWatch, type WatchedPage } from './browser.js';
import { type E2eServer } from './server.js';
import { completeJourney, waitForStart, type JourneyPage } from './journey.js';
import { EVERY_FIELD_PATHWAY } from './hostile/every-field-pathway.js';
import { fit, hostileCases, type HostileCase } from './hostile/hostile-pathways.js';
import { LINK_PAYLOADS, TEXT_PAYLOADS } from './hostile/payloads.js';
import { pathwayTextLocations, schemaTextFields } from './hostile/text-fields.js';
import { useServerAndBrowser } from './harness.js';

const WIDE = { width: 1280, height: 900 };
const NARROW = { width: 320, height: 800 };
/** Pages driven side by side in each batch. */
const PARALLEL_PAGES = 3;
const BATCHES = 5;

interface Audit {
  elementCount: number;
  linkCount: number;
  hrefs: string[];
  onAttributes: string[];
  forbiddenElements: string[];
  badLinks: string[];
  dangerousValues: string[];
  text: string;
  layout: {
    viewportWidth: number;
    hostWidth: number;
    hostRight: number;
    hostScrollWidth: number;
    hostClientWidth: number;
    documentScrollWidth: number;
  };
}

type HtmlAudit = Omit<Audit, 'layout'> & { headScripts: number; policy: string | null };

interface InspectorWindow {
  __inspect: { audit(widget: Element): Audit; auditHtml(html: string): HtmlAudit; outside(): unknown };
  __pwnedCalls: string[];
}

const cases = hostileCases();
const batches = Array.from({ length: BATCHES }, (_, batch) => cases.filter((_, index) => index % BATCHES === batch));

/** Whitespace-free text, so a payload matches however the widget wraps or splits lines. */
const squash = (text: string): string => text.replace(/\s+/g, '');

function tagCounts(elements: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const element of elements) {
    const tag = /^<([^\s>]+)/.exec(element)?.[1] ?? element;
    counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return counts;
}

let server: E2eServer;
let browser: Browser;
/** Forbidden-kind elements the widget itself draws on each page for the harmless base pathway (expected: none). */
const baseline = new Map<JourneyPage, Map<string, number>>();

/** Loads the hostile test page; returns the host page's state outside the widget, to compare with after. */
async function openHostilePage(page: Page): Promise<unknown> {
  await page.goto(`${server.origin}/pages/hostile.html`);
  await page.waitForFunction(() => customElements.get('pathway-widget') !== undefined, undefined, { timeout: 15_000 });
  return page.evaluate(() => (window as unknown as InspectorWindow).__inspect.outside());
}

async function mountWidget(page: Page, pathway: unknown): Promise<void> {
  await page.evaluate((definition) => {
    const mount = document.getElementById('mount')!;
    mount.replaceChildren();
    const widget = document.createElement('pathway-widget') as HTMLElement & { pathway: unknown };
    widget.pathway = definition;
    mount.append(widget);
  }, pathway);
}

const audit = (page: Page): Promise<Audit> =>
  page.locator('pathway-widget').evaluate((widget) => (window as unknown as InspectorWindow).__inspect.audit(widget));

function layoutProblems(found: Audit, where: string): string[] {
  const { layout } = found;
  const problems: string[] = [];
  if (layout.documentScrollWidth > layout.viewportWidth) {
    problems.push(`${where}: the page scrolls sideways (${layout.documentScrollWidth}px wide in a ${layout.viewportWidth}px viewport)`);
  }
  if (layout.hostWidth > layout.viewportWidth || layout.hostRight > layout.viewportWidth + 1) {
    problems.push(`${where}: the widget is ${layout.hostWidth}px wide (right edge ${layout.hostRight}px) in a ${layout.viewportWidth}px viewport`);
  }
  if (layout.hostScrollWidth > layout.hostClientWidth + 1) {
    problems.push(`${where}: the widget's content overflows it (${layout.hostScrollWidth}px in ${layout.hostClientWidth}px)`);
  }
  return problems;
}

function markupProblems(found: Omit<Audit, 'layout' | 'text'>, where: string, expectedTags: Map<string, number> | undefined): string[] {
  const problems: string[] = [];
  for (const element of found.onAttributes) problems.push(`${where}: event handler attribute on ${element}`);
  for (const link of found.badLinks) problems.push(`${where}: unsafe address, ${link}`);
  for (const element of found.dangerousValues) problems.push(`${where}: dangerous attribute value on ${element}`);
  const counts = tagCounts(found.forbiddenElements);
  for (const [tag, count] of counts) {
    const allowed = expectedTags?.get(tag) ?? 0;
    if (count > allowed) {
      const examples = found.forbiddenElements.filter((element) => element.startsWith(`<${tag}`)).slice(0, 2).join(' ');
      problems.push(`${where}: ${count - allowed} unexpected <${tag}> element(s), e.g. ${examples}`);
    }
  }
  return problems;
}

/** Every this-many text cases also download the summary as a web page and audit the file. */
const DOWNLOAD_EVERY = 4;

async function auditDownloadedSummary(page: Page, label: string, payloadText: string): Promise<string[]> {
  const widget = page.locator('pathway-widget');
  const download = page.waitForEvent('download', { timeout: 10_000 });
  await widget.getByRole('button', { name: 'Download as a web page', exact: true }).click();
  const path = await (await download).path();
  const html = readFileSync(path, 'utf8');
  const found = await page.evaluate((text) => (window as unknown as InspectorWindow).__inspect.auditHtml(text), html);
  const where = `${label}, downloaded summary page`;
  const problems = markupProblems(found, where, undefined);
  if (found.headScripts > 0) problems.push(`${where}: a script element in the head`);
  if (!found.policy || !/default-src 'none'/.test(found.policy)) problems.push(`${where}: no Content-Security-Policy forbidding script`);
  if (!squash(found.text).includes(squash(fit(payloadText, 300)))) problems.push(`${where}: the stage title is not shown as literal text`);
  return problems;
}

/** Runs one hostile pathway to the summary (or to the widget's refusal); returns every problem seen, in plain words. */
async function runCase(page: Page, watch: PageWatch, outsideBefore: unknown, hostile: HostileCase): Promise<string[]> {
  const { payload } = hostile;
  const label = `${hostile.kind} case: payload #${payload.id} (${payload.category}) ${JSON.stringify(fit(payload.text, 60))} with address ${JSON.stringify(fit(hostile.link, 60))}`;
  const problems: string[] = [];
  const seen = { page: watch.pageErrors.length, console: watch.consoleErrors.length, dialogs: watch.dialogs.length };
  await page.setViewportSize(payload.id % 2 === 0 ? WIDE : NARROW);
  await mountWidget(page, hostile.pathway);
  const widget = page.locator('pathway-widget');
  try {
    await widget.locator('[part~="error-panel"], button').first().waitFor({ timeout: 15_000 });
    if ((await widget.locator('[part~="error-panel"]').count()) > 0) {
      // The widget refused the pathway. Right for a hostile address; wrong when every address is allowed.
      const found = await audit(page);
      const where = `${label}, refusal at ${found.layout.viewportWidth}px`;
      if (hostile.kind === 'text') problems.push(`${where}: a pathway with only allowed addresses was refused: ${found.text.replace(/\s+/g, ' ').slice(0, 300)}`);
      problems.push(...markupProblems(found, where, undefined), ...layoutProblems(found, where));
    } else {
      await waitForStart(widget);
      await completeJourney(widget, {
        attendance: '88',
        cohorts: 'all',
        evidenceNote: fit(payload.text, 200),
        fast: true,
        onPage: async (journeyPage) => {
          const found = await audit(page);
          const where = `${label}, ${journeyPage} page at ${found.layout.viewportWidth}px`;
          problems.push(...markupProblems(found, where, baseline.get(journeyPage)), ...layoutProblems(found, where));
          if (journeyPage === 'questions' && !squash(found.text).includes(squash(payload.text))) {
            problems.push(`${where}: the question text is not shown as literal text`);
          }
        },
      });
      for (const size of [WIDE, NARROW]) {
        await page.setViewportSize(size);
        const found = await audit(page);
        const where = `${label}, summary at ${size.width}px`;
        problems.push(...markupProblems(found, where, baseline.get('summary')), ...layoutProblems(found, where));
        if (!squash(found.text).includes(squash(fit(payload.text, 300)))) {
          problems.push(`${where}: the stage title is not shown as literal text`);
        }
      }
      if (hostile.kind === 'link' || payload.id % DOWNLOAD_EVERY === 0) {
        problems.push(...(await auditDownloadedSummary(page, label, payload.text)));
      }
    }
  } catch (error) {
    problems.push(`${label}: the journey failed: ${(error as Error).message.split('\n')[0]}`);
  }
  const pwned = await page.evaluate(() => (window as unknown as InspectorWindow).__pwnedCalls.splice(0));
  if (pwned.length > 0) problems.push(`${label}: SCRIPT RAN: __pwned called with ${pwned.join(', ')}`);
  for (const dialog of watch.dialogs.slice(seen.dialogs)) problems.push(`${label}: SCRIPT RAN: a dialog opened (${dialog})`);
  for (const error of watch.pageErrors.slice(seen.page)) problems.push(`${label}: page error ${error}`);
  for (const error of watch.consoleErrors.slice(seen.console)) problems.push(`${label}: console error ${error}`);
  const outsideAfter = await page.evaluate(() => (window as unknown as InspectorWindow).__inspect.outside());
  if (JSON.stringify(outsideAfter) !== JSON.stringify(outsideBefore)) {
    problems.push(`${label}: the host page changed: before ${JSON.stringify(outsideBefore)} after ${JSON.stringify(outsideAfter)}`);
  }
  return problems;
}

describe('hostile authored text in every field', () => {
  useServerAndBrowser((startedServer, startedBrowser) => {
    server = startedServer;
    browser = startedBrowser;
  });

  it('the base pathway fills every authored text field the schema defines', () => {
    const allowed = [...schemaTextFields().keys()];
    const filled = new Set(pathwayTextLocations(EVERY_FIELD_PATHWAY).map((location) => location.field));
    expect(allowed.length).toBeGreaterThan(60);
    expect(allowed.filter((field) => !filled.has(field))).toEqual([]);
  });

  it('has at least 200 distinct payloads, of every kind the issue names', () => {
    expect(TEXT_PAYLOADS.length).toBeGreaterThanOrEqual(200);
    expect(new Set(TEXT_PAYLOADS.map((payload) => payload.text)).size).toBe(TEXT_PAYLOADS.length);
    const texts = TEXT_PAYLOADS.map((payload) => payload.text).join('\n');
    for (const needle of ['<script>', 'onerror=', 'javascript:', 'JaVaScRiPt:', 'java\tscript:', ' javascript:', 'data:text/html', 'vbscript:', '<svg', 'srcdoc', '</style><style>', 'expression(', '${', '{{', '&lt;', '\u202E', '\u0627', '\u05E0', '\u200B', 'A'.repeat(10_000), '\n']) {
      expect(texts, `a payload containing ${JSON.stringify(needle.slice(0, 20))}`).toContain(needle);
    }
    expect(LINK_PAYLOADS.length).toBeGreaterThanOrEqual(30);
  });

  it('every hostile pathway is still a valid pathway, with the payload in every text field', () => {
    const fields = pathwayTextLocations(EVERY_FIELD_PATHWAY).length;
    for (const hostile of cases) {
      const valid = validatePathway(hostile.pathway);
      expect(valid, `payload #${hostile.payload.id}: ${JSON.stringify(validatePathway.errors?.slice(0, 3))}`).toBe(true);
      const locations = pathwayTextLocations(hostile.pathway);
      expect(locations).toHaveLength(fields);
      const pathway = hostile.pathway as unknown as { stages: { questions: { text: string }[] }[]; title: string };
      expect(pathway.stages[0].questions[0].text).toBe(hostile.payload.text);
      expect(pathway.title).toBe(fit(hostile.payload.text, 300));
    }
  });

  it('the harmless base pathway completes the journey with nothing flagged (the checks do not cry wolf)', async () => {
    await withPage(browser, { viewport: WIDE }, async ({ page }) => {
      const outside = await openHostilePage(page);
      await mountWidget(page, EVERY_FIELD_PATHWAY);
      const widget = page.locator('pathway-widget');
      await waitForStart(widget);
      const visited = await completeJourney(widget, {
        attendance: '88',
        cohorts: 'all',
        evidenceNote: 'In the pupil file',
        onPage: async (journeyPage) => {
          const found = await audit(page);
          baseline.set(journeyPage, tagCounts(found.forbiddenElements));
          expect(markupProblems(found, journeyPage, undefined).filter((problem) => !problem.includes('unexpected'))).toEqual([]);
          expect(layoutProblems(found, journeyPage)).toEqual([]);
        },
      });
      expect(visited).toEqual(['start', 'measures', 'stage', 'questions', 'details', 'check', 'summary']);
      const found = await audit(page);
      // Every address in the base pathway is allowed, so the summary shows them as links.
      expect(found.hrefs).toEqual(expect.arrayContaining(['https://example.gov.uk/guidance', 'mailto:panel@example.gov.uk']));
      expect(await page.evaluate(() => (window as unknown as InspectorWindow).__inspect.outside())).toEqual(outside);
    });
  }, 60_000);

  it('the checks catch injected markup, script and overflow (a planted failure is reported)', async () => {
    await withPage(browser, { viewport: NARROW }, async ({ page }) => {
      await openHostilePage(page);
      await mountWidget(page, EVERY_FIELD_PATHWAY);
      await waitForStart(page.locator('pathway-widget'));
      // Plant what a careless widget would produce, inside its shadow root, and run the same checks.
      await page.locator('pathway-widget').evaluate((widget) => {
        const planted = document.createElement('div');
        planted.innerHTML = '<img src="data:," onerror="__pwned(\'planted\')"><a href="javascript:void 0">x</a>' + 'W'.repeat(2000);
        planted.style.whiteSpace = 'nowrap';
        widget.shadowRoot!.append(planted);
      });
      const found = await audit(page);
      const problems = [...markupProblems(found, 'planted', baseline.get('start')), ...layoutProblems(found, 'planted')];
      expect(problems.join('\n')).toMatch(/event handler attribute/);
      expect(problems.join('\n')).toMatch(/unsafe address, scheme javascript:/);
      expect(problems.join('\n')).toMatch(/unexpected <img>/);
      expect(problems.join('\n')).toMatch(/scrolls sideways|overflows/);
      await expect.poll(() => page.evaluate(() => (window as unknown as InspectorWindow).__pwnedCalls.length)).toBe(1);
    });
  }, 60_000);

  it.each(batches.map((batch, index) => [index + 1, batch] as const))(
    'batch %i: no payload runs, renders markup or an unsafe link, leaks out or breaks the layout',
    async (_batchNumber, batch) => {
      server.reset();
      await withPage(browser, { viewport: WIDE }, async (first) => {
        const problems: string[] = [];
        const queue = [...batch];
        const worker = async (tab: WatchedPage): Promise<void> => {
          const outside = await openHostilePage(tab.page);
          for (let hostile = queue.shift(); hostile; hostile = queue.shift()) {
            problems.push(...(await runCase(tab.page, tab.watch, outside, hostile)));
          }
        };
        const tabs = [first, ...(await Promise.all(Array.from({ length: PARALLEL_PAGES - 1 }, first.newTab)))];
        await Promise.all(tabs.map(worker));
        const requested = server.requests.map((request) => request.url.split('?')[0]);
        // The widget's own parts (chunks/) are the script's, not the payloads'.
        const unexpected = requested.filter((url) => !url.startsWith('/pages/') && url !== '/pathway-widget.js' && !/^\/chunks\/[\w-]+\.js$/.test(url));
        expect(unexpected, 'requests caused by payloads').toEqual([]);
        // Each case's errors are in here, named by payload, before withPage's own check sees them.
        expect(problems.slice(0, 40).join('\n')).toBe('');
      });
    },
    170_000,
  );
});

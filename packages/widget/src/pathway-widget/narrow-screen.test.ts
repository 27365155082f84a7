/**
 * At 320 px (the narrowest screen WCAG 1.4.10 asks for), long authored text wraps at spaces and
 * hyphens: a word such as "Interdepartmental" stays whole wherever a space can take the line
 * break, and only a word wider than the column alone is broken inside. Nothing is wider than
 * the screen on any page of the journey, and none of the widget's own boxes sized by their
 * content (a checkbox's label beside its box) lets a word run off the column.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import type { PathwayWidget } from './pathway-widget.js';
import { copyOf, seeds } from '../testing/fixtures.js';
import { cleanup, mountWidget } from '../testing/mount.js';
import { fillPage, pressOn } from '../testing/driver.js';

const WORD = 'Interdepartmental';
/** Wider than a 320 px column on its own: it must break inside it, and not run off the screen. */
const TOO_LONG = 'Interdepartmentalsafeguardingcoordinationarrangementsreference';

/** Wigan's pathway with WORD in its titles, questions and circumstances, and (`tooLong`) TOO_LONG in a few. */
function longPathway(tooLong: boolean): unknown {
  const pathway = copyOf(seeds.wigan) as Record<string, any>;
  pathway.title = `${WORD} attendance pathway for supporting non-attendance`;
  pathway.authority = { ...pathway.authority, name: `${WORD} Council Attendance Service` };
  for (const stage of pathway.stages) {
    stage.title = `${WORD} ${stage.title}`;
    for (const question of stage.questions ?? []) question.text = `Has the ${WORD} review asked: ${question.text}`;
  }
  for (const cohort of pathway.cohorts ?? []) cohort.title = `${WORD} ${cohort.title}`;
  if (tooLong) {
    // In a checkbox's label (beside its box), a question, a stage's title and its description.
    pathway.cohorts[0].title = `${TOO_LONG} ${pathway.cohorts[0].title}`;
    pathway.stages[1].questions[0].text = `${TOO_LONG} ${pathway.stages[1].questions[0].text}`;
    pathway.stages[1].title = `${TOO_LONG} ${pathway.stages[1].title}`;
    pathway.stages[1].description = `${pathway.stages[1].description} See reference ${TOO_LONG}.`;
  }
  return pathway;
}

/** The text around each WORD drawn on more than one line. */
function splitWords(root: ShadowRoot): string[] {
  const split: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    for (let at = text.indexOf(WORD); at >= 0; at = text.indexOf(WORD, at + 1)) {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + WORD.length);
      // Text not drawn (a closed disclosure, text for screen readers alone) has no boxes to compare.
      const tops = new Set([...range.getClientRects()].filter((rect) => rect.width > 1).map((rect) => Math.round(rect.top)));
      if (tops.size > 1) split.push(text.trim().slice(0, 80));
    }
  }
  return split;
}

/** The widget's boxes drawn past the right edge of the screen. */
function overflowing(widget: PathwayWidget): string[] {
  const right = document.documentElement.clientWidth;
  return [...widget.shadowRoot!.querySelectorAll<HTMLElement>('.container *')]
    .filter((element) => {
      // Text for screen readers alone is clipped to nothing where it stands.
      if (element.closest('.visually-hidden')) return false;
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.right > right + 0.5;
    })
    .map((element) => `${element.localName}.${element.className}: ${(element.textContent ?? '').trim().slice(0, 60)}`);
}

/** Walks to the summary, running `check` on every page shown (the start page and the summary included); the headings seen. */
async function everyPage(widget: PathwayWidget, check: (heading: string) => void): Promise<string[]> {
  const root = widget.shadowRoot!;
  const seen: string[] = [];
  for (let step = 0; step < 20; step++) {
    const heading = root.querySelector('#page-heading')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (heading !== seen.at(-1)) {
      seen.push(heading);
      check(heading);
    }
    if (root.querySelector('#summary-document')) break;
    fillPage(root, step);
    await widget.updateComplete;
    await pressOn(widget);
    await widget.updateComplete;
  }
  expect(root.querySelector('#summary-document'), `the summary, after ${seen.join(' > ')}`).not.toBeNull();
  return seen;
}

describe('a 320 px screen', () => {
  const made: HTMLElement[] = [];
  beforeEach(async () => {
    await page.viewport(320, 640);
  });
  afterEach(async () => {
    cleanup();
    for (const element of made.splice(0)) element.remove();
    await page.viewport(1280, 800);
  });

  it(`keeps "${WORD}" whole, breaks only a word wider than the column, and has nothing wider than the screen, on every page`, async () => {
    const widget = await mountWidget({ pathway: longPathway(true), attributes: { 'as-of': '2025-03-01' } });
    let tooLongShown = false;
    const seen = await everyPage(widget, (heading) => {
      expect(splitWords(widget.shadowRoot!), heading).toEqual([]);
      expect(overflowing(widget), heading).toEqual([]);
      expect(document.documentElement.scrollWidth, heading).toBeLessThanOrEqual(320);
      tooLongShown ||= widget.shadowRoot!.textContent!.includes(TOO_LONG);
    });
    expect(seen.length).toBeGreaterThan(3);
    expect(tooLongShown).toBe(true);
  });

  it(`in a page's box sized by its content (a table cell, a flex item), the widget is as wide as "${WORD}", not one letter wide`, async () => {
    // A council page's layout that sizes the widget by what it holds: its narrowest is then the
    // widget's own narrowest, which must keep each word whole.
    const box = document.createElement('div');
    box.style.width = 'min-content';
    document.body.append(box);
    made.push(box);
    const widget = document.createElement('pathway-widget') as PathwayWidget;
    widget.setAttribute('as-of', '2025-03-01');
    widget.pathway = longPathway(false);
    const ready = new Promise((resolve) => widget.addEventListener('pathway-ready', resolve, { once: true }));
    box.append(widget);
    await ready;
    await widget.updateComplete;
    await everyPage(widget, (heading) => {
      expect(splitWords(widget.shadowRoot!), heading).toEqual([]);
      expect(widget.getBoundingClientRect().width, heading).toBeGreaterThan(100);
      expect(document.documentElement.scrollWidth, heading).toBeLessThanOrEqual(320);
    });
  });
});

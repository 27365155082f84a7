/**
 * What a page's web team is told when `src` cannot be used, and whether "Try again" is offered:
 * only where trying again can help. A 404 is a wrong address (check the src), not "try again
 * later"; a file that is not JSON says where it goes wrong, as the CLI does, and the same file
 * again would fail the same way; a server error is still worth trying again.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { axeViolations } from '../testing/accessibility.js';
import { cleanup, eventually, headingOf, recordEvents, settle, textOf } from '../testing/mount.js';
import type { PathwayWidget } from '../pathway-widget/pathway-widget.js';
import '../embed.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  for (const element of document.querySelectorAll('pathway-widget')) element.remove();
});

async function failing(response: Response, src = '/pathways/wigan.jsn?token=secret') {
  vi.spyOn(window, 'fetch').mockResolvedValue(response);
  const element = document.createElement('pathway-widget') as PathwayWidget;
  const errors = recordEvents(element, 'pathway-error');
  element.src = src;
  document.body.append(element);
  await eventually(() => expect(errors).toHaveLength(1));
  await settle(element);
  expect(headingOf(element)).toBe('Sorry, this pathway cannot be shown');
  return { element, error: errors[0]!.detail };
}

const tryAgain = () => page.getByRole('button', { name: 'Try again' }).query();

describe('a src the server has nothing at', () => {
  it('404: says the address is wrong, tells the web team to check the src, and offers no "Try again"', async () => {
    const { element, error } = await failing(new Response('Not found', { status: 404 }));
    const shown = 'The pathway was not found at its address (the server answered 404). Tell the council, so that they can fix it.';
    expect(textOf(element)).toContain(shown);
    expect(textOf(element)).not.toContain('Try again later');
    expect(tryAgain()).toBeNull();
    expect(error.code).toBe('http-error');
    const [userLine, advice] = error.message.split('\n');
    expect(userLine).toBe(shown);
    expect(advice).toBe(
      `The server answered 404 for ${location.origin}/pathways/wigan.jsn?…: there is no file at that address. Check the widget's src attribute (the file's path and name, relative to this page's address) against where the pathway's JSON file is published.`,
    );
    expect(error.message).not.toContain('secret');
    expect(await axeViolations(element)).toEqual([]);
  });

  it('503: still worth trying again later, with "Try again"', async () => {
    const { element, error } = await failing(new Response('busy', { status: 503 }));
    expect(textOf(element)).toContain('The pathway could not be downloaded (the server answered 503). Try again later.');
    expect(tryAgain()).not.toBeNull();
    expect(error.message.split('\n')[1]).toBe(`The server answered 503 for ${location.origin}/pathways/wigan.jsn?….`);
  });
});

describe('a file that is not JSON', () => {
  it('says the line and column where it goes wrong, and offers no "Try again"', async () => {
    const text = '{\n  "id": "x",\n  "title": "A pathway"\n  "version": "1"\n}';
    const { element, error } = await failing(new Response(text, { status: 200 }), '/pathways/broken.json');
    expect(textOf(element)).toContain('The pathway file is not valid JSON, so it cannot be read.');
    const problems = [...element.shadowRoot!.querySelectorAll('[data-problems] li')].map((item) => textOf(item));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^Line 4, column 3: .+\.$/);
    expect(tryAgain()).toBeNull();
    expect(error).toEqual({
      code: 'not-json',
      message: `The pathway file is not valid JSON, so it cannot be read.\n${problems[0]}\nThe file at ${location.origin}/pathways/broken.json is not valid JSON. Check that the widget's src attribute names the pathway's JSON file, and check the file with "pathway validate".`,
    });
    expect(await axeViolations(element)).toEqual([]);
  });

  it('a web page served in its place (a sign-in page, a "not found" page of the site) is said to be one; the web team is told at which address', async () => {
    const login = new Response('\n<!doctype html><form>Sign in</form>', { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
    const { element, error } = await failing(login, '/pathways/wigan.json?token=secret');
    const said = 'The address gave a web page, not the pathway file: perhaps a sign-in page, or a page saying there is nothing at that address.';
    expect(textOf(element.shadowRoot!.querySelector('[data-problems]')!)).toBe(said);
    expect(error.message.split('\n').slice(0, 2)).toEqual(['The pathway file is not valid JSON, so it cannot be read.', said]);
    expect(tryAgain()).toBeNull();
    // The school is told only that the file cannot be read; the address and what to check are for the web team.
    expect(textOf(element)).not.toContain('src');
    expect(error.message.split('\n').at(-1)).toBe(
      `The server answered ${location.origin}/pathways/wigan.json?… with a web page (Content-Type: text/html), not the pathway's JSON file: often a sign-in page, or the site's "page not found" page sent with status 200. Check the widget's src attribute (the file's path and name) against where the pathway's JSON file is published, and that it can be read without signing in.`,
    );
    expect(error.message).not.toContain('secret');
  });
});

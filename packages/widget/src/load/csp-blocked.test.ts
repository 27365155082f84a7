/**
 * A `src` the page's own Content-Security-Policy does not let the widget fetch (connect-src):
 * the browser rejects the fetch as it would a network failure, and the widget tells the two
 * apart by the `securitypolicyviolation` event, so the web team is told the directive to
 * change, and the user is not told to check their connection. (Its own file: the policy,
 * added as a <meta>, stays for the rest of the page.)
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { cleanup, mountWidget, recordEvents, textOf } from '../testing/mount.js';

afterEach(() => cleanup());

beforeAll(() => {
  const policy = document.createElement('meta');
  policy.httpEquiv = 'Content-Security-Policy';
  policy.content = "connect-src 'self'";
  document.head.append(policy);
});

describe("a src the page's Content-Security-Policy does not allow", () => {
  it('names the policy and the origin to add to connect-src, with no query string', async () => {
    // Another origin than the test page's: 127.0.0.1 rather than localhost, or the other way round.
    const other = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const origin = `${location.protocol}//${other}:${location.port}`;
    const errors = recordEvents(document.body, 'pathway-error');
    const widget = await mountWidget({ src: `${origin}/pathways/wigan.json?session=abc123` });
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    expect(errors[0].detail.code).toBe('csp-blocked');
    expect(errors[0].detail.message).toContain(
      `This page's Content-Security-Policy does not allow the widget to fetch ${origin}/pathways/wigan.json?…: add its origin (${origin}) to connect-src.`,
    );
    expect(errors[0].detail.message).not.toContain('abc123');
    expect(textOf(widget)).toContain('The pathway cannot be downloaded on this page because of how the page is set up.');
    expect(textOf(widget)).not.toContain('Check your connection');
    expect(page.getByRole('button', { name: 'Try again' }).query()).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import type { Summary } from '@pathway/core';
import { postSummary } from './submit.js';

const summary = { format: 'pathway-summary/1' } as unknown as Summary;
const answering = (response: () => Response) => (async () => response()) as unknown as typeof fetch;
const post = (fetchImpl: typeof fetch, options: { timeoutMs?: number; signal?: AbortSignal } = {}) =>
  postSummary('/api/summary', summary, 'key-1', { timeoutMs: options.timeoutMs ?? 5_000, fetchImpl, ...(options.signal ? { signal: options.signal } : {}) });
const json = { 'Content-Type': 'application/json' };

describe('postSummary: a submission counts as received only when the server confirms it', () => {
  it.each([
    ['201 Created', () => new Response('<p>thanks</p>', { status: 201, headers: { 'Content-Type': 'text/html' } })],
    ['202 Accepted', () => new Response(null, { status: 202 })],
    ['204 No Content', () => new Response(null, { status: 204 })],
    ['200 with JSON', () => new Response('{"reference":"R-1"}', { status: 200, headers: json })],
    ['200 with a +json type', () => new Response('{}', { status: 200, headers: { 'Content-Type': 'application/problem+json; charset=utf-8' } })],
  ])('%s is received', async (_name, response) => {
    expect(await post(answering(response))).toEqual({ ok: true });
  });

  it.each([
    ['200 with an HTML sign-in page', () => new Response('<!DOCTYPE html><title>Sign in</title>', { status: 200, headers: { 'Content-Type': 'text/html' } })],
    ['200 with no type', () => new Response('{}', { status: 200, headers: {} })],
    ['200 claiming JSON that is not', () => new Response('<html>', { status: 200, headers: json })],
    ['203 Non-Authoritative', () => new Response('{}', { status: 203, headers: json })],
  ])('%s is not confirmed', async (_name, response) => {
    expect(await post(answering(response))).toMatchObject({ ok: false, reason: 'unconfirmed' });
  });

  it('an error status, or no connection, is a failure', async () => {
    expect(await post(answering(() => new Response('busy', { status: 503 })))).toEqual({ ok: false, reason: 'failed', status: 503 });
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    expect(await post(offline)).toEqual({ ok: false, reason: 'failed' });
  });

  it('a server that never answers times out; the user can cancel', async () => {
    const hangs = ((_url: string, init: RequestInit) =>
      new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))) as unknown as typeof fetch;
    expect(await post(hangs, { timeoutMs: 20 })).toEqual({ ok: false, reason: 'timeout' });
    const cancel = new AbortController();
    const pending = post(hangs, { timeoutMs: 60_000, signal: cancel.signal });
    cancel.abort();
    expect(await pending).toEqual({ ok: false, reason: 'cancelled' });
  });

  it('sends the summary as JSON with the Idempotency-Key', async () => {
    let seen: RequestInit | undefined;
    const capture = (async (_url: string, init: RequestInit) => {
      seen = init;
      return new Response(null, { status: 204 });
    }) as unknown as typeof fetch;
    await post(capture);
    const headers = new Headers(seen?.headers);
    expect(seen?.method).toBe('POST');
    expect(seen?.credentials).toBe('same-origin');
    expect(headers.get('Content-Type')).toBe('application/json');
    expect(headers.get('Idempotency-Key')).toBe('key-1');
    expect(JSON.parse(String(seen?.body))).toEqual(summary);
  });
});

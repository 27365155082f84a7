import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import { checkLink, isSafeLink, linkScheme, safeLink } from './links.js';
import { lintPathway } from './lint/index.js';

describe('safeLink: the one link policy', () => {
  it.each([
    ['https://www.gov.uk/guidance', { href: 'https://www.gov.uk/guidance', newTab: true }],
    ['HTTPS://example.org/a?b=c#d', { href: 'HTTPS://example.org/a?b=c#d', newTab: true }],
    [' https://example.org/x ', { href: 'https://example.org/x', newTab: true }],
    ['ht\ttps://example.org', { href: 'https://example.org', newTab: true }],
    ['https://example.org:443/', { href: 'https://example.org:443/', newTab: true }],
    ['https://[2001:db8::1]/', { href: 'https://[2001:db8::1]/', newTab: true }],
    ['https://192.0.2.1/', { href: 'https://192.0.2.1/', newTab: true }],
    ['https://xn--bcher-kva.example/', { href: 'https://xn--bcher-kva.example/', newTab: true }],
    ['https://example.com/"><script>x</script>', { href: 'https://example.com/"><script>x</script>', newTab: true }],
    ['https://example.com/\u202Ecod.exe', { href: 'https://example.com/\u202Ecod.exe', newTab: true }],
    ['mailto:AttendancePathway@wigan.gov.uk', { href: 'mailto:AttendancePathway@wigan.gov.uk', newTab: false }],
    ['/schools/attendance', { href: '/schools/attendance', newTab: true }],
    ['toolkit.pdf', { href: 'toolkit.pdf', newTab: true }],
    ['../guidance/ebsa.html', { href: '../guidance/ebsa.html', newTab: true }],
    ['./annex:a.pdf', { href: './annex:a.pdf', newTab: true }],
    ['#section-2', { href: '#section-2', newTab: true }],
    ['?page=2', { href: '?page=2', newTab: true }],
  ])('allows %j', (url, expected) => {
    expect(safeLink(url)).toEqual(expected);
    expect(isSafeLink(url)).toBe(true);
  });

  it.each([
    ['javascript:alert(1)', { kind: 'scheme', scheme: 'javascript' }],
    [' JavaScript:alert(1)', { kind: 'scheme', scheme: 'javascript' }],
    ['java\tscript:alert(1)', { kind: 'scheme', scheme: 'javascript' }],
    ['\u0000javascript:alert(1)', { kind: 'scheme', scheme: 'javascript' }],
    ['data:text/html,<script>alert(1)</script>', { kind: 'scheme', scheme: 'data' }],
    ['http://example.org/plain-http', { kind: 'scheme', scheme: 'http' }],
    ['blob:https://example.org/uuid', { kind: 'scheme', scheme: 'blob' }],
    ['tel:01632960001', { kind: 'scheme', scheme: 'tel' }],
    // Protocol-relative and backslash addresses: relative in form, another site in fact.
    ['//evil.example/x', { kind: 'other-site', start: '//' }],
    ['/\\evil.example', { kind: 'other-site', start: '/\\' }],
    ['\\\\evil.example', { kind: 'other-site', start: '\\\\' }],
    ['\\evil.example', { kind: 'other-site', start: '\\' }],
    ['\\/evil.example', { kind: 'other-site', start: '\\/' }],
    [' //evil.example', { kind: 'other-site', start: '//' }],
    ['/\t/evil.example', { kind: 'other-site', start: '//' }],
    ['/\n\\evil.example', { kind: 'other-site', start: '/\\' }],
    ['\u00a0javascript:alert(1)', { kind: 'colon', before: '\u00a0javascript' }],
    ['javas\u200bcript:alert(1)', { kind: 'colon', before: 'javas\u200bcript' }],
    ['Annex A: form.pdf', { kind: 'colon', before: 'Annex A' }],
    ['https:', { kind: 'https', reason: 'it has no host name' }],
    ['https://', { kind: 'https', reason: 'it has no host name' }],
    ['https://user@/x', { kind: 'https', reason: 'it has no host name' }],
    ['https://exa mple.org', { kind: 'https', reason: 'its host name, "exa mple.org", contains " ", which a host name cannot' }],
    ['https://example.org:80a/', { kind: 'https', reason: 'its port, "80a", is not a number from 0 to 65535' }],
    ['https://example.org:65536/', { kind: 'https', reason: 'its port, "65536", is not a number from 0 to 65535' }],
    ['https:javascript:alert(1)', { kind: 'https', reason: 'its port, "alert(1)", is not a number from 0 to 65535' }],
    ['https://256.1.1.1/', { kind: 'https', reason: 'its host, "256.1.1.1", is not a valid IPv4 address' }],
    ['https://[::1/', { kind: 'https', reason: 'its host, "[::1", is not a valid IPv6 address' }],
    ['https://bücher.example/', { kind: 'https', reason: 'its host name, "bücher.example", is not written in ASCII: give an international name in its "xn--" form' }],
    ['', { kind: 'blank' }],
    ['   ', { kind: 'blank' }],
    ['\t\n', { kind: 'blank' }],
  ])('refuses %j, saying why', (url, refusal) => {
    expect(checkLink(url)).toEqual({ safe: false, refusal });
    expect(safeLink(url)).toBeUndefined();
    expect(isSafeLink(url)).toBe(false);
  });

  it('refuses anything that is not a string', () => {
    for (const value of [undefined, null, 42, {}, ['https://example.org']]) expect(safeLink(value)).toBeUndefined();
  });

  it('names the scheme a browser would read', () => {
    expect(linkScheme(' \u0001Java\tScript:alert(1)')).toBe('javascript');
    expect(linkScheme('//evil.example')).toBeUndefined();
    expect(linkScheme('\u00a0javascript:alert(1)')).toBeUndefined();
  });
});

describe('https: addresses are judged as the WHATWG URL parser judges them (without the URL global)', () => {
  // Node's URL is the reference here; the policy itself runs where there is none. Hosts
  // outside ASCII are left out: the policy refuses those on purpose.
  const parses = (url: string) => {
    try {
      return new URL(url).protocol === 'https:';
    } catch {
      return false;
    }
  };
  const pieces = {
    host: ['a', 'b', '1', '.', '-', '_', 'x', 'Z', '%41', '%2e', '%2f', '%25', '%zz', ' ', '@', ':', '[', ']', '^', '|', '<', '\\', '/', '?', '#', '!', '$', '~', '\u0001', '\u007f'],
    ipv4: ['.', '0', '1', '255', '256', '0x', '0xff', '0xg', '07', '08', '4294967295', '4294967296', '65536', '..', 'a'],
    ipv6: [':', '::', '1', 'f', 'ffff', '0', '.', '1.2', '255', '256', '01', 'g', '12345', '1.2.3.4'],
  };
  const starts = ['https://', 'https:', 'HTTPS:\\\\', 'https:///', 'https://user:pass@'];
  const ends = ['', '/', ':443', ':', ':65535', ':65536', ':8o', '/path?q#f', '\\x'];

  for (const [name, alphabet] of Object.entries(pieces)) {
    it(`agrees with URL on ${name}-shaped hosts`, () => {
      const address = fc
        .tuple(fc.constantFrom(...starts), fc.array(fc.constantFrom(...alphabet), { maxLength: 10 }), fc.constantFrom(...ends))
        .map(([start, parts, end]) => start + (name === 'ipv6' ? `[${parts.join('')}]` : parts.join('')) + end);
      fc.assert(
        fc.property(address, (url) => {
          expect(checkLink(url).safe, url).toBe(parses(url));
        }),
        { numRuns: 3000 },
      );
    });
  }
});

describe('lint flags exactly the addresses the policy refuses', () => {
  const pathway = (url: string): Pathway =>
    ({
      schemaVersion: '1.0',
      id: 'links',
      version: '1',
      title: 'Links',
      authority: { name: 'Example Borough Council' },
      measures: [{ id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' }],
      stages: [{ id: 'support', title: 'Support', resources: [{ title: 'Guidance', url }] }],
    }) as Pathway;
  const flagged = (url: string) => lintPathway(pathway(url)).some((p) => p.code === 'lint.unsafe-link' && p.severity === 'error');

  it.each(['//evil.example/x', '/\\evil.example', '\\\\evil.example\\share', 'https://', 'javascript:alert(1)', 'Annex A: form.pdf'])('flags %j', (url) => {
    expect(flagged(url)).toBe(true);
  });

  it.each(['https://www.gov.uk/guidance', 'mailto:team@example.gov.uk', '/toolkit', 'toolkit.pdf', '#top', './a:b'])('passes %j', (url) => {
    expect(flagged(url)).toBe(false);
  });

  it('for any address: flagged if and only if refused', () => {
    const characters = ['h', 't', 'p', 's', ':', '/', '\\', 'a', '.', '@', '#', '?', ' ', '\t', '\n', '\u0001', '\u00a0', 'j', 'v', '%', '[', ']', 'ü', '1', '-'];
    const address = fc
      .array(fc.constantFrom(...characters, 'https:', 'https://', 'mailto:', 'javascript:', '//'), { minLength: 1, maxLength: 8 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(address, (url) => {
        expect(flagged(url), JSON.stringify(url)).toBe(!isSafeLink(url));
      }),
      { numRuns: 500 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { checkLink, isSafeLink, safeLink as coreSafeLink } from '@pathway/core';
import { safeHref, safeLink } from './links.js';

describe('safeLink', () => {
  it.each([
    ['https://www.gov.uk/guidance', { href: 'https://www.gov.uk/guidance', newTab: true }],
    ['HTTPS://example.org/a?b=c#d', { href: 'HTTPS://example.org/a?b=c#d', newTab: true }],
    ['mailto:AttendancePathway@wigan.gov.uk', { href: 'mailto:AttendancePathway@wigan.gov.uk', newTab: false }],
    ['/schools/attendance', { href: '/schools/attendance', newTab: true }],
    ['toolkit.pdf', { href: 'toolkit.pdf', newTab: true }],
    ['../guidance/ebsa.html', { href: '../guidance/ebsa.html', newTab: true }],
    ['#section-2', { href: '#section-2', newTab: true }],
    ['?page=2', { href: '?page=2', newTab: true }],
  ])('allows %s', (url, expected) => {
    expect(safeLink(url)).toEqual(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'http://example.org/plain-http',
    'file:///etc/passwd',
    '//evil.example/path',
    '/\\evil.example',
    '\\\\evil.example',
    'https:',
    'https://',
    'blob:https://example.org/uuid',
    'tel:01632960001',
    'a:b/c',
    '',
    '   ',
  ])('refuses %j', (url) => {
    expect(safeLink(url)).toBeUndefined();
  });

  it('refuses anything that is not a string', () => {
    expect(safeHref(undefined)).toBeUndefined();
    expect(safeHref(null)).toBeUndefined();
    expect(safeHref(42 as unknown as string)).toBeUndefined();
  });
});

describe('one policy with lint', () => {
  it('is core\'s policy, so lint flags exactly what the widget refuses', () => {
    expect(safeLink).toBe(coreSafeLink);
  });

  it.each(['//evil.example/x', '/\\evil.example', '\\\\evil.example', '/\t/evil.example', 'https://exa mple.org', 'https://bücher.example'])(
    'refuses %j, and core says why',
    (url) => {
      expect(safeLink(url)).toBeUndefined();
      expect(isSafeLink(url)).toBe(false);
      expect(checkLink(url).safe).toBe(false);
    },
  );

  it('gives the same verdict on https: addresses as the browser\'s own URL parser', () => {
    const addresses = [
      'https://example.org', 'https:example.org', 'https://[::1]:8080/', 'https://0x7f.1/', 'https://a_b.example/', 'https://%41.example',
      'https://', 'https://x:99999', 'https://[1::2::3]', 'https://[::1', 'https://1.2.3.4.5', 'https://256.0.0.1', 'https://08.1',
      'https://a<b', 'https://a^b', 'https://a|b', 'https://a%b', 'https://a%2fb', 'https://a%zzb', 'https://a\u0001b', 'https://a[b',
      'https://a:b', 'https://:80', 'https://a@',
    ];
    for (const url of addresses) {
      let parses: boolean;
      try {
        parses = new URL(url).protocol === 'https:';
      } catch {
        parses = false;
      }
      expect(isSafeLink(url), url).toBe(parses);
    }
  });

  it('refuses a space in a host name, which the standard forbids though Chromium\'s parser lets it through', () => {
    expect(new URL('https://exa mple.org').protocol).toBe('https:');
    expect(safeLink('https://exa mple.org')).toBeUndefined();
  });
});

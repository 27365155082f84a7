import { describe, expect, it } from 'vitest';
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

import { describe, expect, it } from 'vitest';
import { safeFileName, summaryDate, summaryFileStem, summaryHtml } from './download.js';

function sourceWith(markup: string): Element {
  const template = document.createElement('template');
  // Test-only markup standing in for anything that might reach the summary.
  template.innerHTML = `<article>${markup}</article>`;
  return template.content.firstElementChild!;
}

describe('summaryHtml', () => {
  it('makes a standalone page with no script, no handlers, no forms and a policy that forbids script', () => {
    const html = summaryHtml(
      sourceWith(`
        <h2 tabindex="-1" part="heading" data-x="1">Summary</h2>
        <p onclick="alert(1)" style="color:red">Text &lt;script&gt;alert(1)&lt;/script&gt;</p>
        <script>alert(2)</script>
        <img src="x" onerror="alert(3)">
        <svg><script>alert(4)</script></svg>
        <iframe src="https://example.org"></iframe>
        <button>Print</button>
        <div class="no-print">Buttons</div>
        <a href="#section">in-page</a>
        <a href="https://www.gov.uk/" target="_blank" rel="noopener noreferrer">gov.uk</a>
        <a href="mailto:team@example.gov.uk">email</a>
        <!-- a comment -->
      `),
      { title: 'Summary: <Wigan>', lang: 'en-GB', css: 'body { color: black; }' },
    );
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en-GB">')).toBe(true);
    expect(html).not.toMatch(/<script|<iframe|<button|onerror|onclick|style="|<!--/i);
    expect(html).not.toContain('Buttons');
    expect(html).toContain('<title>Summary: &lt;Wigan&gt;</title>');
    expect(html).toContain("default-src 'none'; style-src 'unsafe-inline'");
    expect(html).toContain('Text &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<a>in-page</a>');
    expect(html).toContain('<a href="https://www.gov.uk/" target="_blank" rel="noopener noreferrer">gov.uk</a>');
    expect(html).toContain('<a href="mailto:team@example.gov.uk">email</a>');
    expect(html).toContain('<style>body { color: black; }</style>');
    // Loaded as a document, nothing runs and nothing is fetched.
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('script, iframe, img').length).toBe(0);
    expect(doc.querySelector('h2')!.attributes.length).toBe(0);
  });

  it('makes relative links absolute where the page is https, and drops them otherwise', () => {
    const html = summaryHtml(sourceWith('<a href="/guidance">guidance</a>'), { title: 't', lang: 'en', css: '' });
    // The test page is served over http://localhost, so the link cannot become https.
    expect(html).toContain('<a>guidance</a>');
  });
});

describe('safeFileName', () => {
  it('keeps letters, digits, dots and hyphens', () => {
    expect(safeFileName('wigan-attendance', 'summary', '2025-03-01')).toBe('wigan-attendance-summary-2025-03-01');
    expect(safeFileName('../../etc/passwd', 'summary')).toBe('etc-passwd-summary');
    expect(safeFileName('', '')).toBe('pathway-summary');
  });
});

describe('summaryFileStem', () => {
  it('names the file by the pathway, the day and the time it was made on this device, never by the pupil', () => {
    // Local time: 2025-03-01 at 09:05 on this device's clock, whatever its zone.
    const made = new Date(2025, 2, 1, 9, 5, 30);
    expect(summaryFileStem({ generatedAt: made.toISOString(), pathway: { id: 'wigan-attendance' } })).toBe('wigan-attendance-summary-2025-03-01-0905');
    // Two pupils' summaries made the same morning are told apart by the time.
    const later = new Date(2025, 2, 1, 11, 40);
    expect(summaryFileStem({ generatedAt: later.toISOString(), pathway: { id: 'wigan-attendance' } })).toBe('wigan-attendance-summary-2025-03-01-1140');
    expect(summaryFileStem({ generatedAt: 'not a date', pathway: { id: 'wigan-attendance' } })).toBe('wigan-attendance-summary');
  });

  it('is dated as the summary is: the moment it was made when the rules were worked out for that day, else the day they were worked out for alone', () => {
    const made = new Date(2025, 2, 1, 9, 5, 30);
    const facts = (asOf?: string) => ({ generatedAt: made.toISOString(), asOf, pathway: { id: 'wigan-attendance' } });
    expect(summaryFileStem(facts('2025-03-01'))).toBe('wigan-attendance-summary-2025-03-01-0905');
    expect(summaryDate(facts('2025-03-01'))).toEqual({ day: '2025-03-01', made });
    // An `as-of` of another day: that day, with no time (it would name a moment that never happened).
    expect(summaryFileStem(facts('2024-01-10'))).toBe('wigan-attendance-summary-2024-01-10');
    expect(summaryDate(facts('2024-01-10'))).toEqual({ day: '2024-01-10' });
    expect(summaryDate({ generatedAt: 'not a date', asOf: '2024-01-10', pathway: { id: 'p' } })).toEqual({ day: '2024-01-10' });
    expect(summaryDate({ generatedAt: 'not a date', pathway: { id: 'p' } })).toBeUndefined();
  });
});

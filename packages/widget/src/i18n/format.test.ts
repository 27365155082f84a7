import { afterEach, describe, expect, it } from 'vitest';
import { createFormatter } from './format.js';
import { en } from './strings.js';

type IntlConstructors = Pick<typeof Intl, 'NumberFormat' | 'DateTimeFormat' | 'PluralRules'>;
const real: IntlConstructors = { NumberFormat: Intl.NumberFormat, DateTimeFormat: Intl.DateTimeFormat, PluralRules: Intl.PluralRules };

/** Counts the Intl objects made from now on (by constructor name). */
function countIntlObjects(): Record<keyof IntlConstructors, number> {
  const made = { NumberFormat: 0, DateTimeFormat: 0, PluralRules: 0 };
  const intl = Intl as unknown as Record<string, unknown>;
  for (const name of Object.keys(made) as (keyof IntlConstructors)[]) {
    const Base = real[name] as unknown as new (...args: unknown[]) => object;
    intl[name] = class extends Base {
      constructor(...args: unknown[]) {
        super(...args);
        made[name]++;
      }
    };
  }
  return made;
}

afterEach(() => Object.assign(Intl, real));

describe('createFormatter: Intl objects only when needed', () => {
  it('makes none for British dates, and each other one once, on first use', () => {
    const made = countIntlObjects();
    const format = createFormatter('en-GB', en);
    expect(format.date('2024-03-27')).toBe('27 March 2024');
    expect(format.date('not a date')).toBe('not a date');
    expect(made).toEqual({ NumberFormat: 0, DateTimeFormat: 0, PluralRules: 0 });

    expect(format.number(1234.5)).toBe('1,234.5');
    expect(format.percent(88.25)).toBe('88.25%');
    expect(format.number(7)).toBe('7');
    expect(made.NumberFormat).toBe(2);
    format.dateTime(new Date(Date.UTC(2024, 2, 27, 14, 5)));
    format.dateTime(new Date());
    expect(made.DateTimeFormat).toBe(1);
    expect(format.count(2, 'days')).toBe('2 days');
    expect(format.count(1, 'days')).toBe('1 day');
    expect(made).toEqual({ NumberFormat: 2, DateTimeFormat: 1, PluralRules: 1 });
  });

  it('writes British dates exactly as Intl does, for "en", "en-GB" and no language', () => {
    const intl = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const formats = [createFormatter('en-GB', en), createFormatter('en', en), createFormatter('EN-gb', en), createFormatter(undefined, en)];
    // Month ends, leap days, and dates that do not exist (Date.UTC rolls them over, as before).
    const dates: string[] = [];
    for (const year of ['1899', '1900', '1970', '2000', '2024', '2025', '2100'])
      for (let month = 1; month <= 12; month++)
        for (const day of ['01', '09', '10', '28', '29', '30', '31']) dates.push(`${year}-${String(month).padStart(2, '0')}-${day}`);
    dates.push('2024-02-30', '0999-12-31', '0050-06-15');
    for (const iso of dates) {
      const [year, month, day] = iso.split('-').map(Number);
      const expected = intl.format(new Date(Date.UTC(year, month - 1, day)));
      for (const format of formats) expect(format.date(iso), iso).toBe(expected);
    }
  });

  it('uses Intl for other languages', () => {
    const made = countIntlObjects();
    for (const lang of ['cy', 'en-US', 'fr']) {
      // The browser may lack a language's data: then the formatter falls back to British English.
      const shownIn = real.NumberFormat.supportedLocalesOf([lang]).length > 0 ? lang : 'en-GB';
      const expected = new real.DateTimeFormat(shownIn, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2024, 2, 27));
      expect(createFormatter(lang, en).date('2024-03-27'), lang).toBe(expected);
    }
    expect(made.DateTimeFormat).toBe(3);
  });
});

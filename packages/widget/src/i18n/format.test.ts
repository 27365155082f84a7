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
  it('makes none for British dates, numbers, percentages and plurals; a date-time makes one, once', () => {
    const made = countIntlObjects();
    const format = createFormatter('en-GB', en);
    expect(format.date('2024-03-27')).toBe('27 March 2024');
    expect(format.date('not a date')).toBe('not a date');
    expect(format.number(1234.5)).toBe('1,234.5');
    expect(format.percent(88.25)).toBe('88.25%');
    expect(format.number(7)).toBe('7');
    expect(format.count(2, 'days')).toBe('2 days');
    expect(format.count(1, 'days')).toBe('1 day');
    expect(format.duration({ amount: 1, unit: 'weeks' })).toBe('1 week');
    expect(made).toEqual({ NumberFormat: 0, DateTimeFormat: 0, PluralRules: 0 });
    format.dateTime(new Date(Date.UTC(2024, 2, 27, 14, 5)));
    format.dateTime(new Date());
    expect(made).toEqual({ NumberFormat: 0, DateTimeFormat: 1, PluralRules: 0 });
  });

  it('makes each Intl object once, on first use, for another language', () => {
    const made = countIntlObjects();
    const format = createFormatter('fr', en);
    format.number(1234.5);
    format.number(7);
    format.percent(88.25);
    format.count(2, 'days');
    format.count(1, 'days');
    expect(made).toEqual({ NumberFormat: 2, DateTimeFormat: 0, PluralRules: 1 });
  });

  it('writes British numbers, percentages and plurals exactly as Intl does', () => {
    const numbers = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 });
    const percents = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 3 });
    const plurals = new Intl.PluralRules('en-GB');
    const values = [0, -0, 1, -1, 1.0002, -1.0002, 0.9996, 0.9995, 1.0004, 1.0005, -0.9995, 7, 12, 88, 88.2, 88.25, 99.999, 99.9995, 100, 0.0004, 0.0005, 0.0015, 2.675, 999.9999, 1000, 1234.5, -1234.5678,
      12345678.123, 1e15, 123456789012345680000, 1e21, -1e21, Number.MAX_SAFE_INTEGER, Number.NaN, Infinity, -Infinity, 1 / 3, 2 / 3, 0.1 + 0.2];
    // Every value with up to four decimals from 0 to 120 in steps a pathway could have, and a sweep of random ones.
    for (let i = 0; i <= 1200; i++) values.push(i / 10, i / 100 + 0.0005);
    // A fixed sweep (a linear congruential sequence), so a failure is the same on every run.
    let seed = 20_261_129;
    const next = () => (seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0) / 2 ** 32;
    for (let i = 0; i < 4000; i++) values.push(Math.round((next() * 2 - 1) * 10 ** (i % 9) * 10_000) / 10_000);
    for (const lang of ['en-GB', 'en', undefined]) {
      const format = createFormatter(lang, en);
      for (const value of values) {
        expect(format.number(value), `number ${value}`).toBe(numbers.format(value));
        if (Number.isFinite(value) && Math.abs(value) < 1e15) expect(format.percent(value), `percent ${value}`).toBe(percents.format(value / 100));
        expect(format.plural(value), `plural ${value}`).toBe(plurals.select(value));
      }
    }
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

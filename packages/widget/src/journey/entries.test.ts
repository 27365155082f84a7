import { describe, expect, it } from 'vitest';
import type { Measure } from '@pathway/schema';
import { en } from '../i18n/strings.js';
import { datePartsFrom, entryFromInput, isEmailAddress, isPhoneNumber, parseDateParts, parseMeasureEntry, parseNumber } from './entries.js';

const attendance: Measure = { id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' };
const absence: Measure = { id: 'absence', title: 'Absence', kind: 'absencePercentage' };
const unauthorised: Measure = { id: 'unauthorised', title: 'Unauthorised sessions', kind: 'sessionCount' };
const entry = (fields: Partial<ReturnType<typeof entryFromInput>>) => ({ ...entryFromInput(undefined), ...fields });

describe('parseNumber', () => {
  it.each([
    ['88', 88],
    ['88.5', 88.5],
    [' 88.5% ', 88.5],
    ['.5', 0.5],
    ['1,234', 1234],
    ['-3', -3],
  ])('reads %j as %d', (raw, value) => expect(parseNumber(raw)).toBe(value));

  it.each(['', 'eighty', '88,5', '1e3', '8 8', 'NaN', 'Infinity', '0x10'])('refuses %j', (raw) => expect(parseNumber(raw)).toBeUndefined());
});

describe('parseMeasureEntry', () => {
  it('takes a percentage, or sessions possible and attended (or missed)', () => {
    expect(parseMeasureEntry(attendance, entry({ percentage: '88' }), en)).toEqual({ input: { percentage: 88 } });
    expect(parseMeasureEntry(attendance, entry({ mode: 'sessions', possible: '200', counted: '170' }), en)).toEqual({
      input: { possibleSessions: 200, attendedSessions: 170 },
    });
    expect(parseMeasureEntry(absence, entry({ mode: 'sessions', possible: '200', counted: '30' }), en)).toEqual({
      input: { possibleSessions: 200, absentSessions: 30 },
    });
    expect(parseMeasureEntry(unauthorised, entry({ value: '12' }), en)).toEqual({ input: { value: 12 } });
  });

  it('says what is wrong in plain words', () => {
    expect(parseMeasureEntry(attendance, entry({ percentage: 'lots' }), en)).toEqual({ error: 'Attendance must be a number, like 88.5' });
    expect(parseMeasureEntry(attendance, entry({ mode: 'sessions', possible: '200', counted: '' }), en)).toEqual({
      error: 'Sessions attended must be a whole number, like 120',
    });
    expect(parseMeasureEntry(attendance, entry({ mode: 'sessions', possible: '20.5', counted: '3' }), en)).toEqual({
      error: 'Possible sessions must be a whole number, like 120',
    });
    expect(parseMeasureEntry(unauthorised, entry({ value: '2.5' }), en)).toEqual({
      error: 'Unauthorised sessions must be a whole number, like 120',
    });
  });

  it('gives nothing for empty boxes', () => {
    expect(parseMeasureEntry(attendance, entry({}), en)).toEqual({});
    expect(parseMeasureEntry(attendance, entry({ mode: 'sessions' }), en)).toEqual({});
  });

  it('round-trips through entryFromInput', () => {
    for (const input of [{ percentage: 88.5 }, { possibleSessions: 200, attendedSessions: 170 }, { value: 3 }]) {
      const measure = 'value' in input ? unauthorised : attendance;
      expect(parseMeasureEntry(measure, entryFromInput(input), en).input).toEqual(input);
    }
  });
});

describe('dates from three boxes', () => {
  it('accepts real dates only', () => {
    expect(parseDateParts({ day: '29', month: '2', year: '2024' })).toEqual({ date: '2024-02-29' });
    expect(parseDateParts({ day: '29', month: '2', year: '2023' })).toEqual({ problem: 'invalid' });
    expect(parseDateParts({ day: '31', month: '4', year: '2024' })).toEqual({ problem: 'invalid' });
    expect(parseDateParts({ day: '1', month: '13', year: '2024' })).toEqual({ problem: 'invalid' });
    expect(parseDateParts({ day: '1', month: '1', year: '24' })).toEqual({ problem: 'invalid' });
    expect(parseDateParts({ day: '1', month: '', year: '2024' })).toEqual({ problem: 'incomplete' });
    expect(parseDateParts({ day: '', month: '', year: '' })).toEqual({});
  });

  it('shows a saved date again', () => {
    expect(datePartsFrom('2024-03-07')).toEqual({ day: '7', month: '3', year: '2024' });
    expect(datePartsFrom('not a date')).toEqual({ day: '', month: '', year: '' });
  });
});

describe('email and phone', () => {
  it('checks the shape', () => {
    expect(isEmailAddress('name@example.gov.uk')).toBe(true);
    expect(isEmailAddress('name@example')).toBe(false);
    expect(isEmailAddress('not an email')).toBe(false);
    expect(isPhoneNumber('01632 960 001')).toBe(true);
    expect(isPhoneNumber('+44 1632 960001')).toBe(true);
    expect(isPhoneNumber('call me')).toBe(false);
    expect(isPhoneNumber('123')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { CalendarDate } from '@internationalized/date';
import { dateProblem, datePattern, formatDate, parseDateText, parseIsoDate, patternText } from './dateFormat';

const read = (text: string, locale: string) => {
  const parsed = parseDateText(text, datePattern(locale));
  return parsed.kind === 'date' ? parsed.date.toString() : parsed.kind === 'empty' ? 'empty' : parsed.reason;
};

describe('date format of a locale', () => {
  it('comes from Intl: order, separator and padding', () => {
    const letters = { day: 'd', month: 'm', year: 'yyyy' };
    expect(patternText(datePattern('fi-FI'), letters)).toBe('d.m.yyyy');
    expect(patternText(datePattern('sv-FI'), letters)).toBe('d.m.yyyy');
    expect(patternText(datePattern('en-GB'), letters)).toBe('dd/mm/yyyy');
    expect(patternText(datePattern('en-US'), letters)).toBe('m/d/yyyy');
    expect(patternText(datePattern('fi-FI'), { day: 'p', month: 'k', year: 'vvvv' })).toBe('p.k.vvvv');
  });

  it('writes dates as the locale does', () => {
    const date = new CalendarDate(2027, 2, 1);
    expect(formatDate(date, datePattern('fi-FI'))).toBe('1.2.2027');
    expect(formatDate(date, datePattern('sv-FI'))).toBe('1.2.2027');
    expect(formatDate(date, datePattern('en-GB'))).toBe('01/02/2027');
    expect(formatDate(date, datePattern('en-US'))).toBe('2/1/2027');
  });
});

describe('parsing typed dates', () => {
  // [typed, locale, ISO date or the reason it is not one]
  const table: Array<[string, string, string]> = [
    ['1.2.2027', 'fi-FI', '2027-02-01'],
    ['01.02.2027', 'fi-FI', '2027-02-01'],
    ['1.2.2027.', 'fi-FI', '2027-02-01'],
    [' 1. 2. 2027 ', 'fi-FI', '2027-02-01'],
    ['1 2 2027', 'fi-FI', '2027-02-01'],
    ['1/2/2027', 'fi-FI', '2027-02-01'],
    ['2027-02-01', 'fi-FI', '2027-02-01'],
    ['29.2.2028', 'fi-FI', '2028-02-29'],
    ['29.2.2000', 'fi-FI', '2000-02-29'],
    ['29.2.2027', 'fi-FI', 'noSuchDate'],
    ['29.2.1900', 'fi-FI', 'noSuchDate'],
    ['31.2.2027', 'fi-FI', 'noSuchDate'],
    ['31.4.2027', 'fi-FI', 'noSuchDate'],
    ['31.12.2027', 'fi-FI', '2027-12-31'],
    ['0.1.2027', 'fi-FI', 'noSuchDate'],
    ['1.13.2027', 'fi-FI', 'noSuchDate'],
    ['1.2.27', 'fi-FI', 'shortYear'],
    ['1.2.202', 'fi-FI', 'format'],
    ['1.2', 'fi-FI', 'format'],
    ['1.2.2027.5', 'fi-FI', 'format'],
    ['eilen', 'fi-FI', 'format'],
    ['123.2.2027', 'fi-FI', 'format'],
    ['', 'fi-FI', 'empty'],
    ['   ', 'fi-FI', 'empty'],
    ['1.2.2027', 'sv-FI', '2027-02-01'],
    ['31.2.2027', 'sv-FI', 'noSuchDate'],
    ['29.02.2028', 'sv-FI', '2028-02-29'],
    ['01/02/2027', 'en-GB', '2027-02-01'],
    ['1/2/2027', 'en-GB', '2027-02-01'],
    ['31/02/2027', 'en-GB', 'noSuchDate'],
    ['2/1/2027', 'en-US', '2027-02-01'],
    ['2/29/2028', 'en-US', '2028-02-29'],
    ['2/31/2027', 'en-US', 'noSuchDate'],
    ['31/1/2027', 'en-US', 'noSuchDate'],
  ];
  it.each(table)('%s in %s reads as %s', (typed, locale, expected) => {
    expect(read(typed, locale)).toBe(expected);
  });

  it('reads back every date it writes', () => {
    for (const locale of ['fi-FI', 'sv-FI', 'en-GB', 'en-US']) {
      const pattern = datePattern(locale);
      let date = new CalendarDate(2027, 1, 1);
      for (let i = 0; i < 800; i += 1, date = date.add({ days: 1 })) {
        expect(read(formatDate(date, pattern), locale)).toBe(date.toString());
      }
    }
  });
});

describe('ISO values and limits', () => {
  it('accepts only real, full ISO dates', () => {
    expect(parseIsoDate('2028-02-29')?.toString()).toBe('2028-02-29');
    expect(parseIsoDate('2027-02-29')).toBeNull();
    expect(parseIsoDate('2027-2-1')).toBeNull();
    expect(parseIsoDate('1.2.2027')).toBeNull();
    expect(parseIsoDate(null)).toBeNull();
  });

  it('names why a date cannot be chosen', () => {
    const min = new CalendarDate(2027, 2, 1);
    const max = new CalendarDate(2027, 2, 28);
    const closed = (iso: string) => (iso === '2027-02-14' ? 'Closed' : false);
    expect(dateProblem(new CalendarDate(2027, 1, 31), { min })).toEqual({ kind: 'min' });
    expect(dateProblem(new CalendarDate(2027, 3, 1), { max })).toEqual({ kind: 'max' });
    expect(dateProblem(new CalendarDate(2027, 3, 1), { min, max })).toEqual({ kind: 'range' });
    expect(dateProblem(new CalendarDate(2027, 2, 1), { min, max })).toBeNull();
    expect(dateProblem(new CalendarDate(2027, 2, 28), { min, max })).toBeNull();
    expect(dateProblem(new CalendarDate(2027, 2, 14), { isDateUnavailable: closed })).toEqual({ kind: 'unavailable', reason: 'Closed' });
    expect(dateProblem(new CalendarDate(2027, 2, 14), { isDateUnavailable: () => true })).toEqual({ kind: 'unavailable', reason: null });
    expect(dateProblem(new CalendarDate(2027, 2, 15), { isDateUnavailable: closed })).toBeNull();
  });
});

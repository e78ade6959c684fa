import { describe, expect, it } from 'vitest';
import { CalendarDate, parseDate } from '@internationalized/date';
import { clampDate, keyTarget, monthWeeks } from './calendarKeys';

const move = (iso: string, key: string, locale = 'fi-FI', shift = false) =>
  keyTarget(key, shift, parseDate(iso), locale)?.toString() ?? null;

describe('calendar keys', () => {
  it('move by day and week across month and year boundaries', () => {
    expect(move('2027-01-31', 'ArrowRight')).toBe('2027-02-01');
    expect(move('2027-01-01', 'ArrowLeft')).toBe('2026-12-31');
    expect(move('2027-12-29', 'ArrowDown')).toBe('2028-01-05');
    expect(move('2028-03-02', 'ArrowUp')).toBe('2028-02-24');
    expect(move('2027-03-02', 'ArrowUp')).toBe('2027-02-23');
  });

  it('Home and End go to the start and end of the locale week (Monday in fi, sv-FI, en-GB; Sunday in en-US)', () => {
    // 3 February 2027 is a Wednesday
    expect(move('2027-02-03', 'Home')).toBe('2027-02-01');
    expect(move('2027-02-03', 'End')).toBe('2027-02-07');
    expect(move('2027-02-03', 'Home', 'sv-FI')).toBe('2027-02-01');
    expect(move('2027-02-03', 'Home', 'en-GB')).toBe('2027-02-01');
    expect(move('2027-02-03', 'Home', 'en-US')).toBe('2027-01-31');
    expect(move('2027-02-03', 'End', 'en-US')).toBe('2027-02-06');
  });

  it('Page Up / Page Down move a month, with Shift a year; a missing day becomes the last of the month', () => {
    expect(move('2027-03-31', 'PageUp')).toBe('2027-02-28');
    expect(move('2028-03-31', 'PageUp')).toBe('2028-02-29');
    expect(move('2027-12-15', 'PageDown')).toBe('2028-01-15');
    expect(move('2027-01-31', 'PageDown')).toBe('2027-02-28');
    expect(move('2028-02-29', 'PageDown', 'fi-FI', true)).toBe('2029-02-28');
    expect(move('2028-02-29', 'PageUp', 'fi-FI', true)).toBe('2027-02-28');
    expect(move('2027-06-10', 'Enter')).toBeNull();
  });

  it('clamps into min and max', () => {
    const min = new CalendarDate(2027, 2, 1);
    const max = new CalendarDate(2027, 2, 28);
    expect(clampDate(new CalendarDate(2027, 1, 20), min, max).toString()).toBe('2027-02-01');
    expect(clampDate(new CalendarDate(2027, 3, 20), min, max).toString()).toBe('2027-02-28');
    expect(clampDate(new CalendarDate(2027, 2, 20), null, null).toString()).toBe('2027-02-20');
  });

  it('lays out a month in weeks from the locale first weekday', () => {
    // February 2027 starts on a Monday: four full weeks in fi, five rows in en-US (Sunday first)
    const fi = monthWeeks(new CalendarDate(2027, 2, 10), 'fi-FI');
    expect(fi).toHaveLength(4);
    expect(fi[0]![0]!.toString()).toBe('2027-02-01');
    const us = monthWeeks(new CalendarDate(2027, 2, 10), 'en-US');
    expect(us).toHaveLength(5);
    expect(us[0]![0]).toBeNull();
    expect(us[0]![1]!.toString()).toBe('2027-02-01');
    // August 2027 starts on a Sunday: six rows in fi
    expect(monthWeeks(new CalendarDate(2027, 8, 1), 'fi-FI')).toHaveLength(6);
    expect(monthWeeks(new CalendarDate(2027, 8, 1), 'fi-FI').flat().filter(Boolean)).toHaveLength(31);
  });
});

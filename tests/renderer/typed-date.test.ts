import { describe, expect, it } from 'vitest';
import { parseTypedDate } from '../../renderer/src/components/typed-date';

describe('a typed date', () => {
  it('reads day.month.year, never month first', () => {
    expect(parseTypedDate('03.12.2025')).toBe('2025-12-03');
    expect(parseTypedDate(' 3.4.2024 ')).toBe('2024-04-03');
    expect(parseTypedDate('31.12.2027')).toBe('2027-12-31');
  });

  it('refuses days that do not exist, leap years included', () => {
    expect(parseTypedDate('29.02.2028')).toBe('2028-02-29');
    expect(parseTypedDate('29.02.2027')).toBeNull();
    expect(parseTypedDate('31.04.2026')).toBeNull();
    expect(parseTypedDate('12/03/2025')).toBeNull();
    expect(parseTypedDate('')).toBeNull();
  });
});

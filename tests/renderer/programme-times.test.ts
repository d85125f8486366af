// The programme's time rules as an officer meets them: "15:00 to 14:30" is a typo unless the event
// is said to end the next day, a late dinner past midnight is drawn whole on both days, and the
// timeline's hours take in every event.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anHourFrom, endsBeforeStart, plannedInstants, plannedTimesOf, type PlannedTimes } from '../../domain/programme-time';
import { dayParts, gridHours } from '../../renderer/src/features/programme/timeline-hours';

const BAKU = 'Asia/Baku';
/** Zones whose clocks were not changed in 2024–2026, where wall time and instants correspond one to one. */
const STEADY_ZONES = ['Asia/Baku', 'UTC', 'Asia/Tashkent', 'Asia/Kolkata', 'America/Sao_Paulo'];
/** And some that change their clocks twice a year, where the grid must still take in every event. */
const ALL_ZONES = [...STEADY_ZONES, 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe'];

const MINUTE = 60_000;
const FROM = Date.parse('2024-01-01T00:00:00Z');
const instant = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
const clock = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const day = fc.integer({ min: 0, max: 3 * 365 }).map((offset) => instant(FROM + offset * 86_400_000).slice(0, 10));
const planned: fc.Arbitrary<PlannedTimes> = fc.record({ day, starts: clock, ends: clock, endsNextDay: fc.boolean() });
/** An event of five minutes to thirty hours, on five-minute steps as the timeline snaps. */
const event = fc
  .tuple(fc.integer({ min: 0, max: 3 * 365 * 288 }), fc.integer({ min: 1, max: 360 }))
  .map(([start, length]) => ({ startsAt: instant(FROM + start * 5 * MINUTE), endsAt: instant(FROM + (start + length) * 5 * MINUTE) }));
const minutesOf = (hours: string) => Number(hours.slice(0, 2)) * 60;

describe('an event that ends before it starts', () => {
  it('is a typo when the officer types 15:00 to 14:30, and a night event once "ends the next day" is ticked', () => {
    expect(endsBeforeStart({ starts: '15:00', ends: '14:30', endsNextDay: false })).toBe(true);
    expect(endsBeforeStart({ starts: '15:00', ends: '15:00', endsNextDay: false })).toBe(true);
    expect(endsBeforeStart({ starts: '15:00', ends: '16:00', endsNextDay: false })).toBe(false);
    expect(plannedInstants({ day: '2024-04-15', starts: '23:30', ends: '00:30', endsNextDay: true }, BAKU)).toEqual({
      startsAt: '2024-04-15T19:30:00Z',
      endsAt: '2024-04-15T20:30:00Z',
    });
  });

  it('is refused by the form exactly when the channel would refuse it, in a zone that keeps its clocks', () => {
    fc.assert(
      fc.property(planned, fc.constantFrom(...STEADY_ZONES), (times, zone) => {
        const { startsAt, endsAt } = plannedInstants(times, zone);
        expect(endsBeforeStart(times)).toBe(!(endsAt > startsAt));
      }),
    );
  });

  it('comes back as the officer planned it when a saved event is opened again', () => {
    fc.assert(
      fc.property(planned, fc.constantFrom(...STEADY_ZONES), (times, zone) => {
        fc.pre(!endsBeforeStart(times));
        const { startsAt, endsAt } = plannedInstants(times, zone);
        expect(plannedTimesOf(startsAt, endsAt, zone)).toEqual(times);
      }),
    );
  });

  it('is never what a new event picked at night becomes: an hour from 23:30 ends at 00:30 the next day', () => {
    expect(anHourFrom('2024-04-15', '23:30', BAKU)).toEqual({ day: '2024-04-15', starts: '23:30', ends: '00:30', endsNextDay: true });
    expect(anHourFrom('2024-04-15', '10:00', BAKU)).toEqual({ day: '2024-04-15', starts: '10:00', ends: '11:00', endsNextDay: false });
  });
});

describe('an event across midnight on the timeline', () => {
  it('is drawn on both days, and the grid opens at midnight for its second part', () => {
    const dinner = plannedInstants({ day: '2024-04-15', starts: '23:30', ends: '00:30', endsNextDay: true }, BAKU);
    expect(dayParts(dinner.startsAt, dinner.endsAt, BAKU)).toEqual([
      { day: '2024-04-15', fromMinute: 23 * 60 + 30, toMinute: 24 * 60 },
      { day: '2024-04-16', fromMinute: 0, toMinute: 30 },
    ]);
    const meeting = plannedInstants({ day: '2024-04-16', starts: '11:30', ends: '12:30', endsNextDay: false }, BAKU);
    expect(gridHours([meeting], BAKU)).toEqual({ from: '08:00', to: '20:00' });
    expect(gridHours([meeting, dinner], BAKU)).toEqual({ from: '00:00', to: '24:00' });
  });

  it('is not drawn on the next day when it ends at midnight sharp', () => {
    const reception = plannedInstants({ day: '2024-04-15', starts: '22:00', ends: '00:00', endsNextDay: true }, BAKU);
    expect(dayParts(reception.startsAt, reception.endsAt, BAKU)).toEqual([{ day: '2024-04-15', fromMinute: 22 * 60, toMinute: 24 * 60 }]);
    expect(gridHours([reception], BAKU)).toEqual({ from: '08:00', to: '24:00' });
  });

  it('has a part on every day it touches, and its parts add up to the whole event', () => {
    fc.assert(
      fc.property(event, fc.constantFrom(...STEADY_ZONES), ({ startsAt, endsAt }, zone) => {
        const parts = dayParts(startsAt, endsAt, zone);
        const first = plannedTimesOf(startsAt, endsAt, zone);
        expect(parts[0]?.day).toBe(first.day);
        if (first.endsNextDay && first.ends !== '00:00') expect(parts.length).toBeGreaterThanOrEqual(2);
        const drawn = parts.reduce((sum, part) => sum + part.toMinute - part.fromMinute, 0);
        expect(drawn * MINUTE).toBe(Date.parse(endsAt) - Date.parse(startsAt));
      }),
    );
  });
});

describe("the timeline's hours", () => {
  it('take in the start and the end of every part of every event, in any zone', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 12 }), fc.constantFrom(...ALL_ZONES), (events, zone) => {
        const hours = gridHours(events, zone);
        expect(minutesOf(hours.from)).toBeLessThanOrEqual(8 * 60);
        expect(minutesOf(hours.to)).toBeGreaterThanOrEqual(20 * 60);
        for (const { startsAt, endsAt } of events) {
          for (const part of dayParts(startsAt, endsAt, zone)) {
            expect(part.fromMinute).toBeGreaterThanOrEqual(minutesOf(hours.from));
            expect(part.toMinute).toBeLessThanOrEqual(minutesOf(hours.to));
          }
        }
      }),
    );
  });

  it('widen office hours to whole hours: a 07:10 breakfast opens the grid at 07:00, a 20:20 end closes it at 21:00', () => {
    const breakfast = plannedInstants({ day: '2024-04-16', starts: '07:10', ends: '07:50', endsNextDay: false }, BAKU);
    const concert = plannedInstants({ day: '2024-04-16', starts: '19:00', ends: '20:20', endsNextDay: false }, BAKU);
    expect(gridHours([breakfast, concert], BAKU)).toEqual({ from: '07:00', to: '21:00' });
  });
});

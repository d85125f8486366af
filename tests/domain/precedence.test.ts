// The order of precedence: tier, then guest before host, then time in post, then the office's number.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareStandings, inPrecedenceOrder, standingOf, type PrecedenceFacts, type PrecedenceRules } from '../../domain/precedence';
import { DEFAULT_PRECEDENCE_TABLE } from '../../domain/precedence-table';

const rules: PrecedenceRules = { table: DEFAULT_PRECEDENCE_TABLE, guestsFirstAtEqualRank: true };
const person = (name: string, facts: Partial<PrecedenceFacts> = {}) => ({
  name,
  postTier: null,
  rankTier: null,
  inPostSince: null,
  precedence: 100,
  ...facts,
});
const order = (people: ReturnType<typeof person>[], with_ = rules) => inPrecedenceOrder(people, (p) => p, with_).map((p) => p.name);

describe('the order of precedence', () => {
  it('puts a higher tier first, whatever the numbers typed by hand', () => {
    const minister = person('minister', { postTier: 'minister', precedence: 50 });
    const deputy = person('deputy', { postTier: 'deputy-minister', precedence: 1 });
    const head = person('head of state', { postTier: 'head-of-state', precedence: 99 });
    expect(order([deputy, minister, head])).toEqual(['head of state', 'minister', 'deputy']);
  });

  it('within a tier, puts the one longer in post first (Vienna Convention, Art. 16)', () => {
    const since2021 = person('2021', { postTier: 'minister', inPostSince: '2021-03-05' });
    const since2006 = person('2006', { postTier: 'minister', inPostSince: '2006-02-06' });
    const unknown = person('unknown', { postTier: 'minister' });
    expect(order([since2021, unknown, since2006])).toEqual(['2006', '2021', 'unknown']);
  });

  it('places someone by the higher of their post and their rank', () => {
    // A colonel general (tier 5) who heads a division (tier 9) stands at tier 5.
    const general = person('general', { postTier: 'head-of-division', rankTier: 'colonel-general' });
    const deputy = person('deputy', { postTier: 'deputy-minister' });
    expect(order([deputy, general])).toEqual(['general', 'deputy']);
    expect(standingOf(general, rules).placedBy?.key).toBe('colonel-general');
    // At one tier the post names the standing, as a protocol list says "First deputy minister".
    const both = standingOf(person('both', { postTier: 'first-deputy-minister', rankTier: 'colonel-general' }), rules);
    expect(both.placedBy?.key).toBe('first-deputy-minister');
  });

  it('puts a foreign guest before a host of equal tier, and only when the office wants it', () => {
    const host = person('host', { postTier: 'minister', inPostSince: '2006-02-06', side: 'host' as const });
    const guest = person('guest', { postTier: 'minister', inPostSince: '2021-03-05', side: 'guest' as const });
    const seniorHost = person('senior host', { postTier: 'head-of-government', side: 'host' as const });
    expect(order([host, guest, seniorHost])).toEqual(['senior host', 'guest', 'host']);
    expect(order([host, guest, seniorHost], { ...rules, guestsFirstAtEqualRank: false })).toEqual(['senior host', 'host', 'guest']);
  });

  it('lets the office number settle equals, and puts people the table does not place last', () => {
    const unplaced = person('unplaced', { precedence: 1 });
    const removedKey = person('removed key', { postTier: 'no-such-post', precedence: 2 });
    const second = person('second', { postTier: 'officer', precedence: 20 });
    const first = person('first', { postTier: 'officer', precedence: 10 });
    expect(order([unplaced, second, removedKey, first])).toEqual(['first', 'second', 'unplaced', 'removed key']);
  });

  it('keeps the given order among people it cannot tell apart', () => {
    const people = ['a', 'b', 'c'].map((name) => person(name, { postTier: 'minister' }));
    expect(order(people)).toEqual(['a', 'b', 'c']);
    expect(order([...people].reverse())).toEqual(['c', 'b', 'a']);
  });

  it('for any people, returns them all, each before the next or equal to it', () => {
    const keys = [null, 'no-such', ...DEFAULT_PRECEDENCE_TABLE.map((entry) => entry.key)];
    const facts = fc.record({
      postTier: fc.constantFrom(...keys),
      rankTier: fc.constantFrom(...keys),
      inPostSince: fc.option(fc.constantFrom('1999-01-01', '2006-02-06', '2021-03-05', '2021-03-06'), { nil: null }),
      precedence: fc.integer({ min: 1, max: 5 }),
      side: fc.constantFrom('guest' as const, 'host' as const),
    });
    fc.assert(
      fc.property(fc.array(facts, { maxLength: 30 }), fc.boolean(), (people, guestsFirst) => {
        const with_ = { ...rules, guestsFirstAtEqualRank: guestsFirst };
        const sorted = inPrecedenceOrder(people, (p) => p, with_);
        expect([...sorted].sort((a, b) => people.indexOf(a) - people.indexOf(b))).toEqual(people);
        for (let i = 1; i < sorted.length; i += 1) {
          expect(compareStandings(standingOf(sorted[i - 1]!, with_), standingOf(sorted[i]!, with_))).toBeLessThanOrEqual(0);
        }
      }),
    );
  });
});

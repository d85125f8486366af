// 10,000 hostile bundles in every run (more with `npm run fuzz-transfer -- --runs N`), against an
// empty office and one holding other data; see transfer-fuzz.ts for what is generated and checked.
import { describe, expect, it } from 'vitest';
import { call, openTestOffice } from '../api/test-context';
import { otherPc, trust } from './bundle-maker';
import { describeTally, fuzzImport } from './transfer-fuzz';
import { fuzzBase } from './transfer-fuzz-base';

const RUNS = Number(process.env.TRANSFER_FUZZ_RUNS ?? 10_000);

describe('the import, fuzzed', () => {
  it(`refuses ${RUNS} hostile bundles safely: nothing outside documents/, rows unchanged when refused, never internal`, async () => {
    const pc = otherPc();
    const base = await fuzzBase();
    const empty = openTestOffice();
    const holding = openTestOffice();
    await call(holding, 'demo:load', {});
    for (const office of [empty, holding]) trust(office, pc);
    const tally = await fuzzImport([empty, holding], pc, base, RUNS);
    console.info(describeTally(tally));
    expect(tally.bundles).toBe(RUNS);
    expect(tally.internal).toBe(0);
    expect(tally.filesOutsideDocuments).toBe(0);
    expect(tally.bundles - tally.imported).toBeGreaterThan(RUNS / 2);
    // Not all stopped at the door: a good share reached the merge and the handlers' read-back.
    expect(tally.reachedReadBack).toBeGreaterThan(RUNS / 10);
  }, 1_200_000);
});

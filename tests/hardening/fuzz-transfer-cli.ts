// `npm run fuzz-transfer -- --runs 100000`: the import fuzz with more bundles than CI's 10,000.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10000' } } });
const runs = Number(values.runs);
if (!Number.isSafeInteger(runs) || runs < 1) {
  console.error(`--runs takes a whole number of bundles, not "${values.runs}"`);
  process.exit(2);
}
const root = resolve(__dirname, '../..');
const vitest = spawnSync('npx', ['vitest', 'run', '--config', 'tests/vitest.config.mts', 'tests/hardening/transfer-fuzz.test.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, TRANSFER_FUZZ_RUNS: String(runs) },
});
process.exit(vitest.status ?? 1);

// The writer the import crash test kills: it imports bundles of new people, signed by a PC the
// office trusts, through the app's own dispatch() and transfer worker, and prints each bundle's
// people (their UUIDs) only after the import has returned, that is after its commit.
import { randomUUID } from 'node:crypto';
import { writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { dispatch } from '../../electron/api/dispatch';
import { handlers } from '../../electron/api';
import type { HandlerContext } from '../../electron/api/context';
import { openDatabase } from '../../db/open';
import { sealBundle } from '../../db/transfer/bundle';
import { signDigest } from '../../db/transfer/signature';
import { PEOPLE_PER_BUNDLE } from './import-writer-size';

const [file = '', publicKey = '', privateKey = ''] = process.argv.slice(2);
const ctx: HandlerContext = { db: openDatabase(file), actor: 'import-writer', now: () => new Date(), dataDir: dirname(file) };

function bundleOfPeople(seq: number): { content: string; uuids: string[] } {
  const at = new Date().toISOString();
  const uuids = Array.from({ length: PEOPLE_PER_BUNDLE }, () => randomUUID());
  const records = uuids.map((uuid, index) => ({
    table: 'people',
    uuid,
    row: { uuid, name_en: `Imported ${seq}.${index}`, languages: '["ru"]', precedence: 1 + index, created_at: at, updated_at: at },
  }));
  const bundle = sealBundle({ exportedAt: at, exportedBy: 'liaison', schemaVersion: 9, signer: { name: 'MES-UZ-PC', publicKey } }, records, (digest) => signDigest(privateKey, digest));
  return { content: JSON.stringify(bundle), uuids };
}

async function main(): Promise<void> {
  for (let seq = 0; ; seq++) {
    const { content, uuids } = bundleOfPeople(seq);
    const result = await dispatch(handlers, ctx, 'transfer:import', { content, choices: {} });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    // One write of well under PIPE_BUF, so the line arrives whole or not at all.
    writeSync(1, `${uuids.join(',')}\n`);
  }
}

void main();

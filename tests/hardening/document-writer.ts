// The writer the attachments crash test kills: adds documents through the real handler (file
// written and renamed, then the row committed), printing each document's UUID and SHA-256 as the
// handler returned them, after its commit.
import { randomBytes } from 'node:crypto';
import { writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { dispatch } from '../../electron/api/dispatch';
import { handlers } from '../../electron/api';
import { openDatabase } from '../../db/open';

const [file = '', personId = '0'] = process.argv.slice(2);
const ctx = { db: openDatabase(file), actor: 'document-writer', now: () => new Date(), dataDir: dirname(file) };

async function main(): Promise<void> {
  for (let seq = 0; ; seq++) {
    const result = await dispatch(handlers, ctx, 'documents:add', {
      owner: { personId: Number(personId) },
      fileName: `scan-${seq}.pdf`,
      mediaType: 'application/pdf',
      kind: 'other',
      language: null,
      contentBase64: randomBytes(20_000 + (seq % 5) * 40_000).toString('base64'),
    });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const stored = result.value as { uuid: string; sha256: string };
    writeSync(1, `${stored.uuid} ${stored.sha256}\n`);
  }
}

void main();

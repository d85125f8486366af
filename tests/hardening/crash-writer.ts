// The writer the crash test kills: it saves people through the app's own dispatch() and
// handlers (each save one transaction with its audit entry), and prints a save's sequence number
// only after the handler has returned, that is after its transaction has committed.
import { writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { dispatch } from '../../electron/api/dispatch';
import { handlers } from '../../electron/api';
import type { HandlerContext } from '../../electron/api/context';
import { openDatabase } from '../../db/open';

const [file = '', firstArg = '0'] = process.argv.slice(2);
const ctx: HandlerContext = { db: openDatabase(file), actor: 'crash-writer', now: () => new Date(), dataDir: dirname(file) };

/** A person whose name carries the sequence number; the long biography spans several pages, so kills land inside transactions. */
const person = (seq: number) => ({
  name: { az: null, ru: null, en: `Crash ${seq}` },
  rank: { az: null, ru: null, en: null },
  position: { az: null, ru: null, en: null },
  bio: { az: null, ru: null, en: 'ə'.repeat(500 + (seq % 7) * 250) },
  organizationId: null,
  languages: ['az'],
  interpreterNeeded: false,
  dietaryNotes: { az: null, ru: null, en: null },
  protocolNotes: null,
  contact: null,
  precedence: 1 + (seq % 9000),
});

async function main(): Promise<void> {
  for (let seq = Number(firstArg); ; seq++) {
    const result = await dispatch(handlers, ctx, 'people:save', person(seq));
    if (!result.ok) throw new Error(`save ${seq} failed: ${JSON.stringify(result.error)}`);
    // Synchronous, so the line is out before the next transaction starts.
    writeSync(1, `${seq}\n`);
  }
}

void main();

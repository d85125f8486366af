// One of the two processes of the two-writer test. It opens the database, prints "ready", waits for
// a line on stdin, then for a fixed time saves through the app's own dispatch() and handlers, as
// fast as it can, a mix of the saves officers make (a new person, an edit of one person both
// processes keep changing, a setting), and prints one JSON line: how many saves and how each ended.
import { once } from 'node:events';
import { writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { dispatch } from '../../electron/api/dispatch';
import { handlers } from '../../electron/api';
import type { HandlerContext } from '../../electron/api/context';
import { openDatabase } from '../../db/open';

const [file = '', name = 'writer', durationArg = '10000', sharedIdArg = '1'] = process.argv.slice(2);
const ctx: HandlerContext = { db: openDatabase(file), actor: name, now: () => new Date(), dataDir: dirname(file) };
const sharedId = Number(sharedIdArg);

const person = (seq: number) => ({
  name: { az: null, ru: null, en: `${name} ${seq}` },
  rank: { az: null, ru: null, en: null },
  position: { az: null, ru: null, en: `Counsellor ${seq}` },
  bio: { az: null, ru: null, en: null },
  organizationId: null,
  languages: ['en'],
  interpreterNeeded: false,
  dietaryNotes: { az: null, ru: null, en: null },
  protocolNotes: null,
  contact: null,
  precedence: 1 + (seq % 9000),
});

/** The saves in turn: an edit read-then-written under the other writer's feet is the case that used to fail. */
const SAVES: [string, (seq: number) => unknown][] = [
  ['people:save', (seq) => person(seq)],
  ['people:save', (seq) => ({ ...person(seq), id: sharedId, name: { az: null, ru: null, en: 'Shared Person' } })],
  ['settings:save', (seq) => ({ defaultTravelMinutes: seq % 240 })],
];
const internalCodes = new Set<string>();
const noteInternal = (error: unknown) => internalCodes.add(String((error as { code?: unknown }).code ?? error));

async function main(): Promise<void> {
  const tally = { writes: 0, ok: 0, busy: 0, internal: 0, other: 0, otherKeys: [] as string[], internalCodes: [] as string[] };
  // Both writers begin at the same moment, whatever their start-up took.
  writeSync(1, 'ready\n');
  await once(process.stdin.setEncoding('utf8'), 'data');
  process.stdin.pause();
  const end = Date.now() + Number(durationArg);
  for (let seq = 0; Date.now() < end; seq++) {
    const [channel, input] = SAVES[seq % SAVES.length]!;
    const result = await dispatch(handlers, ctx, channel, input(seq), noteInternal);
    tally.writes++;
    if (result.ok) tally.ok++;
    else if (result.error.messageKey === 'conflict.busy') tally.busy++;
    else if (result.error.code === 'internal') tally.internal++;
    else {
      tally.other++;
      if (tally.otherKeys.length < 5) tally.otherKeys.push(result.error.messageKey);
    }
  }
  ctx.db.close();
  tally.internalCodes = [...internalCodes];
  writeSync(1, `${JSON.stringify(tally)}\n`);
}

void main();

// The writer the crash test kills. Plain JavaScript, so it starts in a blink and the test can kill
// it many times; it opens the database with the app's own connection pragmas (passed in by the
// test from db/open.ts) and writes, one transaction at a time, a row with its audit entry (into
// tables whose triggers need none of the app's SQL functions). It prints each sequence number
// only after its transaction has committed.
import { randomUUID } from 'node:crypto';
import { writeSync } from 'node:fs';
import Database from 'better-sqlite3';

const [file, firstArg, pragmas] = process.argv.slice(2);
const db = new Database(file);
for (const pragma of JSON.parse(pragmas)) db.pragma(pragma);

const insertSetting = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
const insertAudit = db.prepare(
  `INSERT INTO audit_log (uuid, at, actor, action, entity, entity_uuid) VALUES (?, ?, 'crash-writer', 'update', 'settings', NULL)`,
);
const save = db.transaction((seq) => {
  const at = new Date().toISOString();
  // A long value makes each transaction span more than one page, so kills land inside them.
  insertSetting.run(`crash-seq:${seq}`, JSON.stringify('x'.repeat(1000 + (seq % 7) * 700)));
  insertAudit.run(randomUUID(), at);
});

for (let seq = Number(firstArg); ; seq++) {
  save(seq);
  // Synchronous, so the line is out before the next transaction starts.
  writeSync(1, `${seq}\n`);
}

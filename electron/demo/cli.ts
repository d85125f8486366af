// `npm run demo -- --db FILE`: writes the demo office into a database file (created if missing).
import { userInfo } from 'node:os';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase, type Db } from '../../db/open';
import { loadDemoOffice } from './load';

const USAGE = 'Usage: npm run demo -- --db FILE';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function databaseFileFromArguments(): string {
  try {
    const { values } = parseArgs({ options: { db: { type: 'string' } }, strict: true });
    if (values.db) return values.db;
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  return fail(`Missing --db: which database file should the demo office go into?\n${USAGE}`);
}

function open(file: string): Db {
  try {
    return openDatabase(file);
  } catch (error) {
    return fail(`Cannot open the database file ${file}: ${(error as Error).message}`);
  }
}

const file = databaseFileFromArguments();
const db = open(file);
try {
  const { created } = loadDemoOffice({ db, actor: userInfo().username, now: () => new Date(), dataDir: dirname(resolve(file)) });
  console.log(created > 0 ? `Demo office loaded into ${file}: ${created} records added` : `Demo office already present in ${file}`);
} finally {
  db.close();
}

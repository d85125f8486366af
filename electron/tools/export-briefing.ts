// `npm run export-briefing -- --db FILE --visit ID|UUID --lang ru --marking dsp --out FILE.pdf`:
// renders a visit's briefing pack through the same print route and handler as the app, in
// headless Chromium, for batch printing and tests. The export is written to the audit log.
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findVisitId } from '../../db/briefing.repo';
import { openDatabase } from '../../db/open';
import { exportPdf } from '../api/briefing';
import { LANGUAGES, MARKINGS, PACK_SECTIONS, PrintJob, PROGRAMME_KINDS } from '../../domain/contract';
import { PAPER_SIZES } from '../../domain/print-options';
import { openHeadlessOffice } from './headless-office';

const USAGE = `Usage: npm run export-briefing -- --db FILE --visit ID|UUID --lang ${LANGUAGES.join('|')} --out FILE.pdf
  [--marking ${MARKINGS.join('|')}] [--text "custom marking"] [--paper ${PAPER_SIZES.join('|')}]
  [--programme ${PROGRAMME_KINDS.join('|')}] [--sections ${PACK_SECTIONS.join(',')}]`;

class UsageError extends Error {}

const oneOf = (name: string, value: string, allowed: readonly string[]) => {
  if (!allowed.includes(value)) throw new UsageError(`Unknown ${name} "${value}": use ${allowed.join(', ')}.`);
  return value;
};

function readArguments() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        db: { type: 'string' },
        visit: { type: 'string' },
        lang: { type: 'string' },
        marking: { type: 'string', default: 'none' },
        text: { type: 'string', default: '' },
        paper: { type: 'string', default: 'A4' },
        programme: { type: 'string', default: 'guest' },
        sections: { type: 'string', default: PACK_SECTIONS.join(',') },
        out: { type: 'string' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const required = (name: 'db' | 'visit' | 'lang' | 'out') => {
    const value = values[name];
    if (!value) throw new UsageError(`Missing --${name}.`);
    return value;
  };
  const sections = values.sections.split(',').filter(Boolean);
  sections.forEach((section) => oneOf('section', section, PACK_SECTIONS));
  if (values.marking === 'custom' && values.text.trim() === '') throw new UsageError('--marking custom needs --text "the marking".');
  return {
    db: resolve(required('db')),
    visit: required('visit'),
    lang: oneOf('language', required('lang'), LANGUAGES),
    out: resolve(required('out')),
    marking: oneOf('marking', values.marking, MARKINGS),
    text: values.text,
    paper: oneOf('paper size', values.paper, PAPER_SIZES),
    programme: oneOf('programme', values.programme, PROGRAMME_KINDS),
    sections,
  };
}

/** Refuses an output path that can't be written before Chromium is started. */
function checkWritable(out: string): void {
  const folder = dirname(out);
  try {
    if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new Error('the folder does not exist');
    if (existsSync(out) && statSync(out).isDirectory()) throw new Error('it is a folder');
    accessSync(existsSync(out) ? out : folder, constants.W_OK);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new UsageError(`Cannot write the PDF to ${out}: ${reason}.`);
  }
}

function resolveVisit(dbFile: string, visit: string): number {
  if (!existsSync(dbFile)) throw new UsageError(`No database file at ${dbFile}.`);
  const db = openDatabase(dbFile);
  try {
    const id = findVisitId(db, visit);
    if (id === undefined) throw new UsageError(`No visit with id or UUID "${visit}" in ${dbFile}.`);
    return id;
  } finally {
    db.close();
  }
}

async function main(): Promise<void> {
  const args = readArguments();
  checkWritable(args.out);
  const visitId = resolveVisit(args.db, args.visit);
  const job = PrintJob.parse({
    document: 'pack',
    visitId,
    lang: args.lang,
    marking: args.marking,
    markingText: args.text,
    paper: args.paper,
    programme: args.programme,
    sections: args.sections,
  });
  const office = await openHeadlessOffice(args.db, () => args.out);
  try {
    const result = await exportPdf(office.ctx, job);
    console.log(`Briefing pack written to ${result.path}`);
  } finally {
    await office.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof UsageError ? `${error.message}\n${USAGE}` : `Export failed: ${(error as Error).message}`);
  process.exit(1);
});

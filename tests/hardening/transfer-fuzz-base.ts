// What the fuzz starts from: the Uzbek visit of the demo office with a signed scan attached, as
// another office exports it (records only, to be changed and sealed again).
import { VISIT } from '../../electron/demo/keys';
import { call, openTestOffice } from '../api/test-context';
import { recordsOf } from './bundle-maker';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

export async function fuzzBase() {
  const source = openTestOffice();
  await call(source, 'demo:load', {});
  const visitId = (source.db.prepare('SELECT id FROM visits WHERE uuid = ?').get(VISIT.uzbekistan2025) as { id: number }).id;
  await call(source, 'documents:add', { owner: { visitId }, fileName: 'note.pdf', mediaType: 'application/pdf', kind: 'signed_scan', language: 'ru', contentBase64: PDF.toString('base64') });
  return recordsOf((await call(source, 'transfer:export', { visitIds: [visitId], agreementIds: [] })).content);
}

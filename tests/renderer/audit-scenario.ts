// A working week of the office run through the real handlers, so the audit log holds an entry of
// every shape the app writes: every `recordAudit(` in electron/api and the demo loader. The
// entries come back as `audit:list` gives them to the audit screen.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AuditEntry, Conflict } from '../../domain/contract';
import type { HandlerContext } from '../../electron/api/context';
import type { Printer } from '../../electron/api/printer';
import { automaticBackup } from '../../electron/api/backup';
import { startOffice } from '../../electron/api/recovery';
import { alleyOfHonours, bilateralMeeting, heydarov, jointActionPlan, kurenkov, russianCsvLabels, uzbekOffice, uzMes, wreathLaying } from '../api/office';
import { call, openTestOffice, refused } from '../api/test-context';

/** Saves every export in the office's data folder and prints without a dialog. */
function folderPrinter(dir: string): Printer {
  let exports = 0;
  return {
    toPdf: async () => new TextEncoder().encode('%PDF-1.7 scenario'),
    print: async () => true,
    chooseSavePath: async (name) => join(dir, `${++exports}-${name}`),
  };
}

async function allEntries(ctx: HandlerContext): Promise<AuditEntry[]> {
  return (await call(ctx, 'audit:list', { limit: 500 })).rows;
}

/** A visit planned end to end: delegation, programme (with an acknowledged warning), attendance, checklist, briefing pack. */
async function planVisit(ctx: HandlerContext) {
  const { partner, host, guest, visit } = await uzbekOffice(ctx);
  const head = await call(ctx, 'visitMembers:save', { visitId: visit.id, personId: guest.id, side: 'guest', role: 'head' });
  await call(ctx, 'visitMembers:save', { visitId: visit.id, personId: host.id, side: 'host', role: 'head' });
  const deputy = await call(ctx, 'people:save', kurenkov(partner.id));
  const member = await call(ctx, 'visitMembers:save', { visitId: visit.id, personId: deputy.id, side: 'guest', role: 'member' });
  await call(ctx, 'visitMembers:reorder', { visitId: visit.id, side: 'guest', memberIds: [member.id, head.id] });
  await call(ctx, 'visitMembers:save', { id: member.id, visitId: visit.id, personId: deputy.id, side: 'guest', role: 'deputy' });
  await call(ctx, 'visitMembers:delete', { id: member.id });
  await call(ctx, 'visits:setStatus', { id: visit.id, status: 'planned' });

  const alley = await call(ctx, 'venues:save', alleyOfHonours());
  const meeting = await call(ctx, 'events:save', bilateralMeeting(visit.id, [host.id, guest.id]));
  await call(ctx, 'events:save', { ...bilateralMeeting(visit.id, [host.id, guest.id]), id: meeting.id, endsAt: '2025-12-03T08:30:00Z' });
  const overlapping = { ...wreathLaying(visit.id, alley.id, [host.id, guest.id]), startsAt: '2025-12-03T07:30:00Z', endsAt: '2025-12-03T08:15:00Z' };
  const warnings = ((await refused(ctx, 'events:save', overlapping)).details as { conflicts: Conflict[] }).conflicts;
  const wreath = await call(ctx, 'events:save', { ...overlapping, acknowledgedConflicts: warnings.map((warning) => warning.key) });
  await call(ctx, 'events:setAttendance', { eventId: meeting.id, personId: guest.id, attendance: 'attended' });
  const { trashId } = await call(ctx, 'events:delete', { id: wreath.id });
  await call(ctx, 'trash:restore', { id: trashId ?? 0 });

  const { tasks } = await call(ctx, 'tasks:list', { visitId: visit.id });
  const [hotel] = tasks;
  if (hotel) {
    const { id, visitId, kind, title, ownerPersonId, dueOffsetDays, notes } = hotel;
    await call(ctx, 'tasks:save', { id, visitId, kind, title, ownerPersonId, dueOffsetDays, notes, status: 'done' });
    await call(ctx, 'tasks:delete', { id });
  }

  await call(ctx, 'briefing:saveTalkingPoints', { visitId: visit.id, lang: 'ru', text: '## Сотрудничество' });
  await call(ctx, 'briefing:exportPdf', { document: 'pack', visitId: visit.id, lang: 'ru', marking: 'dsp', programme: 'runsheet' });
  await call(ctx, 'briefing:print', { document: 'list', visitId: visit.id, lang: 'az', kind: 'cars', columns: ['time'], marking: 'custom', markingText: 'Yalnız nümayəndə heyəti üçün' });
  await call(ctx, 'briefing:print', { document: 'badges', visitId: visit.id, lang: 'en', side: 'both' });
  await call(ctx, 'briefing:exportCsv', { visitId: visit.id, kind: 'rooming', lang: 'en', columns: ['name'], header: ['Name'], rows: [['Botir Kudratkhodjaev']] });
  return { partner, visit, alley };
}

/** The register: an agreement with an activity and a signed scan, a saved filter, the CSV, and the agreement deleted. */
async function keepRegister(ctx: HandlerContext, partnerId: number) {
  const plan = await call(ctx, 'agreements:save', jointActionPlan([partnerId]));
  await call(ctx, 'agreements:save', { ...jointActionPlan([partnerId]), id: plan.id, validTo: '2028-12-31', notes: 'Renewed by exchange of notes' });
  const activityInput = { agreementId: plan.id, kind: 'joint_exercise' as const, title: { az: null, ru: 'Совместные учения', en: null }, responsibleOurs: null, responsiblePartner: null, dueFrom: null, dueTo: '2026-06-30', status: 'planned' as const };
  const exercise = await call(ctx, 'activities:save', activityInput);
  await call(ctx, 'activities:save', { ...activityInput, id: exercise.id, status: 'done' });
  await call(ctx, 'activities:delete', { id: exercise.id });
  const scan = await call(ctx, 'documents:add', {
    owner: { agreementId: plan.id }, fileName: 'plan-signed.pdf', mediaType: 'application/pdf', kind: 'signed_scan', language: 'ru',
    contentBase64: Buffer.from('%PDF-1.7 signed').toString('base64'),
  });
  await call(ctx, 'documents:read', { id: scan.id, purpose: 'export' });
  await call(ctx, 'documents:trash', { id: scan.id });
  await call(ctx, 'documents:restore', { id: scan.id });
  const filter = await call(ctx, 'registerFilters:save', { name: 'Expiring', view: { filter: { expiry: 'expiring' } } });
  await call(ctx, 'registerFilters:save', { name: 'Expiring', view: { filter: {} } });
  await call(ctx, 'registerFilters:delete', { id: filter.id });
  await call(ctx, 'agreements:exportCsv', { filter: {}, lang: 'ru', labels: russianCsvLabels() });
  await call(ctx, 'agreements:delete', { id: plan.id });
}

/** The directory: records changed, deleted for good, and a person deleted and restored. */
async function keepDirectory(ctx: HandlerContext, alleyId: number) {
  const ministry = await call(ctx, 'organizations:save', { ...uzMes(), country: 'KZ' });
  await call(ctx, 'organizations:save', { ...uzMes(), country: 'KZ', id: ministry.id, notes: { az: null, ru: null, en: 'Partner since 1995' } });
  await call(ctx, 'organizations:delete', { id: ministry.id });
  const person = await call(ctx, 'people:save', heydarov(null));
  await call(ctx, 'people:save', { ...heydarov(null), id: person.id, position: { az: null, ru: 'Министр', en: 'Minister' }, precedence: 2 });
  const { trashId } = await call(ctx, 'people:delete', { id: person.id });
  await call(ctx, 'trash:restore', { id: trashId ?? 0 });
  const square = await call(ctx, 'venues:save', { ...alleyOfHonours(), name: { az: 'Dövlət Bayrağı Meydanı', ru: 'Площадь Государственного флага', en: 'State Flag Square' } });
  await call(ctx, 'venues:save', { ...alleyOfHonours(), id: square.id, name: { az: 'Dövlət Bayrağı Meydanı', ru: 'Площадь Государственного флага', en: 'State Flag Square' }, city: { az: 'Bakı', ru: 'Баку', en: 'Baku' } });
  await call(ctx, 'travelTimes:save', { fromVenueId: alleyId, toVenueId: square.id, minutes: 20 });
  await call(ctx, 'travelTimes:save', { fromVenueId: alleyId, toVenueId: square.id, minutes: 25 });
  await call(ctx, 'travelTimes:delete', { fromVenueId: alleyId, toVenueId: square.id });
  await call(ctx, 'travelTimes:save', { fromVenueId: alleyId, toVenueId: square.id, minutes: 30 });
  // The venue goes, with its travel time: the entries above then name a venue since deleted.
  await call(ctx, 'venues:delete', { id: square.id });
}

/** The system: settings, backups made and restored, bundles exchanged with a second PC, and an office started empty. */
async function keepSystem(ctx: HandlerContext, visitId: number): Promise<AuditEntry[]> {
  await call(ctx, 'settings:save', { language: 'ru', expiryHorizonDays: 90, csvDelimiter: ',' });
  await call(ctx, 'backup:saveSettings', { keep: 5 });
  await automaticBackup(ctx, 'start');
  const backup = await call(ctx, 'backup:create', {});
  const bundle = await call(ctx, 'transfer:export', { visitIds: [visitId], agreementIds: [] });
  const identity = await call(ctx, 'transfer:identity', {});
  const beforeRestore = await allEntries(ctx);
  await call(ctx, 'backup:restore', { name: backup.name });

  const otherPc = openTestOffice();
  await call(otherPc, 'transfer:import', { content: bundle.content, choices: {}, unknownSigner: 'importOnce' });
  await call(otherPc, 'transfer:import', { content: bundle.content, choices: {}, unknownSigner: 'trust' });
  const [signer] = await call(otherPc, 'transfer:signers', {});
  await call(otherPc, 'transfer:forgetSigner', { id: signer?.id ?? 0 });
  await call(otherPc, 'transfer:trustKeyFile', { content: identity.keyFile.content });

  const dir = mkdtempSync(join(tmpdir(), 'protocol-desk-damaged-'));
  writeFileSync(join(dir, 'desk.sqlite'), 'no longer a database');
  const damaged = await startOffice({ file: join(dir, 'desk.sqlite'), dataDir: dir, actor: ctx.actor, now: ctx.now });
  await call(damaged, 'recovery:startEmpty', {});
  const started = await allEntries(damaged);
  damaged.db.close();
  rmSync(dir, { recursive: true, force: true });
  return [...beforeRestore, ...(await allEntries(ctx)), ...(await allEntries(otherPc)), ...started];
}

/** Every entry the scenario leaves, across the offices it ran in. */
export async function auditEntriesOfAWorkingWeek(): Promise<AuditEntry[]> {
  const ctx = openTestOffice();
  ctx.printer = folderPrinter(ctx.dataDir);
  await call(ctx, 'demo:load', {});
  const { partner, visit, alley } = await planVisit(ctx);
  await keepRegister(ctx, partner.id);
  await keepDirectory(ctx, alley.id);
  return keepSystem(ctx, visit.id);
}

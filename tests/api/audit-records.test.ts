// The audit log names the record each entry is about, in every language the record has: the
// person renamed and then deleted, the document of an agreement, and nothing for settings.
import { describe, expect, it } from 'vitest';
import { auditMention, type AuditEntry, type Language } from '../../domain/contract';
import { pickText } from '../../renderer/src/i18n/pick-text';
import { bilateralMeeting, heydarov, jointActionPlan, uzbekOffice, uzMes } from './office';
import { call, openTestOffice } from './test-context';

const named = (entries: AuditEntry[], lang: Language) => entries.map((entry) => pickText(entry.record, lang));

describe('the audit log names what each entry is about', () => {
  it('names a person in each language, by their latest name, also once they are in the trash', async () => {
    const ctx = openTestOffice();
    const person = await call(ctx, 'people:save', heydarov(null));
    // The renamed spelling has no Azerbaijani form: Azerbaijani readers see the Russian one.
    const renamed = { az: null, ru: 'Кямаледдин Гейдар оглы Гейдаров', en: 'Kamaladdin Heydar oglu Heydarov' };
    await call(ctx, 'people:save', { ...heydarov(null), id: person.id, name: renamed });

    const beforeDeletion = (await call(ctx, 'audit:list', { entityUuid: person.uuid })).rows;
    expect(beforeDeletion.map((entry) => entry.action)).toEqual(['update', 'create']);
    expect(named(beforeDeletion, 'en')).toEqual([renamed.en, renamed.en]);
    expect(named(beforeDeletion, 'ru')).toEqual([renamed.ru, renamed.ru]);
    expect(named(beforeDeletion, 'az')).toEqual([renamed.ru, renamed.ru]);

    await call(ctx, 'people:delete', { id: person.id });
    const afterDeletion = (await call(ctx, 'audit:list', { entityUuid: person.uuid })).rows;
    expect(afterDeletion.map((entry) => entry.action)).toEqual(['delete', 'update', 'create']);
    for (const entry of afterDeletion) expect(entry.record).toEqual(renamed);
    expect(named(afterDeletion, 'az')).toEqual([renamed.ru, renamed.ru, renamed.ru]);
  });

  it('names an agreement’s document by its file name when a copy is saved, and after the agreement is deleted', async () => {
    const ctx = openTestOffice();
    const partner = await call(ctx, 'organizations:save', uzMes());
    const plan = await call(ctx, 'agreements:save', jointActionPlan([partner.id]));
    const scan = await call(ctx, 'documents:add', {
      owner: { agreementId: plan.id }, fileName: 'План 2026-2027, подписанный.pdf', mediaType: 'application/pdf', kind: 'signed_scan',
      language: 'ru', contentBase64: Buffer.from('%PDF-1.7 signed').toString('base64'),
    });
    await call(ctx, 'documents:read', { id: scan.id, purpose: 'export' });
    const documentEntries = async () => (await call(ctx, 'audit:list', { entity: 'document' })).rows;
    expect((await documentEntries()).map((entry) => [entry.action, entry.record])).toEqual([
      ['export', { az: scan.fileName, ru: scan.fileName, en: scan.fileName }],
      ['create', { az: scan.fileName, ru: scan.fileName, en: scan.fileName }],
    ]);

    // Deleting the agreement takes the document row with it; the entries keep the name they logged.
    await call(ctx, 'agreements:delete', { id: plan.id });
    expect(named(await documentEntries(), 'en')).toEqual([scan.fileName, scan.fileName]);
    const [deletion] = (await call(ctx, 'audit:list', { action: 'delete' })).rows;
    expect(deletion?.record).toEqual(jointActionPlan([]).title);
  });

  it('names nothing for settings, and the backup’s file for a backup', async () => {
    const ctx = openTestOffice();
    await call(ctx, 'settings:save', { expiryHorizonDays: 90 });
    const backup = await call(ctx, 'backup:create', {});
    const [backupEntry, settingsEntry] = (await call(ctx, 'audit:list', {})).rows;
    expect(settingsEntry).toMatchObject({ entity: 'settings', record: null, mentions: {} });
    expect(backupEntry).toMatchObject({ entity: 'database', record: { en: backup.name } });
  });

  it('names the event of an attendance, and the person it is about among its mentions', async () => {
    const ctx = openTestOffice();
    const { guest, visit } = await uzbekOffice(ctx);
    await call(ctx, 'visitMembers:save', { visitId: visit.id, personId: guest.id, side: 'guest', role: 'head' });
    const meeting = await call(ctx, 'events:save', bilateralMeeting(visit.id, [guest.id]));
    await call(ctx, 'events:setAttendance', { eventId: meeting.id, personId: guest.id, attendance: 'attended' });
    const [attendance] = (await call(ctx, 'audit:list', { entityUuid: meeting.uuid })).rows;
    expect(attendance).toMatchObject({ details: { attendance: { personId: guest.id } }, record: meeting.title });
    expect(attendance?.mentions).toEqual({ [auditMention('person', guest.id)]: guest.name });
  });
});

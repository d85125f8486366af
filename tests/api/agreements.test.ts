import { describe, expect, it } from 'vitest';
import { emercom, jointActionPlan, uzbekOffice } from './office';
import { call, openTestOffice, refused, rowCounts, snapshot } from './test-context';

describe('agreements', () => {
  it('the two ministers sign the 2026-2027 Joint Action Plan during the Uzbek visit', async () => {
    const ctx = openTestOffice();
    const { ours, partner, host, guest, visit } = await uzbekOffice(ctx);
    const plan = await call(ctx, 'agreements:save', {
      ...jointActionPlan([partner.id, ours.id], [
        { personId: host.id, organizationId: ours.id, signedOn: '2025-12-03' },
        { personId: guest.id, organizationId: partner.id, signedOn: '2025-12-03' },
      ]),
      signedAtVisitId: visit.id,
    });
    expect(plan.parties.map((p) => p.country)).toEqual(['AZ', 'UZ']);
    // Two ministers of equal precedence: the guest signatory is listed first.
    expect(plan.signatories.map((s) => s.name.en)).toEqual(['Botir Kudratkhodjaev', 'Kamaladdin Heydarov']);
    expect(await call(ctx, 'agreements:get', { id: plan.id })).toEqual(plan);

    expect((await call(ctx, 'agreements:list', { partnerOrganizationId: partner.id })).rows.map((a) => a.id)).toEqual([plan.id]);
    expect((await call(ctx, 'agreements:list', { search: 'план совместных' })).total).toBe(1);
    expect((await call(ctx, 'agreements:list', { search: 'uzbekistan' })).total).toBe(1);
    expect((await call(ctx, 'agreements:list', { status: 'in_force' })).total).toBe(0);
  });

  it('sorts the expiring plan first by validity, and filters by partner', async () => {
    const ctx = openTestOffice();
    const { ours, partner } = await uzbekOffice(ctx);
    const russia = await call(ctx, 'organizations:save', emercom());
    const uzbekPlan = await call(ctx, 'agreements:save', jointActionPlan([ours.id, partner.id]));
    const russianPlan = await call(ctx, 'agreements:save', {
      ...jointActionPlan([ours.id, russia.id]),
      title: { az: null, ru: 'План совместных действий на 2024-2026 годы', en: 'Joint Action Plan for 2024-2026' },
      validFrom: '2024-01-01',
      validTo: '2026-12-31',
      status: 'in_force',
    });
    const byValidity = await call(ctx, 'agreements:list', { sort: { column: 'validTo', direction: 'asc' } });
    expect(byValidity.rows.map((a) => a.id)).toEqual([russianPlan.id, uzbekPlan.id]);
    expect((await call(ctx, 'agreements:list', { partnerOrganizationId: russia.id })).rows.map((a) => a.id)).toEqual([russianPlan.id]);
    const byTitleInRussian = await call(ctx, 'agreements:list', { sort: { column: 'title', direction: 'desc' }, lang: 'ru', limit: 1 });
    expect(byTitleInRussian).toMatchObject({ total: 2, rows: [{ id: uzbekPlan.id }] });
  });

  it('a signed plan comes into force, but cannot go back to draft', async () => {
    const ctx = openTestOffice();
    const { ours, partner } = await uzbekOffice(ctx);
    const plan = await call(ctx, 'agreements:save', jointActionPlan([ours.id, partner.id]));
    const inForce = await call(ctx, 'agreements:save', { ...jointActionPlan([ours.id, partner.id]), id: plan.id, status: 'in_force' });
    expect(inForce.status).toBe('in_force');
    expect(inForce.parties.map((p) => p.organizationId).sort()).toEqual([ours.id, partner.id].sort());

    const before = snapshot(ctx);
    expect(await refused(ctx, 'agreements:save', { ...jointActionPlan([ours.id, partner.id]), id: plan.id, status: 'draft' })).toMatchObject({
      code: 'conflict',
      messageKey: 'conflict.agreementStatusTransition',
      params: { from: 'in_force', to: 'draft' },
    });
    expect(snapshot(ctx)).toEqual(before);
  });

  it('changing the parties keeps the rows of those who stay', async () => {
    const ctx = openTestOffice();
    const { ours, partner, host } = await uzbekOffice(ctx);
    const russia = await call(ctx, 'organizations:save', emercom());
    const plan = await call(ctx, 'agreements:save', jointActionPlan([ours.id, partner.id], [{ personId: host.id, organizationId: ours.id, signedOn: null }]));
    const partyUuid = () => ctx.db.prepare('SELECT uuid FROM agreement_parties WHERE organization_id = ?').pluck().get(ours.id);
    const kept = partyUuid();
    const updated = await call(ctx, 'agreements:save', {
      ...jointActionPlan([ours.id, russia.id], [{ personId: host.id, organizationId: ours.id, signedOn: '2025-12-03' }]),
      id: plan.id,
    });
    expect(updated.parties.map((p) => p.country)).toEqual(['AZ', 'RU']);
    expect(updated.signatories[0]?.signedOn).toBe('2025-12-03');
    expect(partyUuid()).toBe(kept);
  });

  it('refuses a signatory for an organisation that is not a party, unknown parties, and no party at all', async () => {
    const ctx = openTestOffice();
    const { ours, partner, guest } = await uzbekOffice(ctx);
    const before = snapshot(ctx);
    expect(
      await refused(ctx, 'agreements:save', jointActionPlan([ours.id], [{ personId: guest.id, organizationId: partner.id, signedOn: null }])),
    ).toMatchObject({ issues: [{ path: ['signatories'], messageKey: 'validation.signatoryNotParty' }] });
    expect(await refused(ctx, 'agreements:save', jointActionPlan([ours.id, 404]))).toMatchObject({
      messageKey: 'validation.unknownReference',
      issues: [{ path: ['partyIds', 1] }],
    });
    expect(await refused(ctx, 'agreements:save', jointActionPlan([]))).toMatchObject({
      issues: [{ path: ['partyIds'], messageKey: 'validation.agreementNeedsParty' }],
    });
    expect(await refused(ctx, 'agreements:save', { ...jointActionPlan([ours.id]), validTo: '2025-01-01' })).toMatchObject({
      issues: [{ path: ['validTo'], messageKey: 'validation.endBeforeStart' }],
    });
    expect(snapshot(ctx)).toEqual(before);
  });

  it('deletes an agreement with its parties and signatories', async () => {
    const ctx = openTestOffice();
    const { ours, host } = await uzbekOffice(ctx);
    const plan = await call(ctx, 'agreements:save', jointActionPlan([ours.id], [{ personId: host.id, organizationId: ours.id, signedOn: null }]));
    await call(ctx, 'agreements:delete', { id: plan.id });
    expect(rowCounts(ctx)).toMatchObject({ agreements: 0, agreement_parties: 0, agreement_signatories: 0 });
    expect(await refused(ctx, 'agreements:get', { id: plan.id })).toMatchObject({ code: 'not_found' });
  });

  it('keeps a deleted agreement’s signed scan in the trash, and restores it with the same bytes', async () => {
    const ctx = openTestOffice();
    const { ours, host } = await uzbekOffice(ctx);
    const plan = await call(ctx, 'agreements:save', jointActionPlan([ours.id], [{ personId: host.id, organizationId: ours.id, signedOn: null }]));
    const bytes = Buffer.from('%PDF-1.7 signed original');
    const scan = await call(ctx, 'documents:add', {
      owner: { agreementId: plan.id }, fileName: 'План 2026-2027.pdf', mediaType: 'application/pdf', kind: 'signed_scan', language: 'ru',
      contentBase64: bytes.toString('base64'),
    });
    const before = snapshot(ctx);

    const deleted = await call(ctx, 'agreements:delete', { id: plan.id });
    expect(rowCounts(ctx)).toMatchObject({ agreements: 0, agreement_parties: 0, agreement_signatories: 0 });
    const [entry] = await call(ctx, 'trash:list', {});
    expect(entry).toMatchObject({ id: deleted.trashId, entity: 'agreement', sourceUuid: plan.uuid });

    await call(ctx, 'trash:restore', { id: deleted.trashId! });
    const restored = await call(ctx, 'documents:read', { id: scan.id, purpose: 'view' });
    expect(restored.document.uuid).toBe(scan.uuid);
    expect(Buffer.from(restored.contentBase64, 'base64')).toEqual(bytes);
    // Every row is back as it was; only the audit log and the trash remember the round trip.
    const records = (rows: Record<string, unknown[]>) => Object.entries(rows).filter(([table]) => !['audit_log', 'trash'].includes(table));
    expect(records(snapshot(ctx))).toEqual(records(before));
  });
});

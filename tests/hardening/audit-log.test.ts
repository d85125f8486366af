// The audit log screen's queries: filters by action, record type, user and days, paged in SQL;
// and the log itself refuses any change.
import { describe, expect, it } from 'vitest';
import { uzMes } from '../api/office';
import { call, openTestOffice, refused } from '../api/test-context';

describe('the audit log', () => {
  it('filters by action, record type, user and a range of days, and pages', async () => {
    const ctx = openTestOffice();
    const at = (day: string, actor: string) => {
      ctx.now = () => new Date(`${day}T12:00:00Z`);
      ctx.actor = actor;
    };
    at('2025-11-18', 'n.aliyeva');
    const ministry = await call(ctx, 'organizations:save', uzMes());
    at('2025-11-19', 'r.mammadov');
    await call(ctx, 'organizations:save', { ...uzMes(), id: ministry.id, notes: { az: null, ru: null, en: 'Partner since 1995' } });
    at('2025-11-20', 'r.mammadov');
    await call(ctx, 'backup:create', {});
    await call(ctx, 'settings:save', { language: 'ru' });

    expect((await call(ctx, 'audit:list', { actor: 'r.mammadov' })).total).toBe(3);
    expect((await call(ctx, 'audit:list', { from: '2025-11-19', to: '2025-11-19' })).rows.map((entry) => entry.action)).toEqual(['update']);
    expect((await call(ctx, 'audit:list', { from: '2025-11-19' })).total).toBe(3);
    expect((await call(ctx, 'audit:list', { to: '2025-11-18' })).rows.map((entry) => entry.entity)).toEqual(['organization']);
    expect((await call(ctx, 'audit:list', { action: 'backup', entity: 'database' })).total).toBe(1);
    const page = await call(ctx, 'audit:list', { limit: 2, offset: 2 });
    expect(page).toMatchObject({ total: 4 });
    expect(page.rows.map((entry) => entry.actor)).toEqual(['r.mammadov', 'n.aliyeva']);
    expect(await call(ctx, 'audit:facets', {})).toEqual({ actors: ['n.aliyeva', 'r.mammadov'], entities: ['database', 'organization', 'settings'] });
    expect(await refused(ctx, 'audit:list', { from: '19.11.2025' })).toMatchObject({ code: 'validation' });
  });

  it('cannot be changed: there is no channel for it, and the database refuses UPDATE and DELETE', async () => {
    const ctx = openTestOffice();
    await call(ctx, 'organizations:save', uzMes());
    expect(await refused(ctx, 'audit:delete', { id: 1 })).toMatchObject({ messageKey: 'validation.unknownChannel' });
    expect(() => ctx.db.prepare("UPDATE audit_log SET actor = 'someone'").run()).toThrow(/append-only/);
    expect(() => ctx.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });
});

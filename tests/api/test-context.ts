// A real temporary database and the app's real dispatch, as the shell uses them.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import { contract, type ApiErrorShape, type Channel, type ChannelInput, type ChannelOutput } from '../../domain/contract';
import type { HandlerContext } from '../../electron/api/context';
import { dispatch } from '../../electron/api/dispatch';
import { handlers } from '../../electron/api';
import { openDatabase } from '../../db/open';

export const ACTOR = 'n.aliyeva';
export const NOW = new Date('2025-11-20T09:30:00Z');

const opened: { ctx: HandlerContext; dir: string }[] = [];
afterEach(() => {
  for (const { ctx, dir } of opened.splice(0)) {
    ctx.db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * A fresh office database in a temporary file, with a fixed clock and officer. The data folder
 * sits inside a private temporary folder, so a test can watch everything around it too.
 */
export function openTestOffice(): HandlerContext {
  const dir = mkdtempSync(join(tmpdir(), 'protocol-desk-'));
  const dataDir = join(dir, 'office');
  mkdirSync(dataDir);
  const ctx: HandlerContext = { db: openDatabase(join(dataDir, 'desk.sqlite')), actor: ACTOR, now: () => NOW, dataDir };
  opened.push({ ctx, dir });
  return ctx;
}

/** Calls a channel as the renderer would; the answer must succeed and match the contract's output schema. */
export async function call<C extends Channel>(ctx: HandlerContext, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await dispatch(handlers, ctx, channel, input, (error) => {
    throw error;
  });
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  return contract[channel].output.parse(result.value) as ChannelOutput<C>;
}

/** Calls a channel that must fail, and returns the error the renderer would get. */
export async function refused(ctx: HandlerContext, channel: string, input: unknown): Promise<ApiErrorShape> {
  const result = await dispatch(handlers, ctx, channel, input);
  expect(result.ok, `${channel} should have been refused`).toBe(false);
  return (result as { ok: false; error: ApiErrorShape }).error;
}

export function countRows(ctx: HandlerContext, table: string): number {
  return (ctx.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

const WRITTEN_TABLES = ['organizations', 'people', 'venues', 'visits', 'visit_members', 'events', 'event_participants', 'tasks',
  'agreements', 'agreement_parties', 'agreement_signatories', 'audit_log', 'settings', 'trash'];

/** Every row of every table the handlers write, to show a refused call changed nothing: rows, not counts. */
export function snapshot(ctx: HandlerContext): Record<string, unknown[]> {
  return Object.fromEntries(WRITTEN_TABLES.map((table) => [table, ctx.db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()]));
}

/** Row counts of the same tables, for tests that say how many rows there are. */
export function rowCounts(ctx: HandlerContext): Record<string, number> {
  return Object.fromEntries(WRITTEN_TABLES.map((table) => [table, countRows(ctx, table)]));
}

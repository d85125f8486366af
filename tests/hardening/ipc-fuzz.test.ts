// Every channel of the contract, fed payloads drawn from its own input schema (most of them well
// formed, some with one field made hostile) and pure noise, sent as a page's ipcRenderer.invoke
// arrives: through the shell's own registration and sender check (electron/shell/ipc.ts) over a
// real database holding the demo office. The test counts what reached each handler.
import { inspect } from 'node:util';
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS, contract, ERROR_CODES, LIST_COLUMNS, type Channel, type ListKind } from '../../domain/contract';
import { handlers } from '../../electron/api';
import { registerChannels } from '../../electron/shell/ipc';
import { eventFromFrame } from '../shell/electron-stand-in';
import type { StandInIpcMain } from '../shell/electron-stand-in/ipc';
import { call, NOW, openTestOffice } from '../api/test-context';
import { arbitraryFor, type Hints } from './schema-arbitrary';
import { hostilePayload, mutated } from './hostile-values';
import { auditMismatches, uuidsByTable } from './audit-consistency';
import type { Db } from '../../db/open';

// `require('electron')` outside Electron starts a download of its binary, so the shell's one
// Electron module is the stand-in's ipcMain, which keeps Electron's rules for invoke (one handler
// per channel; arguments and replies copied by structured clone). electron-log/main requires
// electron too; here it records what the shell logs, which the test reads.
const logged = vi.hoisted(() => ({ warnings: [] as string[], errors: [] as string[] }));
vi.mock('electron', async () => {
  const { StandInIpcMain: IpcMain } = await import('../shell/electron-stand-in/ipc');
  return { ipcMain: new IpcMain() };
});
vi.mock('electron-log/main', () => ({
  default: {
    warn: (message: string) => logged.warnings.push(message),
    error: (message: string, error: unknown) => logged.errors.push(`${message}: ${error instanceof Error ? error.stack : String(error)}`),
  },
}));
const { ipcMain } = (await import('electron')) as unknown as { ipcMain: StandInIpcMain };

const RUNS_PER_CHANNEL = Number(process.env.FUZZ_RUNS ?? 1000);
/** Channels whose every call is slow or heavy: a worker thread each, or a copy of the database. */
const FEWER_RUNS: Partial<Record<Channel, number>> = { 'transfer:preview': 25, 'transfer:import': 25, 'backup:create': 15, 'backup:restore': 40, 'demo:load': 15 };
/** At least this share of each channel's payloads must get past validation to its handler. */
const MIN_REACHED_SHARE = 0.15;
const APP_FRAME = 'app://desk/index.html#/visits';
const HOSTILE_FRAMES = ['app://evil/index.html', 'file:///C:/Users/officer/index.html', 'https://desk/index.html', null];

/** The table a channel's own `id` names, by the channel's prefix. */
const TABLE_OF_CHANNEL: Record<string, string> = {
  organizations: 'organizations', people: 'people', venues: 'venues', visits: 'visits', visitMembers: 'visit_members',
  events: 'events', travelTimes: 'venue_travel_times', tasks: 'tasks', agreements: 'agreements',
  registerFilters: 'register_filters', activities: 'agreement_activities', documents: 'documents', trash: 'trash', transfer: 'trusted_signers',
};
/** The table other id fields name, by their key. */
const TABLE_OF_KEY: Record<string, string> = {
  visitId: 'visits', visitIds: 'visits', fromVisitId: 'visits', signedAtVisitId: 'visits',
  personId: 'people', ownerPersonId: 'people', responsibleOfficerId: 'people', participantIds: 'people', excludeId: 'people',
  organizationId: 'organizations', partnerOrganizationId: 'organizations', partyIds: 'organizations', parentId: 'organizations',
  agreementId: 'agreements', agreementIds: 'agreements', replacesAgreementId: 'agreements',
  eventId: 'events', sourceId: 'events', venueId: 'venues', fromVenueId: 'venues', toVenueId: 'venues', memberIds: 'visit_members',
};

/** Ids drawn from the rows the office holds now (most of them), so writes find what they name. */
function hintsFor(channel: Channel, db: Db): Hints {
  const idsOf = (table: string | undefined) => {
    const ids = table ? (db.prepare(`SELECT id FROM ${table}`).pluck().all() as number[]) : [];
    return ids.length > 0 ? fc.constantFrom(...ids) : fc.integer({ min: 1, max: 40 });
  };
  return {
    idFor: (key) => idsOf(key === 'id' || key === undefined ? TABLE_OF_CHANNEL[channel.slice(0, channel.indexOf(':'))] : TABLE_OF_KEY[key]),
    byKey: { timeZone: fc.constantFrom('Asia/Baku', 'Europe/Moscow', 'Asia/Tashkent', 'UTC') },
  };
}

/**
 * An event on the visit it names: the same times of day, moved onto the visit's first day and
 * kept under a day long. The conflict rules block any event outside its visit's days, so events
 * drawn over years would all be refused before they could be written.
 */
function onItsVisit(db: Db): (payload: unknown) => unknown {
  const firstDay = db.prepare('SELECT start_date FROM visits WHERE id = ?').pluck();
  return (payload) => {
    const fields = payload as { visitId?: unknown; startsAt?: unknown; endsAt?: unknown };
    if (typeof fields.startsAt !== 'string' || typeof fields.endsAt !== 'string') return payload;
    const day = firstDay.get(fields.visitId) as string | undefined;
    if (!day) return payload;
    const startsAt = `${day}${fields.startsAt.slice(10)}`;
    const minutes = 15 + (Date.parse(fields.endsAt) % 166);
    const endsAt = new Date(Date.parse(startsAt) + minutes * 60_000).toISOString().replace('.000Z', 'Z');
    return { ...fields, startsAt, endsAt };
  };
}

/** Pairs the input schemas refine to be in order (end after start): put in order in most payloads. */
const ORDERED_PAIRS = [['startsAt', 'endsAt'], ['startDate', 'endDate'], ['validFrom', 'validTo'], ['dueFrom', 'dueTo'], ['from', 'to']] as const;
/**
 * Meets the refinements a generator can't see, so writes get past them: pairs in order, and an
 * agreement's signatories signing for its own parties. Payloads left as drawn test the refusals.
 */
function meetRefinements(payload: unknown): unknown {
  if (typeof payload !== 'object' || payload === null) return payload;
  const fields = { ...(payload as Record<string, unknown>) };
  for (const [start, end] of ORDERED_PAIRS) {
    const [first, second] = [fields[start], fields[end]];
    if (typeof first === 'string' && typeof second === 'string' && second <= first) [fields[start], fields[end]] = [second, first];
  }
  const { partyIds, signatories } = fields as { partyIds?: number[]; signatories?: { organizationId: number }[] };
  if (Array.isArray(partyIds) && Array.isArray(signatories)) {
    fields.signatories = partyIds.length === 0 ? [] : signatories.map((signatory, at) => ({ ...signatory, organizationId: partyIds[at % partyIds.length] }));
  }
  // A working list's columns are its kind's own, one for each header cell and row cell.
  const { kind, columns, header, rows } = fields as { kind?: string; columns?: unknown[]; header?: unknown[]; rows?: unknown[][] };
  if (typeof kind === 'string' && kind in LIST_COLUMNS && Array.isArray(columns)) {
    const own: readonly string[] = LIST_COLUMNS[kind as ListKind];
    const width = Math.max(1, Math.min(columns.length, own.length, Array.isArray(header) ? header.length : own.length));
    fields.columns = own.slice(0, width);
    if (Array.isArray(header)) fields.header = header.slice(0, width);
    if (Array.isArray(rows)) fields.rows = rows.map((row) => (Array.isArray(row) ? Array.from({ length: width }, (_, at) => row[at] ?? '') : row));
  }
  return fields;
}

/**
 * What the demo office lacks and an office in use has: saved register views, agreement
 * activities, documents, and things in the trash. Made by the channels themselves, from payloads
 * drawn as the fuzz draws them, so each channel finds rows of every kind to work on.
 */
const LIVED_IN: [Channel, number][] = [
  ['registerFilters:save', 5], ['activities:save', 20], ['documents:add', 10], ['events:delete', 5], ['visitMembers:delete', 5],
];
async function liveIn(db: Db): Promise<void> {
  for (const [channel, times] of LIVED_IN) {
    const drawn = arbitraryFor(contract[channel].input, hintsFor(channel, db)).map(meetRefinements);
    for (const payload of fc.sample(drawn, { numRuns: times, seed: 1 })) await ipcMain.invoke(eventFromFrame(APP_FRAME), channel, [payload]);
  }
}

type Sent = { payload: unknown; frame: string | null };
function sendsFor(channel: Channel, db: Db): fc.Arbitrary<Sent> {
  const input = contract[channel].input;
  const drawn = arbitraryFor(input, hintsFor(channel, db));
  const onVisit = onItsVisit(db);
  const wellFormed = fc.oneof({ arbitrary: drawn.map((payload) => onVisit(meetRefinements(payload))), weight: 4 }, { arbitrary: drawn, weight: 1 });
  const shape = (input as { shape?: Record<string, unknown> }).shape;
  const payload = fc.oneof(
    { arbitrary: wellFormed, weight: 12 },
    { arbitrary: mutated(wellFormed), weight: 5 },
    { arbitrary: hostilePayload(shape ? Object.keys(shape) : []), weight: 3 },
  );
  const frame = fc.oneof({ arbitrary: fc.constant(APP_FRAME), weight: 19 }, { arbitrary: fc.constantFrom(...HOSTILE_FRAMES), weight: 1 });
  return fc.record({ payload, frame });
}

/**
 * fast-check's own report prints the whole counterexample, and a payload nested 5,000 deep
 * overflows its printer: the failure would read "Maximum call stack size exceeded".
 */
const reportBriefly = (channel: Channel) => (details: fc.RunDetails<[Sent]>) => {
  if (!details.failed) return;
  const shown = inspect(details.counterexample, { depth: 4, maxArrayLength: 10, maxStringLength: 200 });
  const error = details.errorInstance instanceof Error ? details.errorInstance.stack?.split('\n').slice(0, 8).join('\n') : 'the property returned false';
  throw new Error(`${channel} failed after ${details.numRuns} payloads (seed ${details.seed}, path ${details.counterexamplePath}): ${error}\n${shown}`);
};

interface Tally {
  sent: number;
  reached: number;
  answered: number;
  refusedBeforeHandler: number;
  refusedByHandler: number;
  notCloneable: number;
  /** Why the handler refused, by message key: the printout shows the commonest. */
  handlerRefusals: Map<string, number>;
}

const tallies = new Map<Channel, Tally>();
afterAll(() => {
  console.info('IPC fuzz, per channel: sent / reached the handler / answered / refused by validation or the sender check / refused by the handler / not cloneable');
  for (const [channel, t] of tallies) {
    const commonest = [...t.handlerRefusals].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([key, n]) => `${key} ×${n}`);
    console.info(`  ${channel}: ${t.sent} / ${t.reached} / ${t.answered} / ${t.refusedBeforeHandler} / ${t.refusedByHandler} / ${t.notCloneable}  ${commonest.join(', ')}`);
  }
});

describe('every channel, fed payloads from its own schema and noise, through the shell’s registration', () => {
  it('reaches each handler, answers with a valid result or a typed refusal, and leaves a whole database', { timeout: 900_000 }, async () => {
    // The shell registers once, over one context; each channel gets a fresh demo office in it (as
    // a restore swaps the database under the same context), so no channel's deletes starve the next.
    const ctx = openTestOffice();
    registerChannels(ctx);
    const spies = new Map(CHANNELS.map((channel) => [channel, vi.spyOn(handlers, channel)]));
    // One tick of the clock per call, so a row's updated_at names the call that wrote it.
    let clock = Date.parse('2026-01-01T00:00:00Z');
    const lastAuditId = () => ctx.db.prepare('SELECT coalesce(max(id), 0) FROM audit_log').pluck().get();

    for (const channel of CHANNELS) {
      const tally: Tally = { sent: 0, reached: 0, answered: 0, refusedBeforeHandler: 0, refusedByHandler: 0, notCloneable: 0, handlerRefusals: new Map() };
      tallies.set(channel, tally);
      const spy = spies.get(channel)!;
      const office = openTestOffice();
      Object.assign(ctx, { db: office.db, dataDir: office.dataDir, now: () => NOW });
      await call(ctx, 'demo:load', {});
      await liveIn(ctx.db);
      ctx.now = () => new Date(clock);
      const since = new Date(clock).toISOString();
      const before = uuidsByTable(ctx.db);
      await fc.assert(
        fc.asyncProperty(sendsFor(channel, ctx.db), async ({ payload, frame }) => {
          clock += 1000;
          tally.sent++;
          const calls = spy.mock.calls.length;
          const auditBefore = lastAuditId();
          let result: { ok: boolean; value?: unknown; error?: { code: string; messageKey: string } };
          try {
            result = (await ipcMain.invoke(eventFromFrame(frame), channel, [payload])) as typeof result;
          } catch (error) {
            // Electron refuses to send what structured clone can't copy, or can't copy within the
            // stack (an array nested 5,000 deep); the page gets the throw, main hears nothing.
            if (!(error instanceof Error && ['DataCloneError', 'RangeError'].includes(error.name))) throw error;
            tally.notCloneable++;
            return true;
          }
          const reached = spy.mock.calls.length > calls;
          if (reached) tally.reached++;
          if (frame !== APP_FRAME) {
            tally.refusedBeforeHandler++;
            return !reached && result.error?.messageKey === 'validation.untrustedSender';
          }
          if (result.ok) {
            tally.answered++;
            return contract[channel].output.safeParse(result.value).success;
          }
          if (reached) {
            tally.refusedByHandler++;
            tally.handlerRefusals.set(result.error!.messageKey, (tally.handlerRefusals.get(result.error!.messageKey) ?? 0) + 1);
          } else tally.refusedBeforeHandler++;
          // A refusal is all or nothing: nothing reached the append-only audit log either.
          return ERROR_CODES.includes(result.error!.code as never) && typeof result.error!.messageKey === 'string' && lastAuditId() === auditBefore;
        }),
        { numRuns: FEWER_RUNS[channel] ?? RUNS_PER_CHANNEL, seed: 20261128, reporter: reportBriefly(channel) },
      );
      expect(logged.errors, `internal failures on ${channel}`).toEqual([]);
      expect(tally.reached / tally.sent, `${channel}: share of payloads that reached the handler`).toBeGreaterThanOrEqual(MIN_REACHED_SHARE);
      expect(ctx.db.pragma('integrity_check', { simple: true }), channel).toBe('ok');
      expect(ctx.db.pragma('foreign_key_check'), channel).toEqual([]);
      expect(auditMismatches(ctx.db, before, since), channel).toEqual([]);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(logged.warnings.every((line) => line.startsWith('refused '))).toBe(true);
  });
});

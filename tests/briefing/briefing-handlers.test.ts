// The briefing pack's data and its exports, over a real database with the demo office in it.
// The printer is the one capability the shell injects; here it is a small stand-in that hands
// back fixed bytes, because what is under test is the handlers: the pack's contents, the file
// written, and the audit entry each export leaves.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../electron/api/context';
import type { Printer } from '../../electron/api/printer';
import { parsePrintRoute, printRoute, PrintJob } from '../../domain/contract';
import { loadDemoOffice } from '../../electron/demo/load';
import { VISIT } from '../../electron/demo/keys';
import { idByUuid } from '../../db/rows';
import { call, openTestOffice, refused, snapshot } from '../api/test-context';

function demoOffice(today = '2026-01-15T09:00:00Z'): HandlerContext {
  const ctx = openTestOffice();
  loadDemoOffice(ctx);
  ctx.now = () => new Date(today);
  return ctx;
}

const visitId = (ctx: HandlerContext, uuid: string) => idByUuid(ctx.db, 'visits', uuid) ?? Number.NaN;

/** Prints every route to fixed bytes and saves where the test says; records what it was asked. */
function recordingPrinter(save: string | null): Printer & { routes: string[]; suggested: string[] } {
  const routes: string[] = [];
  const suggested: string[] = [];
  return {
    routes,
    suggested,
    toPdf: async (route) => {
      routes.push(route);
      return new TextEncoder().encode('%PDF-1.7 test');
    },
    print: async (route) => {
      routes.push(route);
      return true;
    },
    chooseSavePath: async (name) => {
      suggested.push(name);
      return save;
    },
  };
}

const auditOf = (ctx: HandlerContext) =>
  ctx.db.prepare("SELECT action, entity, entity_uuid, actor, details FROM audit_log WHERE action IN ('export', 'print') ORDER BY id").all() as {
    action: string;
    entity: string;
    entity_uuid: string;
    actor: string;
    details: string;
  }[];

describe('briefing:get', () => {
  it('gathers the Uzbek visit: delegation by precedence, our side, programme, the plan signed at the visit, contacts', async () => {
    const ctx = demoOffice();
    const pack = await call(ctx, 'briefing:get', { visitId: visitId(ctx, VISIT.uzbekistan2025) });
    expect(pack.delegation.map((person) => person.name.ru)).toEqual(expect.arrayContaining([expect.stringContaining('Кудратходжаев')]));
    expect(pack.delegation[0]?.role).toBe('head');
    expect(pack.hosts.some((person) => person.name.en?.includes('Heydarov'))).toBe(true);
    expect(pack.events).toHaveLength(7);
    expect(pack.events.every((event) => event.venueName !== null)).toBe(true);
    const plan = pack.agreements.find((agreement) => agreement.title.ru?.includes('2026-2027'));
    // Signed on 3 December 2025 and valid from 1 January 2026: in force by mid-January.
    expect(plan).toMatchObject({ signedAtThisVisit: true, shownStatus: 'in_force' });
    expect(pack.contacts[0]?.duty).toBe('responsible');
    expect(pack.alertHorizonDays).toBe(180);
    expect(pack.today).toBe('2026-01-15');
  });

  it('prints the seating of the talks with Heydarov and of the signing, as saved, and leaves out the events nobody has seated', async () => {
    const ctx = demoOffice();
    const pack = await call(ctx, 'briefing:get', { visitId: visitId(ctx, VISIT.uzbekistan2025) });
    const seated = pack.seating.map((plan) => pack.events.find((event) => event.id === plan.eventId));
    expect(seated.map((event) => event?.type)).toEqual(['bilateral_meeting', 'signing_ceremony']);
    expect(pack.seating.map((plan) => [plan.layout, plan.stored])).toEqual([
      ['talks', true],
      ['signing', true],
    ]);
    for (const plan of pack.seating) {
      const names = plan.people.filter((person) => plan.placements.some((placement) => placement.personId === person.personId)).map((person) => person.name.en);
      expect(names).toEqual(expect.arrayContaining([expect.stringContaining('Heydarov'), expect.stringContaining('Kudratkhodjaev')]));
    }
    const departure = pack.events.find((event) => event.type === 'departure');
    expect(pack.seating.some((plan) => plan.eventId === departure?.id)).toBe(false);
    // Once the officer seats the departure it prints too, in the programme's order: last.
    await call(ctx, 'seating:reseat', { eventId: departure?.id ?? 0, layout: 'presidium' });
    const later = await call(ctx, 'briefing:get', { visitId: visitId(ctx, VISIT.uzbekistan2025) });
    expect(later.seating.map((plan) => plan.eventId)).toEqual([...pack.seating.map((plan) => plan.eventId), departure?.id]);
    expect((await call(ctx, 'briefing:get', { visitId: visitId(ctx, VISIT.russia2024) })).seating).toEqual([]);
  });

  it('marks agreements that end within the expiry horizon, and reads the horizon the officer saved in Settings', async () => {
    const ctx = demoOffice('2026-08-01T09:00:00Z');
    const russia = visitId(ctx, VISIT.russia2024);
    const plan = (await call(ctx, 'briefing:get', { visitId: russia })).agreements.find((a) => a.validTo === '2026-12-31');
    expect(plan?.expiresSoon).toBe(true);
    await call(ctx, 'settings:save', { expiryHorizonDays: 90 });
    const later = await call(ctx, 'briefing:get', { visitId: russia });
    expect(later.alertHorizonDays).toBe(90);
    expect(later.agreements.find((a) => a.validTo === '2026-12-31')?.expiresSoon).toBe(false);
  });

  it('answers not_found for a visit that does not exist', async () => {
    const ctx = demoOffice();
    expect((await refused(ctx, 'briefing:get', { visitId: 999 })).code).toBe('not_found');
  });
});

describe('briefing:saveTalkingPoints', () => {
  it('saves one language, keeps the others, and writes the change to the audit log', async () => {
    const ctx = demoOffice();
    const id = visitId(ctx, VISIT.uzbekistan2025);
    const before = await call(ctx, 'briefing:get', { visitId: id });
    const saved = await call(ctx, 'briefing:saveTalkingPoints', { visitId: id, lang: 'az', text: '- Strateji tərəfdaşlıq' });
    expect(saved.talkingPoints).toEqual({ ...before.visit.talkingPoints, az: '- Strateji tərəfdaşlıq' });
    const entry = ctx.db.prepare("SELECT details FROM audit_log WHERE action = 'update' ORDER BY id DESC LIMIT 1").get() as { details: string };
    expect(JSON.parse(entry.details)).toEqual({ changed: ['talkingPoints'], lang: 'az' });
  });
});

describe('exports and prints', () => {
  const job = (ctx: HandlerContext) => ({
    document: 'pack' as const,
    visitId: visitId(ctx, VISIT.uzbekistan2025),
    lang: 'ru' as const,
    marking: 'dsp' as const,
  });

  it('writes the PDF where the officer chose and records who, which visit, language and marking', async () => {
    const ctx = demoOffice();
    const path = join(ctx.dataDir, 'pack.pdf');
    const printer = recordingPrinter(path);
    ctx.printer = printer;
    expect(await call(ctx, 'briefing:exportPdf', job(ctx))).toEqual({ saved: true, path });
    expect(readFileSync(path, 'utf8')).toBe('%PDF-1.7 test');
    expect(printer.routes[0]).toMatch(/^print\.html#\/print\/visit\/\d+\?lang=ru&marking=dsp&paper=A4&sections=cover%2Cglance/);
    const [entry] = auditOf(ctx);
    expect(entry).toMatchObject({ action: 'export', entity: 'visit', entity_uuid: VISIT.uzbekistan2025, actor: 'n.aliyeva' });
    expect(JSON.parse(entry?.details ?? '{}')).toMatchObject({ document: 'pack', lang: 'ru', marking: 'dsp', file: 'pack.pdf' });
    // The suggested name: the visit's Russian title in whole words, and the pack's Russian name.
    const [name = ''] = printer.suggested;
    expect(name).toMatch(/ - Справочные материалы к визиту\.pdf$/);
    const title = name.replace(/ - Справочные материалы к визиту\.pdf$/, '');
    const full = (ctx.db.prepare('SELECT title_ru FROM visits WHERE uuid = ?').pluck().get(VISIT.uzbekistan2025) as string).replace(/\s+/g, ' ');
    expect(full.startsWith(title)).toBe(true);
    expect([' ', undefined]).toContain(full[title.length]);
  });

  it('saves the bilateral meeting’s seating chart under the meeting’s title, and refuses an event of another visit', async () => {
    const ctx = demoOffice();
    const uzbek = visitId(ctx, VISIT.uzbekistan2025);
    const meetingOf = (visit: number) =>
      ctx.db.prepare("SELECT id FROM events WHERE visit_id = ? AND type = 'bilateral_meeting'").pluck().get(visit) as number;
    const path = join(ctx.dataDir, 'chart.pdf');
    const printer = recordingPrinter(path);
    ctx.printer = printer;
    const chart = { document: 'seating' as const, visitId: uzbek, eventId: meetingOf(uzbek), lang: 'ru' as const, paper: 'A3' as const };
    expect(await call(ctx, 'briefing:exportPdf', chart)).toEqual({ saved: true, path });
    expect(printer.routes[0]).toBe(`print.html#/print/seating/${uzbek}?lang=ru&marking=none&paper=A3&event=${chart.eventId}`);
    expect(printer.suggested[0]).toBe('Двусторонняя встреча с Кямаледдином Гейдаровым - Схема рассадки.pdf');
    expect(JSON.parse(auditOf(ctx)[0]?.details ?? '{}')).toEqual({ document: 'seating', lang: 'ru', marking: 'none', markingText: '', paper: 'A3', eventId: chart.eventId, file: 'chart.pdf' });
    const cards = { document: 'placeCards' as const, visitId: uzbek, eventId: meetingOf(visitId(ctx, VISIT.russia2024)), lang: 'az' as const };
    expect(await refused(ctx, 'briefing:print', cards)).toMatchObject({ code: 'not_found' });
  });

  it('saves the delegation’s badges under the visit’s title, with the side in the audit entry', async () => {
    const ctx = demoOffice();
    const uzbek = visitId(ctx, VISIT.uzbekistan2025);
    const path = join(ctx.dataDir, 'badges.pdf');
    const printer = recordingPrinter(path);
    ctx.printer = printer;
    expect(await call(ctx, 'briefing:exportPdf', { document: 'badges', visitId: uzbek, lang: 'az' })).toEqual({ saved: true, path });
    expect(printer.routes[0]).toBe(`print.html#/print/badges/${uzbek}?lang=az&side=guest`);
    expect(printer.suggested[0]).toMatch(/ - Yaxa nişanları\.pdf$/);
    expect(JSON.parse(auditOf(ctx)[0]?.details ?? '{}')).toEqual({ document: 'badges', lang: 'az', side: 'guest', paper: 'A4', file: 'badges.pdf' });
    expect(await refused(ctx, 'briefing:print', { document: 'badges', visitId: uzbek, lang: 'az', side: 'everyone' })).toMatchObject({ code: 'validation' });
  });

  it('writes nothing and records nothing when the save dialog is cancelled', async () => {
    const ctx = demoOffice();
    ctx.printer = recordingPrinter(null);
    expect(await call(ctx, 'briefing:exportPdf', job(ctx))).toEqual({ saved: false, path: null });
    expect(auditOf(ctx)).toEqual([]);
  });

  it('records a print with its language and marking', async () => {
    const ctx = demoOffice();
    ctx.printer = recordingPrinter(null);
    expect(await call(ctx, 'briefing:print', { ...job(ctx), marking: 'custom', markingText: 'Только для делегации' })).toEqual({ printed: true });
    expect(JSON.parse(auditOf(ctx)[0]?.details ?? '{}')).toMatchObject({ lang: 'ru', marking: 'custom', markingText: 'Только для делегации' });
  });

  it('saves a working list as CSV with a UTF-8 byte-order mark and the office delimiter', async () => {
    const ctx = demoOffice();
    const path = join(ctx.dataDir, 'rooming.csv');
    ctx.printer = recordingPrinter(path);
    const list = { header: ['ФИО', 'Звание'], rows: [['Ботир Кудратходжаев', 'генерал-майор']] };
    await call(ctx, 'briefing:exportCsv', { visitId: job(ctx).visitId, kind: 'rooming', lang: 'ru', columns: ['name', 'rank'], ...list });
    expect(readFileSync(path)).toEqual(Buffer.from('\uFEFFФИО;Звание\r\nБотир Кудратходжаев;генерал-майор', 'utf8'));
    expect(JSON.parse(auditOf(ctx)[0]?.details ?? '{}')).toMatchObject({ format: 'csv', kind: 'rooming', lang: 'ru' });
  });

  it('refuses an unwritable path with a typed error and no audit entry', async () => {
    const ctx = demoOffice();
    const path = join(ctx.dataDir, 'no-such-folder', 'pack.pdf');
    ctx.printer = recordingPrinter(path);
    const error = await refused(ctx, 'briefing:exportPdf', job(ctx));
    expect(error).toMatchObject({ code: 'conflict', messageKey: 'conflict.fileNotWritable', params: { file: 'pack.pdf', reason: 'ENOENT' } });
    expect(existsSync(path)).toBe(false);
    expect(auditOf(ctx)).toEqual([]);
  });

  it('says printing is unavailable when no printer was given', async () => {
    const ctx = demoOffice();
    const before = snapshot(ctx);
    expect((await refused(ctx, 'briefing:exportPdf', job(ctx))).messageKey).toBe('conflict.printerUnavailable');
    expect(snapshot(ctx)).toEqual(before);
  });
});

describe('print jobs and their routes', () => {
  it('a route reads back into the same job', () => {
    const pack = PrintJob.parse({ document: 'pack', visitId: 3, lang: 'az', marking: 'custom', markingText: 'Yalnız nümayəndə heyəti üçün', sections: ['cover', 'programme'], programme: 'runsheet', paper: 'Letter' });
    const list = PrintJob.parse({ document: 'list', visitId: 3, lang: 'en', kind: 'cars', columns: ['date', 'transport'] });
    const chart = PrintJob.parse({ document: 'seating', visitId: 3, eventId: 7, layout: 'signing', lang: 'ru', marking: 'dsp', paper: 'A3' });
    const cards = PrintJob.parse({ document: 'placeCards', visitId: 3, eventId: 7, lang: 'az' });
    const badges = PrintJob.parse({ document: 'badges', visitId: 3, lang: 'ru', side: 'both' });
    const documents = { visit: 'pack', list: 'list', seating: 'seating', 'place-cards': 'placeCards', badges: 'badges' } as const;
    for (const job of [pack, list, chart, cards, badges]) {
      const [path, query] = printRoute(job).split('?');
      const kind = documents[path?.split('/')[2] as keyof typeof documents];
      expect(kind).toBe(job.document);
      const parsed = parsePrintRoute(kind, 3, new URLSearchParams(query));
      expect(parsed.success && parsed.data).toEqual(job);
    }
  });

  it('refuses a custom marking without text and a column the list does not have', async () => {
    const ctx = demoOffice();
    const id = visitId(ctx, VISIT.uzbekistan2025);
    const custom = await refused(ctx, 'briefing:exportPdf', { document: 'pack', visitId: id, lang: 'ru', marking: 'custom', markingText: ' ' });
    expect(custom.issues).toEqual([{ path: ['markingText'], messageKey: 'validation.markingTextMissing' }]);
    const column = await refused(ctx, 'briefing:print', { document: 'list', visitId: id, lang: 'ru', kind: 'cars', columns: ['dietary'] });
    expect(column.issues).toEqual([{ path: ['columns'], messageKey: 'validation.unknownListColumn' }]);
  });
});

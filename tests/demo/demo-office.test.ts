import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handlers } from '../../electron/api';
import type { HandlerContext } from '../../electron/api/context';
import { contract } from '../../domain/contract';
import { DEMO_RECORD_COUNT, loadDemoOffice } from '../../electron/demo/load';
import { VISIT } from '../../electron/demo/keys';
import { idByUuid } from '../../db/rows';
import { openDatabase, type Db } from '../../db/open';

const TABLES = ['organizations', 'people', 'venues', 'visits', 'visit_members', 'events', 'event_participants', 'tasks', 'agreements'];

let folder: string;
let db: Db;
let ctx: HandlerContext;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'protocol-desk-demo-'));
  db = openDatabase(join(folder, 'office.db'));
  ctx = { db, actor: 'l.huseynova', now: () => new Date('2026-01-15T09:00:00Z'), dataDir: folder };
});

afterEach(() => {
  db.close();
  rmSync(folder, { recursive: true, force: true });
});

const rowCounts = () =>
  Object.fromEntries(TABLES.map((table) => [table, (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n]));

const visitDetail = async (uuid: string) => {
  const id = idByUuid(db, 'visits', uuid);
  if (id === undefined) throw new Error(`visit ${uuid} not loaded`);
  return handlers['visits:get'](ctx, contract['visits:get'].input.parse({ id }));
};

describe('the demo office', () => {
  it('gives a new office the two visits, the three ministers and the two joint action plans', async () => {
    expect(loadDemoOffice(ctx)).toEqual({ created: DEMO_RECORD_COUNT });

    const visits = await handlers['visits:list'](ctx, contract['visits:list'].input.parse({ lang: 'ru' }));
    expect(visits.total).toBe(2);
    expect(visits.rows.map((visit) => visit.headOfDelegation?.ru).sort()).toEqual(['Ботир Кудратходжаев', 'Александр Куренков'].sort());

    const people = await handlers['people:list'](ctx, contract['people:list'].input.parse({ limit: 500 }));
    const ministers = people.rows.filter((person) => person.position.en?.startsWith('Minister'));
    expect(ministers.map((person) => person.name.en).sort()).toEqual(
      ['Alexander Kurenkov', 'Botir Kudratkhodjaev', 'Kamaladdin Heydarov'].sort(),
    );

    const agreements = await handlers['agreements:list'](ctx, contract['agreements:list'].input.parse({}));
    expect(agreements.rows.map((plan) => [plan.validFrom, plan.validTo, plan.status]).sort()).toEqual([
      ['2024-01-01', '2026-12-31', 'in_force'],
      ['2026-01-01', '2027-12-31', 'signed'],
    ]);
  });

  it("seats the Uzbek talks with the two ministers facing each other and their delegations in order, and the signing", async () => {
    loadDemoOffice(ctx);
    const [, meeting, signing] = (await visitDetail(VISIT.uzbekistan2025)).events;
    if (!meeting || !signing) throw new Error('the Uzbek programme has no talks or signing');
    const plan = (eventId: number) => handlers['seating:plan'](ctx, contract['seating:plan'].input.parse({ eventId }));
    const seated = (view: Awaited<ReturnType<typeof plan>>) =>
      view.placements.map((placement) => {
        const seat = view.seats.find((candidate) => candidate.key === placement.seatKey);
        return [view.people.find((person) => person.personId === placement.personId)?.name.en, seat?.x, seat?.y];
      });
    const talks = await plan(meeting.id);
    expect(talks).toMatchObject({ layout: 'talks', stored: true, problems: [] });
    expect(seated(talks)).toEqual(
      expect.arrayContaining([
        ['Kamaladdin Heydarov', 0, 1],
        ['Botir Kudratkhodjaev', 0, -1],
        // The deputy minister on his minister's right, the division head on the left.
        ['Shukhrat Rakhimov', -1, -1],
        ['Dilnoza Karimova', 1, -1],
        ['Anar Jafarov', 1, 1],
        ['Nigar Rzayeva', 0, 2],
      ]),
    );
    const ceremony = await plan(signing.id);
    expect(ceremony).toMatchObject({ layout: 'signing', stored: true, problems: [] });
    expect(seated(ceremony)).toEqual(expect.arrayContaining([['Botir Kudratkhodjaev', -0.5, 0], ['Kamaladdin Heydarov', 0.5, 0]]));
  });

  it('adds nothing when loaded a second time', () => {
    loadDemoOffice(ctx);
    const before = rowCounts();
    expect(loadDemoOffice(ctx)).toEqual({ created: 0 });
    expect(rowCounts()).toEqual(before);
  });

  it('puts back a programme item an officer deleted, and leaves the items they edited as they are', async () => {
    loadDemoOffice(ctx);
    const [arrival, meeting] = (await visitDetail(VISIT.uzbekistan2025)).events;
    if (!arrival || !meeting) throw new Error('the Uzbek programme is empty');
    await handlers['events:delete'](ctx, { id: arrival.id });
    const { id, visitId, type, title, startsAt, endsAt, timeZone, venueId, dressCode, transport, interpreter } = meeting;
    const edited = { id, visitId, type, title, startsAt, endsAt, timeZone, venueId, dressCode, transport, interpreter };
    const participantIds = meeting.participants.map((person) => person.personId);
    const notes = { az: 'Kiçik zala köçürülüb.', ru: 'Перенесено в малый зал.', en: 'Moved to the small hall.' };
    await handlers['events:save'](
      ctx,
      contract['events:save'].input.parse({ ...edited, responsibleOfficerId: meeting.responsibleOfficerId, notes, participantIds }),
    );

    expect(loadDemoOffice(ctx)).toEqual({ created: 1 });
    const events = (await visitDetail(VISIT.uzbekistan2025)).events;
    expect(events[0]?.type).toBe('arrival');
    expect(events.find((event) => event.id === id)?.notes).toEqual(notes);
  });

  it('shows the Uzbek visit with Kudratkhodjaev heading the delegation and the programme in time order', async () => {
    loadDemoOffice(ctx);
    const visit = await visitDetail(VISIT.uzbekistan2025);

    const head = visit.members.find((member) => member.side === 'guest' && member.role === 'head');
    expect(head?.name).toEqual({ az: 'Botir Qudratxocayev', ru: 'Ботир Кудратходжаев', en: 'Botir Kudratkhodjaev' });
    const host = visit.members.find((member) => member.side === 'host' && member.role === 'head');
    expect(host?.name.az).toBe('Kəmaləddin Heydərov');
    expect(visit.frameworkEvent.ru).toContain('XXVI Международная конференция');

    const starts = visit.events.map((event) => event.startsAt);
    expect(starts).toEqual([...starts].sort());
    expect(visit.events.map((event) => event.type)).toEqual([
      'arrival',
      'bilateral_meeting',
      'signing_ceremony',
      'facility_tour',
      'facility_tour',
      'facility_tour',
      'departure',
    ]);
    const meeting = visit.events.find((event) => event.type === 'bilateral_meeting');
    // 10:00 in Baku (UTC+4).
    expect(meeting?.startsAt).toBe('2025-12-03T06:00:00Z');
    expect(meeting?.timeZone).toBe('Asia/Baku');
    const signing = visit.events.find((event) => event.type === 'signing_ceremony');
    expect(signing?.participants.map((person) => person.name.ru)).toContain('Кямаледдин Гейдаров');
  });

  it('shows the Russian visit paying tribute at the Alley of Honours and the Alley of Martyrs before the signing', async () => {
    loadDemoOffice(ctx);
    const visit = await visitDetail(VISIT.russia2024);

    expect(visit.events.map((event) => event.venueName?.en)).toEqual([
      'Heydar Aliyev International Airport',
      'Alley of Honours',
      'Alley of Martyrs',
      'Ministry of Emergency Situations headquarters',
      'Ministry of Emergency Situations headquarters',
      'Heydar Aliyev International Airport',
    ]);
    expect(visit.events.filter((event) => event.type === 'wreath_laying')).toHaveLength(2);
    expect(visit.events.at(-2)?.type).toBe('signing_ceremony');
  });

  it('writes every record in az, ru and en, and records the load in the audit log', async () => {
    loadDemoOffice(ctx);
    const untranslated = db
      .prepare(
        `SELECT 'organizations' AS source, uuid FROM organizations WHERE name_az IS NULL OR name_ru IS NULL OR name_en IS NULL
         UNION ALL SELECT 'people', uuid FROM people WHERE name_az IS NULL OR name_ru IS NULL OR name_en IS NULL
         UNION ALL SELECT 'venues', uuid FROM venues WHERE name_az IS NULL OR name_ru IS NULL OR name_en IS NULL
         UNION ALL SELECT 'events', uuid FROM events WHERE title_az IS NULL OR title_ru IS NULL OR title_en IS NULL
         UNION ALL SELECT 'agreements', uuid FROM agreements WHERE title_az IS NULL OR title_ru IS NULL OR title_en IS NULL`,
      )
      .all();
    expect(untranslated).toEqual([]);

    const audit = await handlers['audit:list'](ctx, contract['audit:list'].input.parse({ limit: 500 }));
    expect(audit.rows.filter((entry) => entry.action === 'create')).toHaveLength(DEMO_RECORD_COUNT);
    expect(audit.rows.find((entry) => entry.action === 'demo')).toMatchObject({ actor: 'l.huseynova', details: { created: DEMO_RECORD_COUNT } });
  });
});

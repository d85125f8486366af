// The bench's archive looks like the office's own, so its figures measure what officers wait for:
// checked on the small size, the one every test run builds.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/open';
import { searchRecords } from '../../db/search.repo';
import { EVENT_TYPES } from '../../domain/contract';
import { buildArchive } from './archive';
import { SEARCHES } from './database-figures';

let dir: string;
let db: Db;
const rows = <T>(sql: string) => db.prepare(sql).all() as T[];
const value = <T>(sql: string, ...parameters: unknown[]) => db.prepare(sql).pluck().get(...parameters) as T;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'protocol-desk-archive-'));
  buildArchive(join(dir, 'archive.sqlite'), 'small');
  db = openDatabase(join(dir, 'archive.sqlite'));
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the bench archive', () => {
  it('has ministries with their departments, agencies and regional directorates beneath them', () => {
    expect(value<number>('SELECT count(*) FROM organizations')).toBeGreaterThan(100);
    const units = rows<{ parent: string }>(`SELECT parent.name_en AS parent FROM organizations unit
      JOIN organizations parent ON parent.id = unit.parent_id WHERE parent.parent_id IS NULL`);
    expect(units.length).toBeGreaterThan(50);
    expect(units.map((unit) => unit.parent)).toContain('Ministry of Emergency Situations of the Republic of Azerbaijan');
  });

  it('names people with a few very common surnames and a long tail of rare ones', () => {
    const surnames = rows<{ people: number }>(`SELECT count(*) AS people FROM people WHERE name_en IS NOT NULL
      GROUP BY substr(name_en, instr(name_en, ' ') + 1) ORDER BY people DESC`);
    const once = surnames.filter((surname) => surname.people === 1).length;
    expect(surnames[0]?.people).toBeGreaterThan(10);
    expect(once).toBeGreaterThan(surnames.length / 2);
  });

  it('orders precedence by tier: the minister first, then deputies, then heads of division', () => {
    const precedence = (position: string) => value<number>('SELECT avg(precedence) FROM people WHERE position_en = ?', position);
    expect(precedence('Minister')).toBe(1);
    expect(precedence('Deputy Minister')).toBeGreaterThan(1);
    expect(precedence('Deputy Minister')).toBeLessThan(precedence('Head of Division'));
    expect(value('SELECT rank_en FROM people WHERE name_en = ?', 'Kamaladdin Heydarov')).toBe('Colonel-General');
  });

  it('has every type of programme event, none of them most of the programme', () => {
    const types = rows<{ type: string; share: number }>(`SELECT type, count(*) * 1.0 / (SELECT count(*) FROM events) AS share FROM events GROUP BY type`);
    expect(types.map((row) => row.type).sort()).toEqual([...EVENT_TYPES].sort());
    for (const { share } of types) expect(share).toBeLessThan(0.3);
  });

  it('lasts from a quarter of an hour to three hours: a signing 20-30 minutes, a dinner 2-3 hours', () => {
    const minutes = rows<{ type: string; shortest: number; longest: number }>(`SELECT type,
      min(round((julianday(ends_at) - julianday(starts_at)) * 1440)) AS shortest, max(round((julianday(ends_at) - julianday(starts_at)) * 1440)) AS longest
      FROM events GROUP BY type`);
    const of = (type: string) => minutes.find((row) => row.type === type);
    expect(Math.min(...minutes.map((row) => row.shortest))).toBe(15);
    expect(Math.max(...minutes.map((row) => row.longest))).toBe(180);
    expect(of('signing_ceremony')).toMatchObject({ shortest: 20, longest: 30 });
    expect(of('official_dinner')).toMatchObject({ shortest: 120, longest: 180 });
  });

  it("keeps Baku's programme on local hours, with only a few events running past midnight", () => {
    const early = value<number>(`SELECT count(*) FROM events WHERE time_zone = 'Asia/Baku' AND time(starts_at, '+4 hours') < '07:00'`);
    const pastMidnight = value<number>(`SELECT count(*) FROM events WHERE time_zone = 'Asia/Baku'
      AND date(starts_at, '+4 hours') < date(ends_at, '+4 hours', '-1 second')`);
    expect(early).toBe(0);
    expect(pastMidnight).toBeGreaterThan(0);
    expect(pastMidnight).toBeLessThan(value<number>('SELECT count(*) FROM events') / 50);
  });

  it('brings the same officials back: few heads of delegation, some people in hundreds of events', () => {
    const heads = value<number>("SELECT count(DISTINCT person_id) FROM visit_members WHERE role = 'head' AND side = 'guest'");
    expect(heads).toBeLessThan(value<number>('SELECT count(*) FROM visits') / 2);
    expect(value<number>('SELECT max(events) FROM (SELECT count(*) AS events FROM event_participants GROUP BY person_id)')).toBeGreaterThan(100);
    const members = rows<{ n: number }>('SELECT count(*) AS n FROM visit_members GROUP BY visit_id').map((visit) => visit.n);
    expect(Math.min(...members)).toBeGreaterThanOrEqual(3);
    expect(Math.max(...members)).toBeLessThanOrEqual(15);
  });

  it('spreads visits and signed agreements over every month, agreements of every type', () => {
    expect(value<number>("SELECT count(DISTINCT strftime('%m', start_date)) FROM visits")).toBe(12);
    expect(value<number>("SELECT count(DISTINCT strftime('%m', signed_on)) FROM agreements")).toBe(12);
    expect(value<number>("SELECT count(*) FROM agreements WHERE strftime('%d', signed_on) > '28'")).toBeGreaterThan(0);
    expect(rows<{ type: string }>('SELECT DISTINCT type FROM agreements ORDER BY type').map((row) => row.type)).toEqual([
      'agreement', 'joint_action_plan', 'memorandum', 'protocol',
    ]);
    expect(value<number>("SELECT count(*) FROM agreements WHERE type = 'joint_action_plan' AND (valid_from NOT LIKE '%-01-01' OR valid_to NOT LIKE '%-12-31')")).toBe(0);
  });

  it('answers every search the bench times', () => {
    for (const text of SEARCHES) expect(searchRecords(db, text, 20).length, text).toBeGreaterThan(0);
  });
});

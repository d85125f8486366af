// The database figures over the large archive: opening it, a page of visits, global search in each
// script, and the programme's conflict check, all through the app's own handlers.
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../db/open';
import { findEvent } from '../../db/events.repo';
import { handlers } from '../../electron/api';
import type { HandlerContext } from '../../electron/api/context';
import { dispatch } from '../../electron/api/dispatch';
import { conflictsOf } from '../../electron/api/programme-conflicts';
import { precedenceRules } from '../../electron/api/precedence';
import type { ChannelInput } from '../../domain/contract';
import type { Figure } from './figure';
import { withOwnPeakMemory } from './memory';
import { archiveFile, timeEach, timesFigure } from './stats';

const PASSES = 5;

/** Typed as officers type them: 1 to 3 words, whole or begun, in each of the three scripts. */
export const SEARCHES = [
  // English Latin
  'heydarov', 'Kamaladdin Heydarov', 'kudratkhodjaev', 'memorandum uzbekistan', 'visit of the ministry', 'Tashkent',
  // Azerbaijani Latin
  'Heydərov', 'Kəmaləddin Heydərov', 'Məmmədov Elçin', 'Fövqəladə hallar', 'Əklil qoyma mərasimi', 'Bakı',
  // Cyrillic
  'Гейдаров', 'гейд', 'Кямаледдин Гейдаров', 'Мамедов Эльчин', 'Возложение венка', 'Министерство по чрезвычайным',
];

const VISIT_PAGES: ChannelInput<'visits:list'>[] = [
  { status: 'completed', sort: { column: 'startDate', direction: 'desc' }, limit: 100 },
  { status: 'planned', sort: { column: 'startDate', direction: 'asc' }, limit: 100, offset: 100 },
  { status: 'completed', sort: { column: 'title', direction: 'asc' }, lang: 'ru', limit: 100 },
  { sort: { column: 'partner', direction: 'asc' }, lang: 'az', limit: 100, offset: 300 },
  { search: 'Uzbekistan', sort: { column: 'startDate', direction: 'desc' }, limit: 100 },
  { search: 'Гейдаров', limit: 100 },
  { status: 'cancelled', sort: { column: 'status', direction: 'asc' }, limit: 100 },
];

async function answer(ctx: HandlerContext, channel: 'visits:list' | 'search:global', input: unknown): Promise<void> {
  const result = await dispatch(handlers, ctx, channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
}

const repeated = <T>(items: T[]) => Array.from({ length: PASSES }, () => items).flat();

/** db_open_ms, visits_page_ms, search_ms and conflict_check_ms over the archive, and its build time. */
export async function databaseFigures(): Promise<Figure[]> {
  const archive = archiveFile();
  const { result, peakMb } = await withOwnPeakMemory(() => measure(archive.file));
  return [archive.figure, ...result, { name: 'database_peak_memory_mb', value: peakMb, unit: 'MB' }];
}

async function measure(file: string): Promise<Figure[]> {
  const openings = await timeEach([1, 2, 3, 4, 5], () => openDatabase(file).close());

  const db = openDatabase(file);
  const ctx: HandlerContext = { db, actor: 'bench', now: () => new Date('2026-01-15T08:00:00Z'), dataDir: '' };
  try {
    // One pass first, so statements are prepared and pages cached as they are after a minute of use.
    for (const input of VISIT_PAGES) await answer(ctx, 'visits:list', input);
    const pages = await timeEach(repeated(VISIT_PAGES), (input) => answer(ctx, 'visits:list', input));
    for (const text of SEARCHES) await answer(ctx, 'search:global', { text });
    const searches = await timeEach(repeated(SEARCHES), (text) => answer(ctx, 'search:global', { text }));
    return [
      timesFigure('db_open_ms', openings),
      timesFigure('visits_page_ms', pages),
      timesFigure('search_ms', searches),
      timesFigure('conflict_check_ms', await conflictChecks(ctx)),
    ];
  } finally {
    db.close();
  }
}

/** A new event dropped half an hour into an existing one, with its people and venue: every rule has work. */
async function conflictChecks(ctx: HandlerContext): Promise<number[]> {
  const { events } = ctx.db.prepare('SELECT count(*) AS events FROM events').get() as { events: number };
  const stride = Math.max(1, Math.floor(events / 100));
  const samples: number[] = [];
  for (let id = 1; id <= events; id += stride) {
    const existing = findEvent(ctx.db, id, precedenceRules(ctx));
    if (!existing) continue;
    const shift = (instant: string) => new Date(Date.parse(instant) + 30 * 60 * 1000).toISOString().replace('.000Z', 'Z');
    const candidate = {
      id: null,
      type: existing.type,
      startsAt: shift(existing.startsAt),
      endsAt: shift(existing.endsAt),
      venueId: existing.venueId,
      participantIds: existing.participants.map((participant) => participant.personId),
    };
    const start = performance.now();
    conflictsOf(ctx, existing.visitId, candidate, []);
    samples.push(performance.now() - start);
  }
  return samples;
}

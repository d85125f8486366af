// briefing_pdf_40p_s: the time to export a briefing pack of about 40 pages, the Uzbek demo
// visit enlarged to 30 delegation members with bios and photos, 60 events and 20 agreements;
// with its page count and the peak memory of the exporter and its Chromium.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { handlers } from '../../electron/api';
import { exportPdf } from '../../electron/api/briefing';
import type { HandlerContext } from '../../electron/api/context';
import { dispatch } from '../../electron/api/dispatch';
import { PrintJob, type Channel, type ChannelInput } from '../../domain/contract';
import { launchChromium } from '../../electron/tools/headless-chromium';
import { openHeadlessOffice } from '../../electron/tools/headless-office';
import { loadDemoOffice } from '../../electron/demo/load';
import { ORG, VISIT } from '../../electron/demo/keys';
import { openDatabase } from '../../db/open';
import { idByUuid } from '../../db/rows';
import type { Figure } from './figure';
import { withTreePeakMemory } from './memory';

const MEMBERS = 30;
const EVENTS = 60;
const AGREEMENTS = 20;

async function save<C extends Channel>(ctx: HandlerContext, channel: C, input: ChannelInput<C>): Promise<{ id: number }> {
  const result = await dispatch(handlers, ctx, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value as { id: number };
}

/** Passport-style portraits as JPEG, drawn by Chromium's canvas (the app keeps JPEG photos). */
async function portraits(count: number): Promise<string[]> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    return await page.evaluate((n) => {
      const canvas = document.createElement('canvas');
      canvas.width = 240;
      canvas.height = 300;
      const draw = canvas.getContext('2d') as CanvasRenderingContext2D;
      return Array.from({ length: n }, (_, i) => {
        const sky = draw.createLinearGradient(0, 0, 0, 300);
        sky.addColorStop(0, `hsl(${(i * 37) % 360}, 25%, 80%)`);
        sky.addColorStop(1, `hsl(${(i * 37) % 360}, 30%, 55%)`);
        draw.fillStyle = sky;
        draw.fillRect(0, 0, 240, 300);
        draw.fillStyle = `hsl(25, 35%, ${55 + (i % 5) * 4}%)`;
        draw.beginPath();
        draw.ellipse(120, 120, 55, 68, 0, 0, Math.PI * 2);
        draw.fill();
        draw.fillStyle = '#1f2a3d';
        draw.fillRect(40, 215, 160, 85);
        return canvas.toDataURL('image/jpeg', 0.85).split(',')[1] as string;
      });
    }, count);
  } finally {
    await browser.close();
  }
}

const BIO = {
  ru: 'Окончил Академию МЧС, прошёл путь от инспектора до руководителя управления. Участвовал в ликвидации последствий землетрясений и наводнений, руководил международными учениями по поиску и спасению. Отвечает за подготовку спасательных подразделений и взаимодействие с зарубежными партнёрами. Награждён медалью «За отвагу при пожаре». Владеет узбекским, русским и английским языками; на переговорах обычно выступает по вопросам подготовки кадров и совместных учений.',
  en: 'A graduate of the Emergency Situations Academy, he rose from inspector to head of department. He took part in the response to earthquakes and floods and led international search and rescue exercises. He is responsible for training rescue units and for work with foreign partners. He holds the medal for courage in firefighting. He speaks Uzbek, Russian and English, and in talks usually speaks on training and joint exercises.',
  az: 'FHN Akademiyasının məzunudur, inspektordan idarə rəisinə qədər yol keçib. Zəlzələ və daşqınların nəticələrinin aradan qaldırılmasında iştirak edib, beynəlxalq axtarış-xilasetmə təlimlərinə rəhbərlik edib. Xilasetmə bölmələrinin hazırlığına və xarici tərəfdaşlarla əməkdaşlığa cavabdehdir. «Yanğın zamanı şücaətə görə» medalı ilə təltif olunub. Özbək, rus və ingilis dillərini bilir; danışıqlarda adətən kadr hazırlığı və birgə təlimlər mövzusunda çıxış edir.',
};

/** The demo office with the Uzbek visit enlarged to the size of a large delegation. */
export async function enlargedOffice(dbFile: string, folder: string): Promise<number> {
  const db = openDatabase(dbFile);
  const ctx: HandlerContext = { db, actor: userInfo().username, now: () => new Date('2026-01-15T09:00:00Z'), dataDir: folder };
  try {
    loadDemoOffice(ctx);
    const visitId = idByUuid(db, 'visits', VISIT.uzbekistan2025) as number;
    const uzbek = idByUuid(db, 'organizations', ORG.mesUzbekistan) as number;
    const ours = idByUuid(db, 'organizations', ORG.mesAzerbaijan) as number;
    const guests = (db.prepare("SELECT count(*) AS n FROM visit_members WHERE visit_id = ? AND side = 'guest'").get(visitId) as { n: number }).n;
    const photos = await portraits(MEMBERS);
    // The demo's own delegation gets photos too.
    const existing = db.prepare("SELECT person_id FROM visit_members WHERE visit_id = ? AND side = 'guest'").all(visitId) as { person_id: number }[];
    existing.forEach((row, index) => db.prepare('UPDATE people SET photo = ? WHERE id = ?').run(Buffer.from(photos[index] as string, 'base64'), row.person_id));
    for (let i = guests; i < MEMBERS; i += 1) {
      const person = await save(ctx, 'people:save', {
        name: { az: `Ekspert ${i + 1}`, ru: `Эксперт Узбекистана ${i + 1}`, en: `Uzbek expert ${i + 1}` },
        rank: { az: 'polkovnik', ru: 'полковник', en: 'Colonel' },
        position: { az: 'İdarə rəisi', ru: 'Начальник управления', en: 'Head of Department' },
        bio: BIO,
        organizationId: uzbek,
        languages: ['uz', 'ru'],
        interpreterNeeded: i % 3 === 0,
        dietaryNotes: { az: null, ru: null, en: null },
        protocolNotes: null,
        contact: `+998 71 000 00 ${String(i).padStart(2, '0')}`,
        precedence: 20 + i,
        photo: photos[i] as string,
      });
      await save(ctx, 'visitMembers:save', { visitId, personId: person.id, side: 'guest', role: 'member' });
    }
    // More events, copied from the programme's own with their participants, later in the same days.
    const programme = db.prepare('SELECT id FROM events WHERE visit_id = ? ORDER BY starts_at').all(visitId) as { id: number }[];
    const copyEvent = db.prepare(`INSERT INTO events (uuid, visit_id, type, title_az, title_ru, title_en, starts_at, ends_at, time_zone, venue_id,
        dress_code_az, dress_code_ru, dress_code_en, transport_az, transport_ru, transport_en, interpreter_az, interpreter_ru, interpreter_en,
        responsible_officer_id, notes_az, notes_ru, notes_en, created_at, updated_at)
      SELECT ?, visit_id, type, title_az, title_ru, title_en, strftime('%Y-%m-%dT%H:%M:%SZ', starts_at, ?), strftime('%Y-%m-%dT%H:%M:%SZ', ends_at, ?),
        time_zone, venue_id, dress_code_az, dress_code_ru, dress_code_en, transport_az, transport_ru, transport_en, interpreter_az, interpreter_ru,
        interpreter_en, responsible_officer_id, notes_az, notes_ru, notes_en, created_at, updated_at FROM events WHERE id = ?`);
    const copyParticipants = db.prepare(`INSERT INTO event_participants (uuid, event_id, person_id, attendance)
      SELECT ?, ?, person_id, attendance FROM event_participants WHERE event_id = ? AND person_id = ?`);
    // A large delegation attends its programme together, so every copy has all its members.
    const addParticipant = db.prepare("INSERT OR IGNORE INTO event_participants (uuid, event_id, person_id, attendance) VALUES (?, ?, ?, 'expected')");
    const delegation = db.prepare("SELECT person_id FROM visit_members WHERE visit_id = ? AND side = 'guest'").all(visitId) as { person_id: number }[];
    db.transaction(() => {
      for (let i = programme.length; i < EVENTS; i += 1) {
        const source = programme[i % programme.length]?.id as number;
        const shift = `+${Math.floor(i / programme.length) * 20} minutes`;
        const copy = Number(copyEvent.run(randomUUID(), shift, shift, source).lastInsertRowid);
        const people = db.prepare('SELECT person_id FROM event_participants WHERE event_id = ?').all(source) as { person_id: number }[];
        for (const { person_id } of people) copyParticipants.run(randomUUID(), copy, source, person_id);
        for (const { person_id } of delegation) addParticipant.run(randomUUID(), copy, person_id);
      }
    })();
    for (let i = 2; i < AGREEMENTS; i += 1) {
      await save(ctx, 'agreements:save', {
        type: i % 2 === 0 ? 'memorandum' : 'protocol',
        title: {
          az: `Fövqəladə halların qarşısının alınması sahəsində əməkdaşlıq haqqında memorandum № ${i}`,
          ru: `Меморандум о сотрудничестве в области предупреждения чрезвычайных ситуаций № ${i}`,
          en: `Memorandum on cooperation in the prevention of emergencies No. ${i}`,
        },
        signedOn: `20${10 + (i % 15)}-05-1${i % 10}`,
        signingPlace: { az: 'Daşkənd', ru: 'Ташкент', en: 'Tashkent' },
        signedAtVisitId: null,
        validFrom: `20${10 + (i % 15)}-06-01`,
        validTo: i % 4 === 0 ? null : `2026-0${1 + (i % 9)}-28`,
        status: 'in_force',
        replacesAgreementId: null,
        notes: null,
        partyIds: [ours, uzbek],
        signatories: [],
      });
    }
    return visitId;
  } finally {
    db.close();
  }
}

const seconds = (ms: number) => Math.round(ms / 10) / 100;

/**
 * The exporter prints each pack in a page of its own and closes it before it returns, and a page's
 * renderer processes end with it: their peaks are read as the exporter closes the page.
 */
function readPeaksBeforePagesClose(browser: Browser, recordChildren: () => void): void {
  for (const context of browser.contexts()) {
    context.on('page', (page) => {
      const close = page.close.bind(page);
      page.close = (options) => {
        recordChildren();
        return close(options);
      };
    });
  }
}

export async function briefingFigures(): Promise<Figure[]> {
  const folder = mkdtempSync(join(tmpdir(), 'protocol-desk-bench-'));
  try {
    const dbFile = join(folder, 'office.sqlite');
    const out = join(folder, 'pack.pdf');
    const visitId = await enlargedOffice(dbFile, folder);
    const job = PrintJob.parse({ document: 'pack', visitId, lang: 'ru', marking: 'dsp' });
    const office = await openHeadlessOffice(dbFile, () => out);
    try {
      const { result: times, peakMb } = await withTreePeakMemory(async (recordChildren) => {
        readPeaksBeforePagesClose(office.browser, recordChildren);
        const runs: number[] = [];
        for (let run = 0; run < 3; run += 1) {
          const started = performance.now();
          await exportPdf(office.ctx, job);
          runs.push(performance.now() - started);
        }
        return runs;
      });
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [out], { encoding: 'utf8' }))?.[1]);
      // The median of three: on a shared 2-core machine a single run says more about the neighbours.
      const median = [...times].sort((a, b) => a - b)[1] as number;
      return [
        { name: 'briefing_pdf_40p_s', value: seconds(median), unit: 's' },
        { name: 'briefing_pdf_40p_first_s', value: seconds(times[0] as number), unit: 's' },
        { name: 'briefing_pdf_40p_pages', value: pages, unit: 'pages' },
        { name: 'peak_rss_mb', value: peakMb, unit: 'MB' },
      ];
    } finally {
      await office.close();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

// Before an export the officer is shown the texts that would print in another language. The list
// must be what the document really prints: the demo office's pack is rendered by the print route's
// own components, with texts dropped from some languages, and every foreign text on the page must
// be on the list, and nothing on the list missing from the page.
import fc from 'fast-check';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  LANGUAGES,
  LIST_COLUMNS,
  NO_TEXT,
  PACK_SECTIONS,
  untranslatedTexts,
  type BriefingPack,
  type Language,
  type ListKind,
  type PrintJob,
} from '../../domain/contract';
import { loadDemoOffice } from '../../electron/demo/load';
import { VISIT } from '../../electron/demo/keys';
import { idByUuid } from '../../db/rows';
import i18n from '../../renderer/src/i18n';
import { BriefingDocument } from '../../renderer/src/print/briefing-document';
import { ListDocument } from '../../renderer/src/print/list-document';
import { call, openTestOffice } from '../api/test-context';

async function demoPack(): Promise<BriefingPack> {
  const ctx = openTestOffice();
  loadDemoOffice(ctx);
  ctx.now = () => new Date('2026-01-15T09:00:00Z');
  return call(ctx, 'briefing:get', { visitId: idByUuid(ctx.db, 'visits', VISIT.uzbekistan2025) ?? 0 });
}

const isLocalizedText = (value: unknown): value is Record<Language, string | null> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).sort().join() === 'az,en,ru';

/**
 * The pack with every text (the talking points aside, which print only in their own language)
 * renamed to a word the page can be searched for, and kept only in the languages `keep` says.
 */
function markedPack(pack: BriefingPack, keep: (marker: string) => Language[]): { pack: BriefingPack; markers: Set<string> } {
  const markers = new Set<string>();
  const byOriginal = new Map<string, string>();
  const walk = (value: unknown, key: string): unknown => {
    if (key === 'talkingPoints') return value;
    if (isLocalizedText(value)) {
      if (!LANGUAGES.some((lang) => value[lang])) return value;
      // One record's text is one marker wherever the pack repeats it (a person in the programme and the lists).
      const original = JSON.stringify(value);
      const marker = byOriginal.get(original) ?? `mark${String(byOriginal.size).padStart(4, '0')}x`;
      byOriginal.set(original, marker);
      const kept = keep(marker);
      if (kept.length > 0) markers.add(marker);
      return Object.fromEntries(LANGUAGES.map((lang) => [lang, kept.includes(lang) ? `${marker}${lang}` : null]));
    }
    if (Array.isArray(value)) return value.map((item) => walk(item, key));
    if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  return { pack: walk(pack, '') as BriefingPack, markers };
}

function rendered(pack: BriefingPack, job: PrintJob): string {
  const t = i18n.getFixedT(job.lang);
  // The talking points print only in their own language; their Markdown needs a browser's DOM to sanitise.
  pack = { ...pack, visit: { ...pack.visit, talkingPoints: NO_TEXT } };
  const document = job.document === 'pack' ? createElement(BriefingDocument, { job, pack, t, marking: '' }) : createElement(ListDocument, { job, pack, t });
  return renderToStaticMarkup(document);
}

/** The marked texts the page prints in a language other than the job's. */
const foreignOnPage = (html: string, lang: Language) =>
  new Set([...html.matchAll(/mark\d{4}x(az|ru|en)/g)].filter((match) => match[1] !== lang).map((match) => match[0]));

/** The documents that print the pack's texts; the seating documents print names alone. */
type PackOrListJob = Extract<PrintJob, { document: 'pack' | 'list' }>;

const JOBS: PackOrListJob[] = LANGUAGES.flatMap((lang) => [
  { document: 'pack', visitId: 1, lang, marking: 'none', markingText: '', paper: 'A4', sections: [...PACK_SECTIONS], programme: 'runsheet' },
  { document: 'pack', visitId: 1, lang, marking: 'none', markingText: '', paper: 'A4', sections: ['cover', 'programme', 'partner'], programme: 'guest' },
  ...(Object.keys(LIST_COLUMNS) as ListKind[]).map(
    (kind): PackOrListJob => ({ document: 'list', visitId: 1, lang, marking: 'none', markingText: '', paper: 'A4', kind, columns: [...LIST_COLUMNS[kind]] }),
  ),
]);

describe('the texts a document would print in another language', () => {
  it('are none for the demo office, whose printed texts are all translated', async () => {
    const pack = await demoPack();
    for (const job of JOBS) expect(untranslatedTexts(pack, job), `${job.document} ${job.lang}`).toEqual([]);
  });

  it('names the partner profile and the signing cues a Russian pack would print in English', async () => {
    const demo = await demoPack();
    const signing = demo.events.find((event) => event.type === 'signing_ceremony');
    const pack: BriefingPack = {
      ...demo,
      partner: { ...demo.partner, notes: { ...demo.partner.notes, ru: null } },
      events: demo.events.map((event) => (event === signing ? { ...event, notes: { ...event.notes, ru: null, az: null } } : event)),
    };
    const job = JOBS.find((candidate) => candidate.document === 'pack' && candidate.lang === 'ru' && candidate.programme === 'runsheet');
    expect(untranslatedTexts(pack, job as PackOrListJob)).toEqual([
      expect.objectContaining({ record: 'event', recordId: signing?.id, field: 'notes', shownIn: 'en', shownText: signing?.notes.en }),
      expect.objectContaining({ record: 'organization', recordId: demo.visit.partnerOrganizationId, field: 'notes', shownIn: 'en', shownText: demo.partner.notes.en }),
    ]);
  });

  it('are exactly the foreign texts on the printed page, whatever languages each text lacks', async () => {
    const demo = await demoPack();
    await fc.assert(
      fc.asyncProperty(fc.func(fc.subarray([...LANGUAGES])), fc.constantFrom(...JOBS), async (keep, job) => {
        const { pack } = markedPack(demo, keep);
        const listed = new Set(untranslatedTexts(pack, job).map((text) => text.shownText));
        expect(listed).toEqual(foreignOnPage(rendered(pack, job), job.lang));
      }),
      { numRuns: 60 },
    );
  });

  it('names the languages a delegate speaks in words of the pack language, also where the machine has no Azerbaijani', async () => {
    const pack = await demoPack();
    const kudratkhodjaev = pack.delegation.find((person) => person.languages.join() === 'uz,ru');
    expect(kudratkhodjaev).toBeDefined();
    const job = (lang: Language) => JOBS.find((candidate) => candidate.document === 'pack' && candidate.lang === lang) as PackOrListJob;
    expect(rendered(pack, job('az'))).toContain('Dillər: Özbək dili, Rus dili');
    expect(rendered(pack, job('ru'))).toContain('узбекский, русский');
    const rooming = JOBS.find((candidate) => candidate.document === 'list' && candidate.kind === 'rooming' && candidate.lang === 'az') as PackOrListJob;
    expect(rendered(pack, rooming)).toContain('Özbək dili, Rus dili');
    expect(rendered(pack, rooming)).not.toContain('uz, ru');
  });
});

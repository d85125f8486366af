// Global search: one box finds people, organisations, venues, visits, programme events, agreements
// and documents, whatever the script the name was typed in.
import { z } from 'zod';
import { Id, Instant, IsoDate, LocalizedText } from './common';

export const SEARCH_KINDS = ['person', 'organization', 'venue', 'visit', 'event', 'agreement', 'document'] as const;
export const SearchKind = z.enum(SEARCH_KINDS);
export type SearchKind = z.infer<typeof SearchKind>;

export const GlobalSearchQuery = z
  .object({
    text: z.string().trim().max(200),
    /** The most hits in all, over every kind. */
    limit: z.number().int().min(1).max(100).default(30),
  })
  .strict();

/** [start, end) of a matched word in a displayed text, in JavaScript string indices. */
const Range = z.tuple([z.number().int().min(0), z.number().int().min(0)]);
const Highlights = z.object({ az: z.array(Range), ru: z.array(Range), en: z.array(Range) });
export type SearchHighlights = z.infer<typeof Highlights>;

/** When a hit happens, for the renderer to write in the reader's format: days, or a moment in its zone. */
export const SearchWhen = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('days'), from: IsoDate, to: IsoDate }),
    z.object({ kind: z.literal('moment'), at: Instant, timeZone: z.string() }),
  ])
  .nullable();
export type SearchWhen = z.infer<typeof SearchWhen>;

export const SearchHit = z.object({
  kind: SearchKind,
  id: Id,
  title: LocalizedText(),
  subtitle: LocalizedText(),
  when: SearchWhen,
  /** Which words of each language's title matched. */
  highlights: Highlights,
  /** The record a hit is opened through: an event's visit, a document's agreement, visit or person. */
  owner: z.object({ kind: SearchKind, id: Id }).nullable(),
});
export type SearchHit = z.infer<typeof SearchHit>;

/** Hits grouped by kind; the group with the best hit comes first, and each group is best first. */
export const SearchResults = z.object({ groups: z.array(z.object({ kind: SearchKind, hits: z.array(SearchHit) })) });
export type SearchResults = z.infer<typeof SearchResults>;

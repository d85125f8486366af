import { z } from 'zod';

export const LANGUAGES = ['az', 'ru', 'en'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

export const Id = z.number().int().positive();
/**
 * A row's stable identifier in its one canonical form: lower-case hex, 8-4-4-4-12. Rows travel
 * between PCs and a document's file is named by its row's UUID, so nothing else may pass as one.
 */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const isCanonicalUuid = (value: unknown): value is string => typeof value === 'string' && UUID_PATTERN.test(value);
export const Uuid = z.string().regex(UUID_PATTERN, { message: 'validation.uuid' });
/** A calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.iso.date();
/** A UTC instant to the second, `YYYY-MM-DDTHH:MM:SSZ`, as the database stores it. */
export const Instant = z.iso.datetime({ precision: 0 });
/** A moment in the form `Instant` holds and the database stores: UTC, to the second (`2025-12-03T06:00:00Z`). */
export const toInstant = (at: Date | number): string => new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z');
export const TimeZone = z
  .string()
  .max(64)
  .refine((zone) => Intl.supportedValuesOf('timeZone').includes(zone) || zone === 'UTC', {
    message: 'validation.timeZone',
  });

/** Free text typed by a user: trimmed, and blank means "not given". */
export const OptionalText = (max = 2000) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((value) => (value === '' ? null : value));

/** The same text in the office's three languages; any may be missing. */
export const LocalizedText = (max = 500) =>
  z.object({ az: OptionalText(max), ru: OptionalText(max), en: OptionalText(max) }).strict();
export type LocalizedText = z.output<ReturnType<typeof LocalizedText>>;
/** A text not given in any language. */
export const NO_TEXT: LocalizedText = Object.freeze({ az: null, ru: null, en: null });

/**
 * Where a text missing in the reader's language is taken from: the one order the screens, the
 * printed documents, the CSV files and the lists' sort keys (db/localized.ts) all follow.
 */
export const FALLBACK_ORDER: Record<Language, readonly Language[]> = {
  az: ['az', 'ru', 'en'],
  ru: ['ru', 'en', 'az'],
  en: ['en', 'ru', 'az'],
};

/** The text in the reader's language, or in the first other one that has it; '' when none does. */
export function pickText(text: LocalizedText | null | undefined, lang: Language): string {
  if (!text) return '';
  for (const candidate of FALLBACK_ORDER[lang]) {
    const value = text[candidate];
    if (value) return value;
  }
  return '';
}

/** Like LocalizedText, but at least one language must be given (names, titles). */
export const RequiredLocalizedText = (max = 500) =>
  LocalizedText(max).refine((text) => text.az !== null || text.ru !== null || text.en !== null, {
    message: 'validation.atLeastOneLanguage',
  });

export const SortDirection = z.enum(['asc', 'desc']);

/** A page of a list, sorted and filtered in SQL. */
export const listQuery = <Column extends string>(columns: readonly [Column, ...Column[]]) =>
  z
    .object({
      search: z.string().trim().max(200).optional(),
      sort: z.object({ column: z.enum(columns), direction: SortDirection }).strict().optional(),
      /** Which language's column to sort names and titles by. */
      lang: Language.default('en'),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
    })
    .strict();

/** `totalCapped`: more rows match a search than `total` (the count stops there; shown as "10,000+"). */
export const page = <Row extends z.ZodType>(row: Row) =>
  z.object({ rows: z.array(row), total: z.number().int(), totalCapped: z.literal(true).optional() });
export type Page<Row> = { rows: Row[]; total: number; totalCapped?: true };

export const ById = z.object({ id: Id }).strict();
/** `trashId` when the record went to the trash and can be restored (the "Undo" after a delete). */
export const Deleted = z.object({ deleted: z.literal(true), trashId: Id.optional() });
export const NoInput = z.object({}).strict();

export const Timestamps = { uuid: Uuid, createdAt: z.string(), updatedAt: z.string() };

/** What a handler's failure looks like once it has crossed to the renderer. */
export const ERROR_CODES = ['validation', 'not_found', 'conflict', 'internal'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
export interface FieldIssue {
  path: (string | number)[];
  /** An i18n key under `errors.` in the renderer's catalogs. */
  messageKey: string;
  params?: Record<string, string | number>;
}
export interface ApiErrorShape {
  code: ErrorCode;
  messageKey: string;
  params?: Record<string, string | number>;
  issues?: FieldIssue[];
  /** Structured facts for the screen that shows the error, e.g. the conflicts that refused a save. */
  details?: unknown;
}
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };

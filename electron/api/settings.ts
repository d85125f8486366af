import { BACKUP_KEEP_DEFAULT, Settings, type ParsedInput } from '../../domain/contract';
import { holdsAnyRecord } from '../../db/rows';
import { readStoredSettings, storeSetting } from '../../db/settings.repo';
import type { HandlerContext } from './context';
import { DEFAULT_CONFLICT_RULES, DEFAULT_TRAVEL_MINUTES } from '../../domain/conflict-rules';
import { DEFAULT_PRECEDENCE_TABLE } from '../../domain/precedence-table';
import { changedFields, inTransaction, recordAudit } from './saving';

const DEFAULTS: Settings = {
  language: 'en',
  languageChosen: false,
  documentSizeLimitMb: 50,
  expiryHorizonDays: 180,
  conflictRules: DEFAULT_CONFLICT_RULES,
  defaultTravelMinutes: DEFAULT_TRAVEL_MINUTES,
  // The office's PCs run Excel with Azerbaijani or Russian regional settings.
  csvDelimiter: ';',
  backupKeep: BACKUP_KEEP_DEFAULT,
  precedenceTable: DEFAULT_PRECEDENCE_TABLE,
  guestsFirstAtEqualRank: true,
};

/** The stored settings over the defaults; a value this version doesn't understand falls back to its default. */
export function getSettings(ctx: HandlerContext): Settings {
  const stored = readStoredSettings(ctx.db);
  // An office that saved a language, or holds records (one from before the first start asked,
  // or a restored backup of one), is not starting for the first time: it isn't asked again.
  const defaults: Settings = { ...DEFAULTS, languageChosen: 'language' in stored || holdsAnyRecord(ctx.db) };
  const known = Object.fromEntries(Object.keys(defaults).map((key) => [key, stored[key] ?? defaults[key as keyof Settings]]));
  return Settings.safeParse(known).data ?? DEFAULTS;
}

/**
 * Merges the given settings into the stored ones, in the caller's transaction, and audits what
 * changed. The one way settings are written; `getSettings` the one way they are read.
 */
export function storeSettings(ctx: HandlerContext, values: Partial<Settings>): Settings {
  const before = getSettings(ctx);
  for (const [key, value] of Object.entries(values)) if (value !== undefined) storeSetting(ctx.db, key, value);
  const after = getSettings(ctx);
  recordAudit(ctx, 'update', 'settings', null, { changed: changedFields(before, after) });
  return after;
}

export const saveSettings = (ctx: HandlerContext, input: ParsedInput<'settings:save'>): Settings =>
  inTransaction(ctx, () => storeSettings(ctx, input));

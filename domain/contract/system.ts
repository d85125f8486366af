// Settings, the audit log and the demo office.
import { z } from 'zod';
import { Id, IsoDate, Language, LocalizedText, Uuid, page } from './common';
import { BackupKeep } from './backup';
import { ConflictRules } from './programme';
import { PrecedenceTable } from './precedence';

/** What separates a CSV file's columns: Excel splits on ';' in Azerbaijani and Russian regional settings, on ',' in English. */
export const CSV_DELIMITERS = [';', ','] as const;
export const CsvDelimiter = z.enum(CSV_DELIMITERS);
export type CsvDelimiter = z.output<typeof CsvDelimiter>;

export const Settings = z
  .object({
    /** The interface language, remembered between sessions. */
    language: Language,
    /** False until an officer has answered the first start's question about the language. */
    languageChosen: z.boolean(),
    /** Attachments larger than this are refused (agreements register). */
    documentSizeLimitMb: z.number().int().min(1).max(500),
    /** How many days ahead the alerts dashboard looks for expiring agreements. */
    expiryHorizonDays: z.number().int().min(1).max(3650),
    /** For each programme conflict rule: refuse the save, warn and ask, or say nothing. */
    conflictRules: ConflictRules,
    /** Minutes allowed between two venues when no travel time is recorded for them. */
    defaultTravelMinutes: z.number().int().min(0).max(240),
    /** The column separator of every CSV the office saves, to match the office PCs' Excel. */
    csvDelimiter: CsvDelimiter,
    /** How many daily backups are kept; set through `backup:saveSettings`, which rotates at once. */
    backupKeep: BackupKeep,
    /** The posts and ranks people are ordered by, each at its tier. */
    precedenceTable: PrecedenceTable,
    /** At equal tier, the foreign guests go before our hosts. */
    guestsFirstAtEqualRank: z.boolean(),
  })
  .strict();
export type Settings = z.output<typeof Settings>;
export const SettingsInput = Settings.omit({ backupKeep: true }).partial().strict();

export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'restore', 'export', 'print', 'backup', 'import', 'demo'] as const;
export const AuditAction = z.enum(AUDIT_ACTIONS);
export const AuditEntry = z.object({
  id: Id,
  uuid: Uuid,
  at: z.string(),
  actor: z.string(),
  action: AuditAction,
  entity: z.string(),
  entityUuid: Uuid.nullable(),
  details: z.record(z.string(), z.unknown()),
  /**
   * What the entry is about, by name: the person's name, the visit's title, the document's file
   * name (from the trash once the record is deleted), or for entries about no record what their
   * details name (a backup's file, an imported bundle's PC). Null when there is nothing to name.
   */
  record: LocalizedText().nullable(),
  /** Records the details point at by id (an attendance's person, a travel time's venues), by `person:<id>` or `venue:<id>`. */
  mentions: z.record(z.string(), LocalizedText()),
});
export type AuditEntry = z.output<typeof AuditEntry>;

/**
 * The log names most records by kind ('person'), but the trash names a table it has no kind for
 * by the table ('organizations'), and older entries did so for agreements: both mean one kind.
 */
const AUDIT_KIND_OF_TABLE: Record<string, string> = {
  people: 'person',
  organizations: 'organization',
  venues: 'venue',
  visits: 'visit',
  events: 'event',
  agreements: 'agreement',
  documents: 'document',
  tasks: 'task',
  agreement_activities: 'agreement_activity',
  register_filters: 'register_filter',
  trusted_signers: 'trustedSigner',
  visit_members: 'visitMember',
};
export const auditEntityKind = (entity: string): string => AUDIT_KIND_OF_TABLE[entity] ?? entity;
/** The key of a record named in an entry's `mentions`. */
export const auditMention = (kind: 'person' | 'venue', id: number): string => `${kind}:${id}`;
export const AuditListQuery = z
  .object({
    entity: z.string().max(64).optional(),
    entityUuid: Uuid.optional(),
    action: AuditAction.optional(),
    /** The OS user who acted. */
    actor: z.string().max(128).optional(),
    /** Calendar days (UTC), both included. */
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export const AuditPage = page(AuditEntry);
/** The actors and entities the log names, for the audit screen's filters. */
export const AuditFacets = z.object({ actors: z.array(z.string()), entities: z.array(z.string()) });

export const DemoLoaded = z.object({
  /** Rows the call added; 0 when the demo office was already there. */
  created: z.number().int(),
});

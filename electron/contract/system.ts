// Settings, the audit log and the demo office.
import { z } from 'zod';
import { Id, Language, Uuid, page } from './common';

export const Settings = z
  .object({
    /** The interface language, remembered between sessions. */
    language: Language,
  })
  .strict();
export type Settings = z.output<typeof Settings>;
export const SettingsInput = Settings.partial().strict();

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
});
export type AuditEntry = z.output<typeof AuditEntry>;
export const AuditListQuery = z
  .object({
    entity: z.string().max(64).optional(),
    entityUuid: Uuid.optional(),
    action: AuditAction.optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export const AuditPage = page(AuditEntry);

export const DemoLoaded = z.object({
  /** Rows the call added; 0 when the demo office was already there. */
  created: z.number().int(),
});

// Every entry the app writes to the audit log reads as a sentence in each interface language:
// no placeholder, catalog key, internal field name or raw data left, and none of them falls back
// to the sentence for details this version can't describe.
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, auditEntityKind, type AuditEntry } from '../../domain/contract';
import i18n from '../../renderer/src/i18n';
import { describeEntry } from '../../renderer/src/features/audit/describe-entry';
import { auditEntriesOfAWorkingWeek } from './audit-scenario';

/** Every action and kind of record the handlers log (grep `recordAudit(` in electron/api, electron/demo). */
const LOGGED_SHAPES = [
  'create agreement', 'update agreement', 'delete agreement', 'create agreement_activity', 'update agreement_activity', 'delete agreement_activity',
  'export agreement_register', 'export bundle', 'import bundle', 'create checklist', 'backup database', 'restore database', 'create database',
  'demo demo_office', 'create document', 'export document', 'delete document', 'restore document', 'create event', 'update event', 'delete event',
  'restore event', 'create organization', 'update organization', 'delete organization', 'create person', 'update person', 'delete person',
  'restore person', 'create register_filter', 'update register_filter', 'delete register_filter', 'update settings', 'create task', 'update task',
  'delete task', 'create travel_time', 'update travel_time', 'delete travel_time', 'create trustedSigner', 'delete trustedSigner', 'create venue',
  'update venue', 'delete venue', 'create visit', 'update visit', 'export visit', 'print visit', 'create visitMember', 'update visitMember',
  'delete visitMember',
];

/** Details that hold what officers or their PCs named: files, paths, PC names, a marking's words. */
const DATA_KEYS = new Set(['name', 'file', 'fileName', 'backup', 'safetyCopy', 'setAside', 'markingText', 'fingerprint']);
function dataIn(details: unknown): string[] {
  if (typeof details !== 'object' || details === null) return [];
  return Object.entries(details).flatMap(([key, value]) => (DATA_KEYS.has(key) && typeof value === 'string' ? [value] : dataIn(value)));
}

let entries: AuditEntry[] = [];
beforeAll(async () => {
  entries = await auditEntriesOfAWorkingWeek();
}, 60_000);

describe('the audit log’s sentences', () => {
  it('are tried on an entry of every action and kind of record the app logs', () => {
    const shapes = new Set(entries.map((entry) => `${entry.action} ${auditEntityKind(entry.entity)}`));
    expect(LOGGED_SHAPES.filter((shape) => !shapes.has(shape))).toEqual([]);
  });

  for (const lang of LANGUAGES) {
    it(`read as sentences in ${lang}, with nothing internal left`, () => {
      const reader = { t: i18n.getFixedT(lang), lang };
      const undescribed = reader.t('auditLog.sentences.undescribed');
      for (const entry of entries) {
        const sentence = describeEntry(entry, reader);
        const shape = `${entry.action} ${entry.entity} ${JSON.stringify(entry.details)}`;
        expect(sentence, shape).not.toBe('');
        expect(sentence, shape).not.toBe(undescribed);
        expect(sentence, shape).not.toMatch(/\{\{|\}\}|auditLog\.|[{["]|\bnull\b|\bundefined\b|\[object/);
        // A camelCase word is a field name or a key that reached the reader; the officers' data may hold any.
        const prose = dataIn(entry.details).reduce((text, data) => text.replaceAll(data, ''), sentence);
        expect(prose, shape).not.toMatch(/\b\p{Ll}+\p{Lu}\p{L}*/u);
        // Names and file names are the officers' own, in any script; the sentence's first word is the reader's.
        expect(sentence, shape).toMatch(lang === 'ru' ? /^\P{L}*\p{Script=Cyrillic}/u : /^\P{L}*\p{Script=Latin}/u);
      }
    });
  }

  it('say the same entry differently in each language', () => {
    for (const entry of entries) {
      const sentences = LANGUAGES.map((lang) => describeEntry(entry, { t: i18n.getFixedT(lang), lang }));
      expect(new Set(sentences).size, JSON.stringify(entry.details)).toBe(LANGUAGES.length);
    }
  });
});

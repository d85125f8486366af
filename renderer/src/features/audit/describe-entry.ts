// An audit entry's details as a sentence in the reader's language. Entries keep the details their
// handler wrote (every `recordAudit(` in electron/api, and the demo loader), also those written by
// an older version, so each shape is read with a schema that tolerates what it doesn't know, and an
// entry with no sentence of its own still reads as one, never as raw data.
import type { TFunction } from 'i18next';
import { z } from 'zod';
import {
  Attendance,
  BadgeSide,
  BackupKind,
  DatabaseProblemReason,
  Language,
  ListKindSchema,
  Marking,
  ProgrammeKind,
  SeatingLayout,
  UntranslatedText,
  auditEntityKind,
  auditMention,
  type AuditEntry,
} from '../../../../domain/contract';
import { pickText } from '../../i18n/pick-text';
import { changedFieldsText } from './changed-fields';

export interface Reader {
  t: TFunction;
  lang: Language;
}

type Sentence = (entry: AuditEntry, reader: Reader) => string | undefined;
type Action = AuditEntry['action'];

/** A sentence for entries of these actions and kinds whose details have this shape. */
function when<S extends z.ZodType>(
  scope: { action?: Action[]; kind?: string[] },
  details: S,
  say: (details: z.output<S>, reader: Reader, entry: AuditEntry) => string,
): Sentence {
  return (entry, reader) => {
    if (scope.action && !scope.action.includes(entry.action)) return undefined;
    if (scope.kind && !scope.kind.includes(auditEntityKind(entry.entity))) return undefined;
    const parsed = details.safeParse(entry.details);
    return parsed.success ? say(parsed.data, reader, entry) : undefined;
  };
}

const say = (t: TFunction, key: string, values?: Record<string, unknown>) => t(`auditLog.sentences.${key}`, values);
const inLanguage = ({ t }: Reader, lang: Language) => t(`auditLog.inLanguage.${lang}`);

/** A person or venue the details point at, by the name main found; one since deleted is said to be. */
function mentioned(entry: AuditEntry, { t, lang }: Reader, kind: 'person' | 'venue', id: number): string {
  const name = entry.mentions[auditMention(kind, id)];
  return name ? pickText(name, lang) : say(t, kind === 'person' ? 'someone' : 'someVenue');
}

const None = z.object({}).strict();
const Count = z.number().int();
const Changed = z.object({ changed: z.array(z.string()).optional(), acknowledgedConflicts: z.array(z.unknown()).optional() }).strict();
const PrintJob = z.object({
  document: z.enum(['pack', 'list', 'seating', 'placeCards', 'badges']),
  layout: SeatingLayout.optional(),
  side: BadgeSide.optional(),
  lang: Language,
  kind: ListKindSchema.optional(),
  format: z.literal('csv').optional(),
  marking: Marking.optional(),
  markingText: z.string().nullish(),
  programme: ProgrammeKind.optional(),
  file: z.string().optional(),
  untranslated: z.object({ count: Count, texts: z.array(UntranslatedText.omit({ recordId: true, shownText: true })) }).optional(),
});

/** Texts named one by one in the sentence; the rest are counted. */
const UNTRANSLATED_NAMED = 5;

/** "printed anyway without a translation (3): Notes of the event «Signing», in English; …" */
function untranslatedSentence(untranslated: NonNullable<z.output<typeof PrintJob>['untranslated']>, { t, lang }: Reader): string {
  const named = untranslated.texts.slice(0, UNTRANSLATED_NAMED).map((text) =>
    t('untranslated.entry', {
      field: t(`untranslated.fields.${text.field}`),
      record: t(`untranslated.records.${text.record}`),
      label: pickText(text.recordLabel, lang),
      shownIn: t(`untranslated.shownIn.${text.shownIn}`),
    }),
  );
  const more = untranslated.count - named.length;
  return say(t, 'printedUntranslated', { count: untranslated.count, texts: [...named, ...(more > 0 ? [say(t, 'andMore', { count: more })] : [])].join(' ') });
}

function printJobSentence(job: z.output<typeof PrintJob>, reader: Reader, action: Action): string {
  const { t } = reader;
  const format = job.format === 'csv' ? 'CSV' : 'PDF';
  const what = `${job.document}${action === 'print' ? 'Printed' : 'Exported'}`;
  const marking = job.marking === 'dsp' ? t('pack.marking.dsp') : job.marking === 'custom' ? job.markingText : null;
  return [
    say(t, what, { list: job.kind ? t(`lists.titles.${job.kind}`) : '', format, layout: job.layout ? t(`seating.layouts.${job.layout}`) : '', side: job.side ? t(`badges.sides.${job.side}`) : '' }),
    job.programme === 'runsheet' ? say(t, 'withRunsheet') : null,
    inLanguage(reader, job.lang),
    marking ? say(t, 'marked', { marking }) : null,
    job.file ? say(t, 'savedAs', { file: job.file }) : null,
    job.untranslated ? untranslatedSentence(job.untranslated, reader) : null,
  ]
    .filter(Boolean)
    .join(', ');
}

function changedSentence(details: z.output<typeof Changed>, { t }: Reader, entry: AuditEntry): string {
  const fields = details.changed && changedFieldsText(auditEntityKind(entry.entity), details.changed, t);
  const acknowledged = details.acknowledgedConflicts?.length;
  const unchanged = entry.action === 'create' ? say(t, 'created') : say(t, details.changed ? 'savedUnchanged' : 'saved');
  const base = fields ? say(t, 'changed', { fields }) : unchanged;
  return acknowledged ? `${base}; ${say(t, 'acknowledged', { count: acknowledged })}` : base;
}

const TravelTime = z.object({ fromVenueId: Count, toVenueId: Count, minutes: Count, previousMinutes: Count.optional() });
const TRAVEL_SENTENCE: Partial<Record<Action, string>> = { create: 'travelSet', update: 'travelChanged', delete: 'travelDeleted' };

const FILE_SENTENCE = { create: 'fileAttached', export: 'fileCopySaved', delete: 'fileTrashed', restore: 'fileRestored' } as const;
const FILE_ACTIONS = Object.keys(FILE_SENTENCE) as (keyof typeof FILE_SENTENCE)[];

const SENTENCES: Sentence[] = [
  when({ action: ['update'] }, z.object({ attendance: z.object({ personId: Count, value: Attendance }) }), ({ attendance }, reader, entry) =>
    say(reader.t, 'attendance', {
      person: mentioned(entry, reader, 'person', attendance.personId),
      // A status inside a sentence, not a label: «присутствовал», "attended".
      status: reader.t(`attendanceStatus.${attendance.value}`).toLocaleLowerCase(reader.lang),
    }),
  ),
  when({ action: ['update'], kind: ['visit'] }, z.object({ changed: z.tuple([z.literal('talkingPoints')]), lang: Language }), ({ lang }, reader) =>
    say(reader.t, 'talkingPoints', { language: inLanguage(reader, lang) }),
  ),
  when(
    { action: ['update'] },
    z.object({ memberOrder: z.array(Count), side: z.enum(['guest', 'host']), byPrecedence: z.literal(true).optional(), reason: z.string().nullish() }),
    ({ side, byPrecedence, reason }, { t }) => {
      const guests = side === 'guest';
      const done = byPrecedence ? (guests ? 'orderedGuestsByPrecedence' : 'orderedHostsByPrecedence') : guests ? 'reorderedGuests' : 'reorderedHosts';
      return [say(t, done), reason ? say(t, 'becauseOf', { reason }) : null].filter(Boolean).join('; ');
    },
  ),
  when({ action: ['update'], kind: ['event'] }, z.object({ seating: SeatingLayout, places: Count }), ({ seating, places }, { t }) =>
    say(t, 'seatingSaved', { layout: t(`seating.layouts.${seating}`), count: places }),
  ),
  when({ action: ['update'], kind: ['event'] }, z.object({ seating: SeatingLayout, reseated: z.literal(true), locked: Count }), ({ seating, locked }, { t }) =>
    say(t, 'reseated', { layout: t(`seating.layouts.${seating}`), count: locked }),
  ),
  when({ kind: ['travel_time'] }, TravelTime, (travel, reader, entry) =>
    say(reader.t, TRAVEL_SENTENCE[entry.action] ?? 'travelSet', {
      from: mentioned(entry, reader, 'venue', travel.fromVenueId),
      to: mentioned(entry, reader, 'venue', travel.toVenueId),
      minutes: travel.minutes,
      previous: travel.previousMinutes ?? travel.minutes,
    }),
  ),
  when({ action: ['delete'] }, z.object({ trashId: Count, rows: Count }), ({ rows }, { t }) =>
    rows > 1 ? say(t, 'movedToTrashWith', { count: rows - 1 }) : say(t, 'movedToTrash'),
  ),
  when({ action: ['restore'] }, z.object({ trashId: Count }), (_details, { t }) => say(t, 'restoredFromTrash')),
  when({ action: FILE_ACTIONS, kind: ['document'] }, z.object({ fileName: z.string() }), (_details, { t }, entry) =>
    say(t, FILE_SENTENCE[entry.action as (typeof FILE_ACTIONS)[number]]),
  ),
  when({ action: ['create'], kind: ['checklist'] }, z.object({ tasks: Count }), ({ tasks }, { t }) => say(t, 'checklistCreated', { count: tasks })),
  when({ action: ['create'], kind: ['trustedSigner'] }, z.object({ fingerprint: z.string(), how: z.enum(['keyFile', 'confirmedFingerprint']) }), ({ fingerprint, how }, { t }) =>
    say(t, how === 'keyFile' ? 'signerFromKeyFile' : 'signerConfirmed', { fingerprint }),
  ),
  when({ action: ['delete'], kind: ['trustedSigner'] }, None, (_details, { t }) => say(t, 'signerForgotten')),
  when({ action: ['backup'], kind: ['database'] }, z.object({ name: z.string(), kind: BackupKind }), ({ name, kind }, { t }) => say(t, `backup.${kind}`, { file: name })),
  when({ action: ['restore'], kind: ['database'] }, z.object({ backup: z.string(), safetyCopy: z.string().nullable() }), ({ backup, safetyCopy }, { t }) =>
    [say(t, 'restoredBackup', { file: backup }), safetyCopy ? say(t, 'safetyCopy', { file: safetyCopy }) : null].filter(Boolean).join('; '),
  ),
  when({ action: ['create'], kind: ['database'] }, z.object({ after: DatabaseProblemReason.optional(), setAside: z.string().optional() }), ({ after, setAside }, { t }) =>
    [say(t, 'startedEmpty'), after ? t(`recovery.reasons.${after}`) : null, setAside ? say(t, 'setAside', { file: setAside }) : null].filter(Boolean).join(' '),
  ),
  when({ action: ['export', 'print'], kind: ['visit'] }, PrintJob, (job, reader, entry) => printJobSentence(job, reader, entry.action)),
  when({ action: ['export'], kind: ['bundle'] }, z.object({ visits: Count, agreements: Count, records: Count }), (counts, { t }) => say(t, 'bundleExported', counts)),
  when(
    { action: ['import'], kind: ['bundle'] },
    z.object({ added: Count, updated: Count, unchanged: Count, keptLocal: Count, signer: z.object({ name: z.string(), decision: z.string() }) }),
    ({ signer, ...counts }, { t }) => {
      const decision = signer.decision === 'importOnce' ? 'importedOnce' : signer.decision === 'trust' ? 'trustedNow' : null;
      return [say(t, 'bundleImported', { ...counts, sender: signer.name }), decision ? say(t, decision) : null].filter(Boolean).join('; ');
    },
  ),
  when({ action: ['export'], kind: ['agreement_register'] }, z.object({ rows: Count }), ({ rows }, { t }) => say(t, 'registerExported', { count: rows })),
  when({ action: ['demo'] }, z.object({ created: Count }), ({ created }, { t }) => say(t, 'demoLoaded', { count: created })),
  when({ action: ['create', 'update'] }, Changed, changedSentence),
  when({ action: ['delete'] }, None, (_details, { t }) => say(t, 'deletedForGood')),
];

/** What the entry says happened, as a sentence in the reader's language. */
export function describeEntry(entry: AuditEntry, reader: Reader): string {
  for (const sentence of SENTENCES) {
    const text = sentence(entry, reader);
    if (text !== undefined) return text;
  }
  return say(reader.t, 'undescribed');
}

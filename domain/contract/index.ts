// The one contract between the renderer and the main process: every channel, its input schema
// and its output schema. Imports neither electron nor Node, so every side can use it.
import { z } from 'zod';
import { ById, Deleted, Id, LocalizedText, NoInput } from './common';
import { Activity, ActivityInput, Agreement, AgreementInput, AgreementListQuery, AgreementPage, ByAgreement } from './agreements';
import { DocumentAddInput, DocumentContent, DocumentListQuery, DocumentReadInput, StoredDocument } from './documents';
import { Alerts, PartnerHistory, RegisterCsv, RegisterCsvInput, RegisterFilter, RegisterFilterInput } from './register';
import {
  Organization,
  OrganizationInput,
  OrganizationListQuery,
  OrganizationPage,
  Person,
  PersonInput,
  PersonListQuery,
  PersonPage,
  Venue,
  VenueInput,
  VenueListQuery,
  VenuePage,
  PersonPhoto,
  SimilarOrganizationsQuery,
  SimilarPeopleQuery,
} from './directory';
import { NameSpellings, TransliterateInput } from './names';
import { SeatingPlanView, SeatingQuery, SeatingReseat, SeatingSave } from './seating';
import { AuditFacets, AuditListQuery, AuditPage, DemoLoaded, Settings, SettingsInput } from './system';
import { GlobalSearchQuery, SearchResults } from './search';
import { BriefingPack, Exported, ListCsvInput, Printed, PrintJob, TalkingPointsInput } from './briefing';
import {
  TransferCancelled,
  TransferExported,
  TransferExportInput,
  TransferIdentity,
  TransferImported,
  TransferImportInput,
  TransferPreview,
  TransferPreviewInput,
  TransferProgress,
  TrustedSigner,
  TrustKeyFileInput,
} from './transfer';
import { BackupFile, BackupList, BackupRestored, BackupRestoreInput, BackupSettingsInput, RecoveryStartedEmpty, RecoveryStatus } from './backup';
import {
  Conflict,
  EventDuplicateInput,
  EventMoveInput,
  ProgrammeCopyInput,
  ProtocolEvent,
  ProtocolEventInput,
  TravelTime,
  TravelTimeInput,
  TravelTimeKey,
} from './programme';
import {
  AttendanceInput,
  AttendanceRow,
  CalendarQuery,
  CalendarRange,
  Checklist,
  MemberReorder,
  VisitSideRef,
  Restored,
  Task,
  TaskInput,
  TrashList,
  VisitStatusChange,
} from './planning';
import {
  VisitDetail,
  VisitInput,
  VisitListQuery,
  VisitMember,
  VisitMemberInput,
  VisitPage,
} from './visits';

const ByVisit = z.object({ visitId: Id }).strict();

export const contract = {
  'organizations:list': { input: OrganizationListQuery, output: OrganizationPage },
  'organizations:get': { input: ById, output: Organization },
  'organizations:save': { input: OrganizationInput, output: Organization },
  'organizations:delete': { input: ById, output: Deleted },
  'organizations:similar': { input: SimilarOrganizationsQuery, output: z.array(Organization) },

  'people:list': { input: PersonListQuery, output: PersonPage },
  'people:get': { input: ById, output: Person },
  'people:save': { input: PersonInput, output: Person },
  'people:delete': { input: ById, output: Deleted },
  'people:similar': { input: SimilarPeopleQuery, output: z.array(Person) },
  'people:photo': { input: ById, output: PersonPhoto },
  'names:transliterate': { input: TransliterateInput, output: NameSpellings },

  'venues:list': { input: VenueListQuery, output: VenuePage },
  'venues:get': { input: ById, output: Venue },
  'venues:save': { input: VenueInput, output: Venue },
  'venues:delete': { input: ById, output: Deleted },

  'visits:list': { input: VisitListQuery, output: VisitPage },
  'visits:get': { input: ById, output: VisitDetail },
  'visits:save': { input: VisitInput, output: VisitDetail },
  'visits:delete': { input: ById, output: Deleted },
  'visits:setStatus': { input: VisitStatusChange, output: VisitDetail },

  'visitMembers:save': { input: VisitMemberInput, output: VisitMember },
  'visitMembers:delete': { input: ById, output: Deleted },
  'visitMembers:reorder': { input: MemberReorder, output: z.array(VisitMember) },
  'visitMembers:orderByPrecedence': { input: VisitSideRef, output: z.array(VisitMember) },
  'seating:plan': { input: SeatingQuery, output: SeatingPlanView },
  'seating:save': { input: SeatingSave, output: SeatingPlanView },
  'seating:reseat': { input: SeatingReseat, output: SeatingPlanView },

  'events:list': { input: ByVisit, output: z.array(ProtocolEvent) },
  'events:get': { input: ById, output: ProtocolEvent },
  'events:save': { input: ProtocolEventInput, output: ProtocolEvent },
  'events:delete': { input: ById, output: Deleted },
  'events:move': { input: EventMoveInput, output: ProtocolEvent },
  'events:duplicate': { input: EventDuplicateInput, output: ProtocolEvent },
  'events:copyProgramme': { input: ProgrammeCopyInput, output: z.array(ProtocolEvent) },
  'visits:conflicts': { input: ByVisit, output: z.array(Conflict) },
  'travelTimes:list': { input: NoInput, output: z.array(TravelTime) },
  'travelTimes:save': { input: TravelTimeInput, output: TravelTime },
  'travelTimes:delete': { input: TravelTimeKey, output: Deleted },

  'tasks:list': { input: ByVisit, output: Checklist },
  'tasks:save': { input: TaskInput, output: Task },
  'tasks:delete': { input: ById, output: Deleted },

  'calendar:range': { input: CalendarQuery, output: CalendarRange },
  'events:setAttendance': { input: AttendanceInput, output: z.array(AttendanceRow) },
  'trash:list': { input: NoInput, output: TrashList },
  'trash:restore': { input: ById, output: Restored },

  'agreements:list': { input: AgreementListQuery, output: AgreementPage },
  'agreements:get': { input: ById, output: Agreement },
  'agreements:save': { input: AgreementInput, output: Agreement },
  'agreements:delete': { input: ById, output: Deleted },
  'agreements:exportCsv': { input: RegisterCsvInput, output: RegisterCsv },
  'registerFilters:list': { input: NoInput, output: z.array(RegisterFilter) },
  'registerFilters:save': { input: RegisterFilterInput, output: RegisterFilter },
  'registerFilters:delete': { input: ById, output: Deleted },
  'activities:list': { input: ByAgreement, output: z.array(Activity) },
  'activities:save': { input: ActivityInput, output: Activity },
  'activities:delete': { input: ById, output: Deleted },
  'documents:list': { input: DocumentListQuery, output: z.array(StoredDocument) },
  'documents:add': { input: DocumentAddInput, output: StoredDocument },
  'documents:read': { input: DocumentReadInput, output: DocumentContent },
  'documents:trash': { input: ById, output: StoredDocument },
  'documents:restore': { input: ById, output: StoredDocument },
  'alerts:list': { input: NoInput, output: Alerts },
  'partners:history': { input: ById, output: PartnerHistory },

  'audit:list': { input: AuditListQuery, output: AuditPage },
  'audit:facets': { input: NoInput, output: AuditFacets },
  'search:global': { input: GlobalSearchQuery, output: SearchResults },

  'settings:get': { input: NoInput, output: Settings },
  'settings:save': { input: SettingsInput, output: Settings },

  'demo:load': { input: NoInput, output: DemoLoaded },

  'briefing:get': { input: ByVisit, output: BriefingPack },
  'briefing:saveTalkingPoints': { input: TalkingPointsInput, output: z.object({ talkingPoints: LocalizedText() }) },
  'briefing:exportPdf': { input: PrintJob, output: Exported },
  'briefing:print': { input: PrintJob, output: Printed },
  'briefing:exportCsv': { input: ListCsvInput, output: Exported },

  'backup:list': { input: NoInput, output: BackupList },
  'backup:create': { input: NoInput, output: BackupFile },
  'backup:restore': { input: BackupRestoreInput, output: BackupRestored },
  'backup:saveSettings': { input: BackupSettingsInput, output: BackupList },
  'recovery:status': { input: NoInput, output: RecoveryStatus },
  'recovery:startEmpty': { input: NoInput, output: RecoveryStartedEmpty },
  'transfer:export': { input: TransferExportInput, output: TransferExported },
  'transfer:preview': { input: TransferPreviewInput, output: TransferPreview },
  'transfer:import': { input: TransferImportInput, output: TransferImported },
  'transfer:progress': { input: NoInput, output: TransferProgress },
  'transfer:cancel': { input: NoInput, output: TransferCancelled },
  'transfer:identity': { input: NoInput, output: TransferIdentity },
  'transfer:signers': { input: NoInput, output: z.array(TrustedSigner) },
  'transfer:trustKeyFile': { input: TrustKeyFileInput, output: TrustedSigner },
  'transfer:forgetSigner': { input: ById, output: Deleted },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const CHANNELS = Object.keys(contract) as Channel[];

/** What a caller sends (before defaults and trimming). */
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export * from './common';
export * from './alphabet';
export * from './directory';
export * from './names';
export * from './person-name';
export * from './visits';
export * from './programme';
export * from './planning';
export * from './agreements';
export * from './documents';
export * from './register';
export * from './system';
export * from './precedence';
export * from './seating';
export * from './search';
export * from './backup';
export * from './transfer';
export * from './briefing';
export * from './untranslated-texts';

// The one contract between the renderer and the main process: every channel, its input schema
// and its output schema. Imports neither electron nor Node, so every side can use it.
import { z } from 'zod';
import { ById, Deleted, Id, NoInput } from './common';
import { Agreement, AgreementInput, AgreementListQuery, AgreementPage } from './agreements';
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
} from './directory';
import { AuditListQuery, AuditPage, DemoLoaded, Settings, SettingsInput } from './system';
import {
  ProtocolEvent,
  ProtocolEventInput,
  Task,
  TaskInput,
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

  'people:list': { input: PersonListQuery, output: PersonPage },
  'people:get': { input: ById, output: Person },
  'people:save': { input: PersonInput, output: Person },
  'people:delete': { input: ById, output: Deleted },

  'venues:list': { input: VenueListQuery, output: VenuePage },
  'venues:get': { input: ById, output: Venue },
  'venues:save': { input: VenueInput, output: Venue },
  'venues:delete': { input: ById, output: Deleted },

  'visits:list': { input: VisitListQuery, output: VisitPage },
  'visits:get': { input: ById, output: VisitDetail },
  'visits:save': { input: VisitInput, output: VisitDetail },
  'visits:delete': { input: ById, output: Deleted },

  'visitMembers:save': { input: VisitMemberInput, output: VisitMember },
  'visitMembers:delete': { input: ById, output: Deleted },

  'events:list': { input: ByVisit, output: z.array(ProtocolEvent) },
  'events:get': { input: ById, output: ProtocolEvent },
  'events:save': { input: ProtocolEventInput, output: ProtocolEvent },
  'events:delete': { input: ById, output: Deleted },

  'tasks:list': { input: ByVisit, output: z.array(Task) },
  'tasks:save': { input: TaskInput, output: Task },
  'tasks:delete': { input: ById, output: Deleted },

  'agreements:list': { input: AgreementListQuery, output: AgreementPage },
  'agreements:get': { input: ById, output: Agreement },
  'agreements:save': { input: AgreementInput, output: Agreement },
  'agreements:delete': { input: ById, output: Deleted },

  'audit:list': { input: AuditListQuery, output: AuditPage },

  'settings:get': { input: NoInput, output: Settings },
  'settings:save': { input: SettingsInput, output: Settings },

  'demo:load': { input: NoInput, output: DemoLoaded },
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
export * from './directory';
export * from './visits';
export * from './agreements';
export * from './system';

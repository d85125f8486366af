// Loads the demo office through the same handlers the app uses, so the contract's validation,
// the repositories' rules and the audit log all apply to it as to anything an officer types.
import { contract, type Channel, type ChannelInput, type ParsedInput } from '../../domain/contract';
import { saveAgreement } from '../api/agreements';
import type { HandlerContext } from '../api/context';
import { saveEvent } from '../api/events';
import { saveOrganization } from '../api/organizations';
import { savePerson } from '../api/people';
import { inTransaction, recordAudit } from '../api/saving';
import { saveTask } from '../api/tasks';
import { saveTravelTime } from '../api/travel-times';
import { saveVenue } from '../api/venues';
import { reseat } from '../api/seating';
import { saveVisitMember } from '../api/visit-members';
import { saveVisit } from '../api/visits';
import { agreements } from './agreements';
import { idByUuid, type Table } from '../../db/rows';
import { findSeating } from '../../db/seating.repo';
import { logistics } from './logistics';
import { organizations } from './organizations';
import { people } from './people';
import { travelTimes } from './travel-times';
import { venues } from './venues';
import { russianMembers, russianProgramme } from './visit-russia';
import { uzbekMembers, uzbekProgramme, uzbekSeating } from './visit-uzbekistan';
import { visits } from './visits';

type SaveChannel = Exclude<Extract<Channel, `${string}:save`>, 'settings:save'>;
type IdOf = (table: Table, uuid: string) => number;
type NullableIdOf = (table: Table, uuid: string | null) => number | null;

interface Step<C extends SaveChannel, R extends { uuid: string }> {
  table: Table;
  channel: C;
  records: readonly R[];
  toInput: (record: R, id: IdOf & NullableIdOf) => ChannelInput<C>;
  /** The channel's handler; synchronous, because a transaction can't wait. */
  save: (ctx: HandlerContext, input: ParsedInput<C>) => unknown;
}

// Dependency order: whatever a record refers to is written by an earlier step.
const steps = [
  step({
    table: 'organizations',
    channel: 'organizations:save',
    save: saveOrganization,
    records: organizations,
    toInput: ({ parent, ...org }, id) => ({ ...org, parentId: id('organizations', parent) }),
  }),
  step({
    table: 'people',
    channel: 'people:save',
    save: savePerson,
    records: people,
    toInput: ({ organization, ...person }, id) => ({ ...person, organizationId: id('organizations', organization) }),
  }),
  step({ table: 'venues', channel: 'venues:save', save: saveVenue, records: venues, toInput: (venue) => venue }),
  step({
    table: 'venue_travel_times',
    channel: 'travelTimes:save',
    save: saveTravelTime,
    records: travelTimes,
    toInput: ({ from, to, ...travel }, id) => ({ ...travel, fromVenueId: id('venues', from), toVenueId: id('venues', to) }),
  }),
  step({
    table: 'visits',
    channel: 'visits:save',
    save: saveVisit,
    records: visits,
    toInput: ({ partnerOrganization, responsibleOfficer, ...visit }, id) => ({
      ...visit,
      partnerOrganizationId: id('organizations', partnerOrganization),
      responsibleOfficerId: id('people', responsibleOfficer),
    }),
  }),
  step({
    table: 'visit_members',
    channel: 'visitMembers:save',
    save: saveVisitMember,
    records: [...uzbekMembers, ...russianMembers],
    toInput: ({ visit, person, ...member }, id) => ({ ...member, visitId: id('visits', visit), personId: id('people', person) }),
  }),
  step({
    table: 'events',
    channel: 'events:save',
    save: saveEvent,
    records: [...uzbekProgramme, ...russianProgramme],
    toInput: ({ visit, venue, responsibleOfficer, participants, ...event }, id) => ({
      ...event,
      visitId: id('visits', visit),
      venueId: id('venues', venue),
      responsibleOfficerId: id('people', responsibleOfficer),
      participantIds: participants.map((person) => id('people', person)),
    }),
  }),
  step({
    table: 'tasks',
    channel: 'tasks:save',
    save: saveTask,
    records: logistics,
    toInput: ({ visit, owner, ...task }, id) => ({ ...task, visitId: id('visits', visit), ownerPersonId: id('people', owner) }),
  }),
  step({
    table: 'agreements',
    channel: 'agreements:save',
    save: saveAgreement,
    records: agreements,
    toInput: ({ signedAtVisit, replacesAgreement, parties, signatories, ...agreement }, id) => ({
      ...agreement,
      signedAtVisitId: id('visits', signedAtVisit),
      replacesAgreementId: id('agreements', replacesAgreement),
      partyIds: parties.map((party) => id('organizations', party)),
      signatories: signatories.map(({ person, organization, signedOn }) => ({
        personId: id('people', person),
        organizationId: id('organizations', organization),
        signedOn,
      })),
    }),
  }),
];

/** How many records the demo office holds; a first load into an empty database adds them all. */
export const DEMO_RECORD_COUNT = steps.reduce((sum, { records }) => sum + records.length, 0);

/**
 * Adds the demo office, in one transaction. A record whose UUID is already present is left as it
 * is (an officer may have edited it), so a second load adds nothing.
 */
export function loadDemoOffice(ctx: HandlerContext): { created: number } {
  return inTransaction(ctx, () => {
    const created = steps.reduce((sum, run) => sum + run(ctx), 0);
    seatDemoEvents(ctx);
    if (created > 0) recordAudit(ctx, 'demo', 'demo_office', null, { created });
    return { created };
  });
}

/** Seats the demo's talks and signing from the order of precedence, unless a plan is there already. */
function seatDemoEvents(ctx: HandlerContext): void {
  for (const { event, layout } of uzbekSeating) {
    const eventId = existingId(ctx, 'events', event);
    if (!findSeating(ctx.db, eventId)) reseat(ctx, { eventId, layout });
  }
}

/** One kind of record: writes those that are missing and returns how many it wrote. */
function step<C extends SaveChannel, R extends { uuid: string }>({ table, channel, records, toInput, save }: Step<C, R>) {
  const run = (ctx: HandlerContext): number => {
    const id = ((refTable: Table, uuid: string | null) => (uuid === null ? null : existingId(ctx, refTable, uuid))) as IdOf &
      NullableIdOf;
    const missing = records.filter((record) => idByUuid(ctx.db, table, record.uuid) === undefined);
    for (const record of missing) {
      // Parsed as the IPC layer would, so the demo meets the same rules as an officer's input.
      save(ctx, contract[channel].input.parse(toInput(record, id)) as ParsedInput<C>);
    }
    return missing.length;
  };
  return Object.assign(run, { records });
}

function existingId(ctx: HandlerContext, table: Table, uuid: string): number {
  const id = idByUuid(ctx.db, table, uuid);
  // Only a mistake in the demo dataset itself gets here: a reference to a record it doesn't hold.
  if (id === undefined) throw new Error(`Demo office: ${table} ${uuid} is referred to but not loaded first`);
  return id;
}

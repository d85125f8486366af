// Demo records are the contract's save inputs, with two changes: the UUID is required (it is
// what makes loading idempotent), and every reference to another record is that record's UUID
// instead of a local id, because local ids only exist once the rows are written.
import type { ChannelInput } from '../../domain/contract';

type Uuid = string;
type SaveChannel =
  | 'organizations:save'
  | 'people:save'
  | 'venues:save'
  | 'travelTimes:save'
  | 'visits:save'
  | 'visitMembers:save'
  | 'events:save'
  | 'tasks:save'
  | 'agreements:save';
type Demo<C extends SaveChannel, Refs extends string> = Omit<ChannelInput<C>, 'id' | 'uuid' | Refs> & { uuid: Uuid };

export type DemoOrganization = Demo<'organizations:save', 'parentId'> & { parent: Uuid | null };
export type DemoPerson = Demo<'people:save', 'organizationId'> & { organization: Uuid | null };
export type DemoVenue = Demo<'venues:save', never>;
export type DemoTravelTime = Demo<'travelTimes:save', 'fromVenueId' | 'toVenueId'> & { from: Uuid; to: Uuid };
export type DemoVisit = Demo<'visits:save', 'partnerOrganizationId' | 'responsibleOfficerId'> & {
  partnerOrganization: Uuid;
  responsibleOfficer: Uuid | null;
};
export type DemoVisitMember = Demo<'visitMembers:save', 'visitId' | 'personId'> & { visit: Uuid; person: Uuid };
export type DemoEvent = Demo<'events:save', 'visitId' | 'venueId' | 'responsibleOfficerId' | 'participantIds'> & {
  visit: Uuid;
  venue: Uuid | null;
  responsibleOfficer: Uuid | null;
  participants: Uuid[];
};
export type DemoTask = Demo<'tasks:save', 'visitId' | 'ownerPersonId'> & { visit: Uuid; owner: Uuid | null };
export type DemoAgreement = Demo<
  'agreements:save',
  'signedAtVisitId' | 'replacesAgreementId' | 'partyIds' | 'signatories'
> & {
  signedAtVisit: Uuid | null;
  replacesAgreement: Uuid | null;
  parties: Uuid[];
  signatories: { person: Uuid; organization: Uuid; signedOn: string | null }[];
};

// Travel minutes the protocol service has timed between venues, reused by every programme. The
// departments stand in the ministry's headquarters complex, a few minutes apart on foot.
import { VENUE } from './keys';
import type { DemoTravelTime } from './types';

export const travelTimes: DemoTravelTime[] = [
  { uuid: 'de700000-0009-4000-8000-000000000001', from: VENUE.ministryHeadquarters, to: VENUE.crisisManagementCentre, minutes: 5 },
  { uuid: 'de700000-0009-4000-8000-000000000002', from: VENUE.crisisManagementCentre, to: VENUE.digitalTechnologiesDepartment, minutes: 5 },
  { uuid: 'de700000-0009-4000-8000-000000000003', from: VENUE.digitalTechnologiesDepartment, to: VENUE.publicRelationsDepartment, minutes: 5 },
  { uuid: 'de700000-0009-4000-8000-000000000004', from: VENUE.ministryHeadquarters, to: VENUE.publicRelationsDepartment, minutes: 5 },
  { uuid: 'de700000-0009-4000-8000-000000000005', from: VENUE.alleyOfHonours, to: VENUE.alleyOfMartyrs, minutes: 15 },
  { uuid: 'de700000-0009-4000-8000-000000000006', from: VENUE.hotel, to: VENUE.ministryHeadquarters, minutes: 20 },
];

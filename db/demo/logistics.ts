// The logistics checklists of the two visits; both visits are over, so every task is done.
import { PERSON, VISIT } from './keys';
import type { DemoTask } from './types';

const officer = PERSON.huseynova;

const done = (
  uuid: string,
  visit: string,
  kind: DemoTask['kind'],
  title: string,
  dueOffsetDays: number,
  owner: string = officer,
): DemoTask => ({ uuid, visit, kind, title, owner, dueOffsetDays, status: 'done', notes: null });

const uz = VISIT.uzbekistan2025;
const ru = VISIT.russia2024;

export const logistics: DemoTask[] = [
  done('de700000-0007-4000-8000-000000000001', uz, 'hotel', 'Hilton Baku: 3 rooms, 2–5 December', -14),
  done('de700000-0007-4000-8000-000000000002', uz, 'cars', 'Motorcade: two cars and a minibus for the whole visit', -7),
  done('de700000-0007-4000-8000-000000000003', uz, 'flags', 'Flags of Azerbaijan and Uzbekistan for the signing table', -3),
  done('de700000-0007-4000-8000-000000000004', uz, 'interpreters', 'Uzbek interpreter on standby for the meeting', -5, PERSON.rzayeva),
  done('de700000-0007-4000-8000-000000000005', uz, 'gifts', 'Gift for the Minister', -3, PERSON.melikov),
  done('de700000-0007-4000-8000-000000000006', uz, 'press', 'Photographer and press release with the Public Relations Department', -1),
  done('de700000-0007-4000-8000-000000000011', ru, 'wreath', 'Wreath for the tomb of Heydar Aliyev, Alley of Honours', -3),
  done('de700000-0007-4000-8000-000000000012', ru, 'wreath', "Flowers for Zarifa Aliyeva's grave and the Alley of Martyrs; wreath for the Eternal Flame", -3),
  done('de700000-0007-4000-8000-000000000013', ru, 'hotel', 'Hilton Baku: 2 rooms, 15–17 April', -14),
  done('de700000-0007-4000-8000-000000000014', ru, 'cars', 'Motorcade: two cars for the whole visit', -7),
  done('de700000-0007-4000-8000-000000000015', ru, 'flags', 'Flags of Azerbaijan and Russia for the signing table', -3),
  done('de700000-0007-4000-8000-000000000016', ru, 'security_clearance', 'Access to the Alley of Honours and the Alley of Martyrs agreed', -5),
];

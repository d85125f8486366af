// The two joint action plans signed at the two visits.
import { AGREEMENT, ORG, PERSON, VISIT } from './keys';
import type { DemoAgreement } from './types';

const baku = { az: 'Bakı', ru: 'Баку', en: 'Baku' };

export const agreements: DemoAgreement[] = [
  {
    uuid: AGREEMENT.russiaPlan20242026,
    type: 'joint_action_plan',
    title: {
      az: 'Azərbaycan Respublikasının Fövqəladə Hallar Nazirliyi ilə Rusiya Federasiyasının Mülki Müdafiə, Fövqəladə Hallar və Təbii Fəlakətlərin Nəticələrinin Aradan Qaldırılması Nazirliyi arasında 2024-2026-cı illər üçün Birgə Fəaliyyət Planı',
      ru: 'План совместных действий между министерством по чрезвычайным ситуациям Азербайджанской Республики и министерством Российской Федерации по делам гражданской обороны, чрезвычайным ситуациям и ликвидации последствий стихийных бедствий на 2024-2026 годы',
      en: "Joint Action Plan between Azerbaijan's Ministry of Emergency Situations and Russia's Ministry of Civil Defence, Emergencies and Disaster Relief for 2024-2026",
    },
    signedOn: '2024-04-16',
    signingPlace: baku,
    signedAtVisit: VISIT.russia2024,
    validFrom: '2024-01-01',
    validTo: '2026-12-31',
    status: 'in_force',
    replacesAgreement: null,
    notes: 'Expires on 31 December 2026: prepare the next plan during 2026.',
    parties: [ORG.mesAzerbaijan, ORG.emercomRussia],
    signatories: [
      { person: PERSON.heydarov, organization: ORG.mesAzerbaijan, signedOn: '2024-04-16' },
      { person: PERSON.kurenkov, organization: ORG.emercomRussia, signedOn: '2024-04-16' },
    ],
  },
  {
    uuid: AGREEMENT.uzbekistanPlan20262027,
    type: 'joint_action_plan',
    title: {
      az: 'Azərbaycan Respublikasının Fövqəladə Hallar Nazirliyi ilə Özbəkistan Respublikasının Fövqəladə Hallar Nazirliyi arasında 2026-2027-ci illər üçün Birgə Fəaliyyət Planı',
      ru: 'План совместных действий между министерством по чрезвычайным ситуациям Азербайджанской Республики и министерством по чрезвычайным ситуациям Республики Узбекистан на 2026-2027 годы',
      en: 'Joint Action Plan between the Ministries of Emergency Situations of Azerbaijan and Uzbekistan for 2026-2027',
    },
    signedOn: '2025-12-03',
    signingPlace: baku,
    signedAtVisit: VISIT.uzbekistan2025,
    validFrom: '2026-01-01',
    validTo: '2027-12-31',
    status: 'signed',
    replacesAgreement: null,
    notes: 'Takes effect on 1 January 2026.',
    parties: [ORG.mesAzerbaijan, ORG.mesUzbekistan],
    signatories: [
      { person: PERSON.heydarov, organization: ORG.mesAzerbaijan, signedOn: '2025-12-03' },
      { person: PERSON.kudratkhodjaev, organization: ORG.mesUzbekistan, signedOn: '2025-12-03' },
    ],
  },
];

// The demo office's fixed UUIDs, by name. Demo records refer to each other through these, so a
// second load finds what the first one wrote, and a bundle exported from a demo office merges
// with another one instead of duplicating it. Pattern: de700000-TTTT-4000-8000-00000000NNNN,
// TTTT naming the table, so a demo row is recognisable at a glance.

export const ORG = {
  mesAzerbaijan: 'de700000-0001-4000-8000-000000000001',
  crisisManagementCentre: 'de700000-0001-4000-8000-000000000002',
  digitalTechnologiesDepartment: 'de700000-0001-4000-8000-000000000003',
  publicRelationsDepartment: 'de700000-0001-4000-8000-000000000004',
  internationalRelationsDepartment: 'de700000-0001-4000-8000-000000000005',
  mesUzbekistan: 'de700000-0001-4000-8000-000000000006',
  emercomRussia: 'de700000-0001-4000-8000-000000000007',
  firefightersSportsFederation: 'de700000-0001-4000-8000-000000000008',
} as const;

export const PERSON = {
  heydarov: 'de700000-0002-4000-8000-000000000001',
  jafarov: 'de700000-0002-4000-8000-000000000002',
  huseynova: 'de700000-0002-4000-8000-000000000003',
  melikov: 'de700000-0002-4000-8000-000000000004',
  rzayeva: 'de700000-0002-4000-8000-000000000005',
  kudratkhodjaev: 'de700000-0002-4000-8000-000000000006',
  rakhimov: 'de700000-0002-4000-8000-000000000007',
  karimova: 'de700000-0002-4000-8000-000000000008',
  kurenkov: 'de700000-0002-4000-8000-000000000009',
  voronin: 'de700000-0002-4000-8000-000000000010',
} as const;

export const VENUE = {
  alleyOfHonours: 'de700000-0003-4000-8000-000000000001',
  alleyOfMartyrs: 'de700000-0003-4000-8000-000000000002',
  ministryHeadquarters: 'de700000-0003-4000-8000-000000000003',
  crisisManagementCentre: 'de700000-0003-4000-8000-000000000004',
  digitalTechnologiesDepartment: 'de700000-0003-4000-8000-000000000005',
  publicRelationsDepartment: 'de700000-0003-4000-8000-000000000006',
  airport: 'de700000-0003-4000-8000-000000000007',
  hotel: 'de700000-0003-4000-8000-000000000008',
} as const;

export const VISIT = {
  uzbekistan2025: 'de700000-0004-4000-8000-000000000001',
  russia2024: 'de700000-0004-4000-8000-000000000002',
} as const;

export const AGREEMENT = {
  uzbekistanPlan20262027: 'de700000-0008-4000-8000-000000000001',
  russiaPlan20242026: 'de700000-0008-4000-8000-000000000002',
} as const;

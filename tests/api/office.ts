// Inputs from the two press releases, for tests to save through the real handlers.
import { NO_TEXT, type ChannelInput } from '../../domain/contract';
import type { HandlerContext } from '../../electron/api/context';
import { call } from './test-context';

const none = { az: null, ru: null, en: null };

export const azMes = (): ChannelInput<'organizations:save'> => ({
  country: 'AZ',
  name: {
    az: 'Azərbaycan Respublikasının Fövqəladə Hallar Nazirliyi',
    ru: 'Министерство по чрезвычайным ситуациям Азербайджанской Республики',
    en: 'Ministry of Emergency Situations of the Republic of Azerbaijan',
  },
  shortName: { az: 'FHN', ru: 'МЧС', en: 'MES' },
  parentId: null,
  isOurs: true,
  notes: NO_TEXT,
});

export const uzMes = (): ChannelInput<'organizations:save'> => ({
  country: 'UZ',
  name: {
    az: 'Özbəkistan Respublikasının Fövqəladə Hallar Nazirliyi',
    ru: 'Министерство по чрезвычайным ситуациям Республики Узбекистан',
    en: 'Ministry of Emergency Situations of the Republic of Uzbekistan',
  },
  shortName: { az: 'FHN', ru: 'МЧС', en: 'MES' },
  parentId: null,
  isOurs: false,
  notes: NO_TEXT,
});

export const emercom = (): ChannelInput<'organizations:save'> => ({
  country: 'RU',
  name: {
    az: 'Rusiya Federasiyasının Fövqəladə Hallar Nazirliyi',
    ru:
      'Министерство Российской Федерации по делам гражданской обороны, ' +
      'чрезвычайным ситуациям и ликвидации последствий стихийных бедствий',
    en: 'EMERCOM of Russia',
  },
  shortName: { az: 'FHN', ru: 'МЧС России', en: 'EMERCOM' },
  parentId: null,
  isOurs: false,
  notes: NO_TEXT,
});

export const heydarov = (organizationId: number | null): ChannelInput<'people:save'> => ({
  name: { az: 'Kəmaləddin Heydərov', ru: 'Кямаледдин Гейдаров', en: 'Kamaladdin Heydarov' },
  rank: { az: 'general-polkovnik', ru: 'генерал-полковник', en: 'Colonel-General' },
  position: { az: 'Fövqəladə hallar naziri', ru: 'Министр по чрезвычайным ситуациям', en: 'Minister of Emergency Situations' },
  bio: none,
  organizationId,
  languages: ['az', 'ru'],
  interpreterNeeded: false,
  dietaryNotes: NO_TEXT,
  protocolNotes: null,
  contact: null,
  precedence: 1,
});

export const kudratkhodjaev = (organizationId: number | null): ChannelInput<'people:save'> => ({
  name: { az: 'Botir Kudratxocayev', ru: 'Ботир Кудратходжаев', en: 'Botir Kudratkhodjaev' },
  rank: { az: 'general-mayor', ru: 'генерал-майор', en: 'Major-General' },
  position: { az: 'Fövqəladə hallar naziri', ru: 'Министр по чрезвычайным ситуациям', en: 'Minister of Emergency Situations' },
  bio: none,
  organizationId,
  languages: ['uz', 'ru'],
  interpreterNeeded: true,
  dietaryNotes: { az: 'Halal', ru: 'Халяль', en: 'Halal' },
  protocolNotes: null,
  contact: null,
  precedence: 1,
});

export const kurenkov = (organizationId: number | null): ChannelInput<'people:save'> => ({
  ...heydarov(organizationId),
  name: { az: 'Aleksandr Kurenkov', ru: 'Александр Куренков', en: 'Alexander Kurenkov' },
  rank: { az: 'general-leytenant', ru: 'генерал-лейтенант', en: 'Lieutenant-General' },
  languages: ['ru'],
  interpreterNeeded: true,
});

export const alleyOfHonours = (): ChannelInput<'venues:save'> => ({
  name: { az: 'Fəxri xiyaban', ru: 'Аллея почетного захоронения', en: 'Alley of Honours' },
  address: { az: 'Parlament prospekti', ru: 'проспект Парламента', en: 'Parliament Avenue' },
  city: { az: 'Bakı', ru: 'Баку', en: 'Baku' },
  notes: 'Wreath supplied by the protocol service',
});

export const uzbekVisit = (partnerOrganizationId: number): ChannelInput<'visits:save'> => ({
  direction: 'incoming',
  title: {
    az: 'Özbəkistanın Fövqəladə Hallar nazirinin səfəri',
    ru: 'Визит Министра по чрезвычайным ситуациям Узбекистана',
    en: "Visit of Uzbekistan's Minister of Emergency Situations",
  },
  partnerOrganizationId,
  startDate: '2025-12-03',
  endDate: '2025-12-04',
  timeZone: 'Asia/Baku',
  city: { az: 'Bakı', ru: 'Баку', en: 'Baku' },
  purpose: none,
  frameworkEvent: { az: null, ru: null, en: 'XXVI International Conference of heads of fire and rescue services' },
  talkingPoints: none,
  responsibleOfficerId: null,
  status: 'draft',
});

export const russianVisit = (partnerOrganizationId: number): ChannelInput<'visits:save'> => ({
  ...uzbekVisit(partnerOrganizationId),
  title: {
    az: 'Rusiyanın Fövqəladə Hallar nazirinin səfəri',
    ru: 'Визит Министра МЧС России',
    en: 'Visit of the Minister of EMERCOM of Russia',
  },
  startDate: '2024-06-10',
  endDate: '2024-06-11',
  status: 'completed',
});

export const wreathLaying = (visitId: number, venueId: number | null, participantIds: number[]): ChannelInput<'events:save'> => ({
  visitId,
  type: 'wreath_laying',
  title: { az: 'Əklil qoyma mərasimi', ru: 'Возложение венка', en: 'Wreath-laying' },
  startsAt: '2025-12-03T06:00:00Z',
  endsAt: '2025-12-03T06:30:00Z',
  timeZone: 'Asia/Baku',
  venueId,
  dressCode: { az: 'Xidməti forma', ru: 'Форменная одежда', en: 'Uniform' },
  transport: none,
  interpreter: none,
  responsibleOfficerId: null,
  notes: NO_TEXT,
  participantIds,
});

export const bilateralMeeting = (visitId: number, participantIds: number[]): ChannelInput<'events:save'> => ({
  ...wreathLaying(visitId, null, participantIds),
  type: 'bilateral_meeting',
  title: { az: 'İkitərəfli görüş', ru: 'Двусторонняя встреча', en: 'Bilateral meeting' },
  startsAt: '2025-12-03T07:00:00Z',
  endsAt: '2025-12-03T08:00:00Z',
});

export const jointActionPlan = (partyIds: number[], signatories: ChannelInput<'agreements:save'>['signatories'] = []): ChannelInput<'agreements:save'> => ({
  type: 'joint_action_plan',
  title: {
    az: 'Birgə Fəaliyyət Planı 2026-2027',
    ru: 'План совместных действий на 2026-2027 годы',
    en: 'Joint Action Plan for 2026-2027',
  },
  signedOn: '2025-12-03',
  signingPlace: { az: 'Bakı', ru: 'Баку', en: 'Baku' },
  signedAtVisitId: null,
  validFrom: '2026-01-01',
  validTo: '2027-12-31',
  status: 'signed',
  replacesAgreementId: null,
  notes: null,
  partyIds,
  signatories,
});

/** Our ministry and the Uzbek one, the two ministers, and the Uzbek visit. */
export async function uzbekOffice(ctx: HandlerContext) {
  const ours = await call(ctx, 'organizations:save', azMes());
  const partner = await call(ctx, 'organizations:save', uzMes());
  const host = await call(ctx, 'people:save', heydarov(ours.id));
  const guest = await call(ctx, 'people:save', kudratkhodjaev(partner.id));
  const visit = await call(ctx, 'visits:save', uzbekVisit(partner.id));
  return { ours, partner, host, guest, visit };
}

/** The register's CSV labels as the Russian interface passes them. */
export const russianCsvLabels = (): ChannelInput<'agreements:exportCsv'>['labels'] => ({
  columns: { title: 'Название', type: 'Вид', parties: 'Стороны', signedOn: 'Подписано', signingPlace: 'Место',
    validFrom: 'С', validTo: 'По', status: 'Статус', progress: 'Выполнение' },
  types: { joint_action_plan: 'План совместных действий', memorandum: 'Меморандум', agreement: 'Соглашение', protocol: 'Протокол', other: 'Другое' },
  statuses: { draft: 'Проект', under_negotiation: 'Согласование', signed: 'Подписано', in_force: 'Действует', expired: 'Истекло', terminated: 'Прекращено' },
  openEnded: 'бессрочно',
});

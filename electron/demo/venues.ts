// Places of the two programmes in Baku.
import { VENUE } from './keys';
import { NO_TEXT } from '../../domain/contract';
import type { DemoVenue } from './types';

export const venues: DemoVenue[] = [
  {
    uuid: VENUE.alleyOfHonours,
    name: { az: 'Fəxri xiyaban', ru: 'Аллея почетного захоронения', en: 'Alley of Honours' },
    address: NO_TEXT,
    city: { az: 'Bakı', ru: 'Баку', en: 'Baku' },
    notes:
      "Tomb of National Leader Heydar Aliyev and the grave of academician Zarifa Aliyeva. Wreath supplied by the protocol service; flowers for Zarifa Aliyeva's grave too.",
  },
  {
    uuid: VENUE.alleyOfMartyrs,
    name: { az: 'Şəhidlər xiyabanı', ru: 'Аллея шехидов', en: 'Alley of Martyrs' },
    address: { az: 'Dağüstü park, Səbail rayonu', ru: 'Нагорный парк, Сабаильский район', en: 'Upland Park, Sabail district' },
    city: { az: 'Bakı', ru: 'Баку', en: 'Baku' },
    notes: 'Eternal Flame monument. Flowers at the graves and a wreath at the Eternal Flame, supplied by the protocol service.',
  },
  {
    uuid: VENUE.ministryHeadquarters,
    name: {
      az: 'Fövqəladə Hallar Nazirliyinin inzibati binası',
      ru: 'Административное здание МЧС',
      en: 'Ministry of Emergency Situations headquarters',
    },
    address: NO_TEXT,
    city: { az: 'Bakı', ru: 'Баку', en: 'Baku' },
    notes: "Bilateral meetings in the Minister's conference hall; signings in the ceremonial hall, flags of both countries.",
  },
  {
    uuid: VENUE.crisisManagementCentre,
    name: {
      az: 'Böhran Vəziyyətlərində İdarəetmə Mərkəzi',
      ru: 'Центр управления в кризисных ситуациях',
      en: 'Crisis Management Centre',
    },
    address: { az: 'FHN-in inzibati kompleksi', ru: 'Административный комплекс МЧС', en: 'MES headquarters complex' },
    city: { az: 'Bakı', ru: 'Баку', en: 'Baku' },
    notes: 'Operations room: no photography of the screens without permission.',
  },
  {
    uuid: VENUE.digitalTechnologiesDepartment,
    name: {
      az: 'Rəqəmsal Texnologiyaların və İnnovasiyaların İnkişafı Baş İdarəsi',
      ru: 'Главное управление по развитию цифровых технологий и инноваций',
      en: 'Main Department for Digital Technologies and Innovation Development',
    },
    address: { az: 'FHN-in inzibati kompleksi', ru: 'Административный комплекс МЧС', en: 'MES headquarters complex' },
    city: { az: 'Bakı', ru: 'Баку', en: 'Baku' },
    notes: null,
  },
  {
    uuid: VENUE.publicRelationsDepartment,
    name: {
      az: 'İctimaiyyətlə Əlaqələr İdarəsi',
      ru: 'Управление по связям с общественностью',
      en: 'Public Relations Department',
    },
    address: { az: 'FHN-in inzibati kompleksi', ru: 'Административный комплекс МЧС', en: 'MES headquarters complex' },
    city: { az: 'Bakı', ru: 'Баку', en: 'Baku' },
    notes: 'Press centre and studio.',
  },
  {
    uuid: VENUE.airport,
    name: {
      az: 'Heydər Əliyev adına Beynəlxalq Aeroport',
      ru: 'Международный аэропорт имени Гейдара Алиева',
      en: 'Heydar Aliyev International Airport',
    },
    address: { az: 'VIP terminal', ru: 'VIP-терминал', en: 'VIP terminal' },
    city: { az: 'Bakı', ru: 'Баку', en: 'Baku' },
    notes: 'Official delegations are met and seen off in the VIP terminal; send the passenger list 48 hours ahead.',
  },
  {
    uuid: VENUE.hotel,
    name: { az: 'Hilton Baku', ru: 'Hilton Baku', en: 'Hilton Baku' },
    address: { az: 'Azadlıq prospekti, 1B', ru: 'проспект Азадлыг, 1Б', en: '1B Azadlig Avenue' },
    city: { az: 'Bakı', ru: 'Баку', en: 'Baku' },
    notes: 'Rooms for delegations booked through the protocol section.',
  },
];

// Our ministry and the units the Uzbek minister toured, and the partners of the two press releases.
// Parents come before their children: the loader writes them in this order.
import { ORG } from './keys';
import { NO_TEXT } from '../../domain/contract';
import type { DemoOrganization } from './types';

const ourUnit = (uuid: string, name: DemoOrganization['name']): DemoOrganization => ({
  uuid,
  country: 'AZ',
  name,
  shortName: NO_TEXT,
  parent: ORG.mesAzerbaijan,
  isOurs: true,
  notes: NO_TEXT,
});

export const organizations: DemoOrganization[] = [
  {
    uuid: ORG.mesAzerbaijan,
    country: 'AZ',
    name: {
      az: 'Azərbaycan Respublikasının Fövqəladə Hallar Nazirliyi',
      ru: 'Министерство по чрезвычайным ситуациям Азербайджанской Республики',
      en: 'Ministry of Emergency Situations of the Republic of Azerbaijan',
    },
    shortName: { az: 'FHN', ru: 'МЧС', en: 'MES' },
    parent: null,
    isOurs: true,
    notes: {
      az: '2006-cı ildə yaradılıb. Mərkəzi Bakıdadır.',
      ru: 'Создано в 2006 году. Штаб-квартира в Баку.',
      en: 'Established in 2006. Headquarters in Baku.',
    },
  },
  ourUnit(ORG.crisisManagementCentre, {
    az: 'Böhran Vəziyyətlərində İdarəetmə Mərkəzi',
    ru: 'Центр управления в кризисных ситуациях',
    en: 'Crisis Management Centre',
  }),
  ourUnit(ORG.digitalTechnologiesDepartment, {
    az: 'Rəqəmsal Texnologiyaların və İnnovasiyaların İnkişafı Baş İdarəsi',
    ru: 'Главное управление по развитию цифровых технологий и инноваций',
    en: 'Main Department for Digital Technologies and Innovation Development',
  }),
  ourUnit(ORG.publicRelationsDepartment, {
    az: 'İctimaiyyətlə Əlaqələr İdarəsi',
    ru: 'Управление по связям с общественностью',
    en: 'Public Relations Department',
  }),
  ourUnit(ORG.internationalRelationsDepartment, {
    az: 'Beynəlxalq Əlaqələr İdarəsi',
    ru: 'Управление международных связей',
    en: 'International Relations Department',
  }),
  {
    uuid: ORG.mesUzbekistan,
    country: 'UZ',
    name: {
      az: 'Özbəkistan Respublikasının Fövqəladə Hallar Nazirliyi',
      ru: 'Министерство по чрезвычайным ситуациям Республики Узбекистан',
      en: 'Ministry of Emergency Situations of the Republic of Uzbekistan',
    },
    shortName: { az: 'Özbəkistan FHN', ru: 'МЧС Узбекистана', en: 'MES of Uzbekistan' },
    parent: null,
    isOurs: false,
    notes: {
      az: 'Mərkəzi Daşkənddədir. Nazirliyimizlə iş dili: rus dili.',
      ru: 'Штаб-квартира в Ташкенте. Рабочий язык с нашим министерством: русский.',
      en: 'Headquarters in Tashkent. Working language with our ministry: Russian.',
    },
  },
  {
    uuid: ORG.emercomRussia,
    country: 'RU',
    name: {
      az: 'Rusiya Federasiyasının Mülki Müdafiə, Fövqəladə Hallar və Təbii Fəlakətlərin Nəticələrinin Aradan Qaldırılması Nazirliyi',
      ru: 'Министерство Российской Федерации по делам гражданской обороны, чрезвычайным ситуациям и ликвидации последствий стихийных бедствий',
      en: 'Ministry of the Russian Federation for Civil Defence, Emergencies and Disaster Relief',
    },
    shortName: { az: 'Rusiya FHN', ru: 'МЧС России', en: 'EMERCOM of Russia' },
    parent: null,
    isOurs: false,
    notes: { az: 'Mərkəzi Moskvadadır.', ru: 'Штаб-квартира в Москве.', en: 'Headquarters in Moscow.' },
  },
  {
    uuid: ORG.firefightersSportsFederation,
    country: 'RU',
    name: {
      az: 'Beynəlxalq Yanğınsöndürənlər və Xilasedicilər İdman Federasiyası',
      ru: 'Международная спортивная федерация пожарных и спасателей',
      en: 'International Sports Federation of Firefighters and Rescuers',
    },
    shortName: { az: 'BYXİF', ru: 'МСФПС', en: 'ISFFR' },
    parent: null,
    isOurs: false,
    notes: {
      az: 'Üzv dövlətlərin yanğınsöndürmə və xilasetmə xidmətləri rəhbərlərinin illik konfransının təşkilatçısı. Mərkəzi Moskvadadır.',
      ru: 'Организатор ежегодной конференции руководителей пожарно-спасательных служб государств-членов. Местонахождение: Москва.',
      en: 'Organiser of the annual conference of heads of fire and rescue services of its member states. Seat in Moscow.',
    },
  },
];

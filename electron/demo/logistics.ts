// The logistics checklists of the two visits; both visits are over, so every task is done.
import { PERSON, VISIT } from './keys';
import type { DemoTask } from './types';

const officer = PERSON.huseynova;

const done = (
  uuid: string,
  visit: string,
  kind: DemoTask['kind'],
  title: DemoTask['title'],
  dueOffsetDays: number,
  owner: string = officer,
): DemoTask => ({ uuid, visit, kind, title, owner, dueOffsetDays, status: 'done', notes: null });

const uz = VISIT.uzbekistan2025;
const ru = VISIT.russia2024;

export const logistics: DemoTask[] = [
  done('de700000-0007-4000-8000-000000000001', uz, 'hotel', { az: 'Hilton Baku: 3 otaq, 2–5 dekabr', ru: 'Hilton Baku: 3 номера, 2–5 декабря', en: 'Hilton Baku: 3 rooms, 2–5 December' }, -14),
  done('de700000-0007-4000-8000-000000000002', uz, 'cars', { az: 'Kortej: bütün səfər üçün iki avtomobil və mikroavtobus', ru: 'Кортеж: два автомобиля и микроавтобус на весь визит', en: 'Motorcade: two cars and a minibus for the whole visit' }, -7),
  done('de700000-0007-4000-8000-000000000003', uz, 'flags', { az: 'İmzalanma masası üçün Azərbaycan və Özbəkistan bayraqları', ru: 'Флаги Азербайджана и Узбекистана для стола подписания', en: 'Flags of Azerbaijan and Uzbekistan for the signing table' }, -3),
  done('de700000-0007-4000-8000-000000000004', uz, 'interpreters', { az: 'Görüş üçün özbək dili tərcüməçisi hazır vəziyyətdə', ru: 'Переводчик узбекского языка в резерве на время встречи', en: 'Uzbek interpreter on standby for the meeting' }, -5, PERSON.rzayeva),
  done('de700000-0007-4000-8000-000000000005', uz, 'gifts', { az: 'Nazir üçün hədiyyə', ru: 'Подарок министру', en: 'Gift for the Minister' }, -3, PERSON.melikov),
  done('de700000-0007-4000-8000-000000000006', uz, 'press', { az: 'İctimaiyyətlə əlaqələr şöbəsi ilə fotoqraf və mətbuat xəbəri', ru: 'Фотограф и пресс-релиз совместно с Управлением по связям с общественностью', en: 'Photographer and press release with the Public Relations Department' }, -1),
  done('de700000-0007-4000-8000-000000000011', ru, 'wreath', { az: 'Fəxri xiyabanda Heydər Əliyevin məzarı üçün əklil', ru: 'Венок к могиле Гейдара Алиева на Аллее почётного захоронения', en: 'Wreath for the tomb of Heydar Aliyev, Alley of Honours' }, -3),
  done('de700000-0007-4000-8000-000000000012', ru, 'wreath', { az: 'Zərifə Əliyevanın məzarı və Şəhidlər xiyabanı üçün gül dəstələri; Əbədi məşəl üçün əklil', ru: 'Цветы к могиле Зарифы Алиевой и на Аллею шехидов; венок к Вечному огню', en: "Flowers for Zarifa Aliyeva's grave and the Alley of Martyrs; wreath for the Eternal Flame" }, -3),
  done('de700000-0007-4000-8000-000000000013', ru, 'hotel', { az: 'Hilton Baku: 2 otaq, 15–17 aprel', ru: 'Hilton Baku: 2 номера, 15–17 апреля', en: 'Hilton Baku: 2 rooms, 15–17 April' }, -14),
  done('de700000-0007-4000-8000-000000000014', ru, 'cars', { az: 'Kortej: bütün səfər üçün iki avtomobil', ru: 'Кортеж: два автомобиля на весь визит', en: 'Motorcade: two cars for the whole visit' }, -7),
  done('de700000-0007-4000-8000-000000000015', ru, 'flags', { az: 'İmzalanma masası üçün Azərbaycan və Rusiya bayraqları', ru: 'Флаги Азербайджана и России для стола подписания', en: 'Flags of Azerbaijan and Russia for the signing table' }, -3),
  done('de700000-0007-4000-8000-000000000016', ru, 'security_clearance', { az: 'Fəxri xiyabana və Şəhidlər xiyabanına giriş razılaşdırılıb', ru: 'Доступ на Аллею почётного захоронения и Аллею шехидов согласован', en: 'Access to the Alley of Honours and the Alley of Martyrs agreed' }, -5),
];

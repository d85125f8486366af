// The checklist every new incoming visit starts with: what the protocol service arranges for a
// delegation, and how many days before arrival each must be settled.
import type { LocalizedText, TaskKind } from '../domain/contract';

export interface DefaultTask {
  kind: TaskKind;
  title: LocalizedText;
  dueOffsetDays: number;
}

export const DEFAULT_CHECKLIST: readonly DefaultTask[] = [
  {
    kind: 'security_clearance',
    title: { az: 'Təhlükəsizlik icazələri', ru: 'Допуски службы безопасности', en: 'Security clearance' },
    dueOffsetDays: -21,
  },
  { kind: 'hotel', title: { az: 'Mehmanxana bronu', ru: 'Бронирование гостиницы', en: 'Hotel booking' }, dueOffsetDays: -14 },
  {
    kind: 'accreditation',
    title: { az: 'Akkreditasiya', ru: 'Аккредитация', en: 'Accreditation' },
    dueOffsetDays: -14,
  },
  { kind: 'interpreters', title: { az: 'Tərcüməçilər', ru: 'Переводчики', en: 'Interpreters' }, dueOffsetDays: -10 },
  { kind: 'cars', title: { az: 'Avtomobil korteji', ru: 'Автомобильный кортеж', en: 'Cars and motorcade' }, dueOffsetDays: -7 },
  { kind: 'gifts', title: { az: 'Hədiyyələr', ru: 'Подарки', en: 'Gifts' }, dueOffsetDays: -5 },
  { kind: 'flags', title: { az: 'Dövlət bayraqları', ru: 'Государственные флаги', en: 'State flags' }, dueOffsetDays: -3 },
  { kind: 'wreath', title: { az: 'Əklil', ru: 'Венок', en: 'Wreath' }, dueOffsetDays: -3 },
  {
    kind: 'press',
    title: { az: 'Mətbuat və foto çəkiliş', ru: 'Пресса и фотосъёмка', en: 'Press and photography' },
    dueOffsetDays: -1,
  },
];

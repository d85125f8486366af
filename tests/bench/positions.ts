// Positions and ranks by tier, as the office's directory writes them: precedence (1 = most senior)
// follows the tier, and in the uniformed services (emergency ministries, fire and rescue) the rank
// follows it too.
import type { Trio } from './names';

export const RANKS: Record<string, Trio> = {
  'Colonel-General': ['general-polkovnik', 'генерал-полковник', 'Colonel-General'],
  'Lieutenant-General': ['general-leytenant', 'генерал-лейтенант', 'Lieutenant-General'],
  'Major-General': ['general-mayor', 'генерал-майор', 'Major-General'],
  Colonel: ['polkovnik', 'полковник', 'Colonel'],
  'Lieutenant-Colonel': ['polkovnik-leytenant', 'подполковник', 'Lieutenant-Colonel'],
  Major: ['mayor', 'майор', 'Major'],
  Captain: ['kapitan', 'капитан', 'Captain'],
  'Senior Lieutenant': ['baş leytenant', 'старший лейтенант', 'Senior Lieutenant'],
  Lieutenant: ['leytenant', 'лейтенант', 'Lieutenant'],
};

export interface Tier {
  /** The range of the `precedence` column for this tier. */
  precedence: readonly [number, number];
  /** Ranks held at this tier in a uniformed service, senior first; empty for civilians. */
  ranks: readonly string[];
  /** Positions of the tier; a unit's head takes the title of the unit's kind instead. */
  positions: readonly Trio[];
}

const tiers = {
  minister: { precedence: [1, 1], ranks: ['Colonel-General', 'Lieutenant-General'], positions: [['Nazir', 'Министр', 'Minister']] },
  deputyMinister: {
    precedence: [2, 5],
    ranks: ['Lieutenant-General', 'Major-General'],
    positions: [
      ['Nazirin müavini', 'Заместитель министра', 'Deputy Minister'],
      ['Nazirin birinci müavini', 'Первый заместитель министра', 'First Deputy Minister'],
    ],
  },
  unitHead: { precedence: [6, 15], ranks: ['Major-General', 'Colonel'], positions: [['Rəis', 'Начальник', 'Head']] },
  deputyHead: {
    precedence: [16, 25],
    ranks: ['Colonel', 'Lieutenant-Colonel'],
    positions: [
      ['Rəis müavini', 'Заместитель начальника', 'Deputy Head'],
      ['Direktor müavini', 'Заместитель директора', 'Deputy Director'],
    ],
  },
  divisionHead: {
    precedence: [26, 40],
    ranks: ['Colonel', 'Lieutenant-Colonel', 'Major'],
    positions: [
      ['Şöbə rəisi', 'Начальник отдела', 'Head of Division'],
      ['Sektor müdiri', 'Заведующий сектором', 'Head of Sector'],
    ],
  },
  adviser: {
    precedence: [41, 55],
    ranks: ['Lieutenant-Colonel', 'Major'],
    positions: [
      ['Baş məsləhətçi', 'Главный консультант', 'Chief Adviser'],
      ['Baş mütəxəssis', 'Главный специалист', 'Chief Specialist'],
      ['Baş inspektor', 'Старший инспектор', 'Senior Inspector'],
    ],
  },
  specialist: {
    precedence: [56, 80],
    ranks: ['Major', 'Captain', 'Senior Lieutenant', 'Lieutenant'],
    positions: [
      ['Aparıcı mütəxəssis', 'Ведущий специалист', 'Leading Specialist'],
      ['Mütəxəssis', 'Специалист', 'Specialist'],
      ['İnspektor', 'Инспектор', 'Inspector'],
    ],
  },
  protocol: {
    precedence: [40, 60],
    ranks: ['Major', 'Captain'],
    positions: [['Protokol şöbəsinin əməkdaşı', 'Сотрудник протокольного отдела', 'Protocol Officer']],
  },
  interpreter: { precedence: [60, 70], ranks: [], positions: [['Tərcüməçi', 'Переводчик', 'Interpreter']] },
  press: { precedence: [50, 70], ranks: ['Major', 'Captain'], positions: [['Mətbuat katibi', 'Пресс-секретарь', 'Press Secretary']] },
  security: {
    precedence: [80, 99],
    ranks: ['Captain', 'Senior Lieutenant'],
    positions: [['Təhlükəsizlik xidmətinin əməkdaşı', 'Сотрудник службы безопасности', 'Security Officer']],
  },
  aide: { precedence: [45, 55], ranks: ['Captain', 'Major'], positions: [['Nazirin köməkçisi', 'Помощник министра', 'Aide to the Minister']] },
} satisfies Record<string, Tier>;

export type TierName = keyof typeof tiers;
export const TIERS: Record<TierName, Tier> = tiers;

/** How the staff below a unit's head divide between the tiers (relative weights). */
export const STAFF_TIERS: readonly (readonly [TierName, number])[] = [
  ['deputyHead', 7],
  ['divisionHead', 15],
  ['adviser', 18],
  ['specialist', 40],
  ['protocol', 5],
  ['interpreter', 5],
  ['press', 3],
  ['security', 4],
  ['aide', 3],
];

// The register's documents as the office titles them: joint action plans for a span of years
// (the press releases' two plans), memorandums and agreements on a field of cooperation, and the
// protocols of the joint working groups.
import type { Trio } from './names';

export type AgreementType = 'joint_action_plan' | 'memorandum' | 'agreement' | 'protocol';

export const AGREEMENT_TYPES: readonly (readonly [AgreementType, number])[] = [
  ['joint_action_plan', 25],
  ['memorandum', 35],
  ['agreement', 15],
  ['protocol', 25],
];

/** Fields of cooperation: "sahəsində", «в области …» (genitive), "in …". */
export const TOPICS: Trio[] = [
  ['fövqəladə halların qarşısının alınması və nəticələrinin aradan qaldırılması', 'предупреждения и ликвидации чрезвычайных ситуаций', 'the prevention of and response to emergencies'],
  ['yanğın təhlükəsizliyi', 'пожарной безопасности', 'fire safety'],
  ['axtarış-xilasetmə işləri', 'поисково-спасательных работ', 'search and rescue'],
  ['kadr hazırlığı', 'подготовки кадров', 'the training of personnel'],
  ['mülki müdafiə', 'гражданской обороны', 'civil defence'],
  ['sənaye təhlükəsizliyi', 'промышленной безопасности', 'industrial safety'],
  ['su ehtiyatlarının idarə edilməsi', 'управления водными ресурсами', 'water resources management'],
  ['böhran vəziyyətlərində idarəetmə', 'управления в кризисных ситуациях', 'crisis management'],
  ['seysmik təhlükəsizlik', 'сейсмической безопасности', 'seismic safety'],
];

/** The Azerbaijani ordinal ending after a year, by its last digit: 2024-cü, 2026-cı, 2027-ci. */
const ORDINAL = ['ci', 'ci', 'ci', 'cü', 'cü', 'ci', 'cı', 'ci', 'ci', 'cu'];
const ordinal = (year: number) => `${year}-${ORDINAL[year % 10]}`;

export interface TitleParts {
  ours: Trio;
  partner: Trio;
  topic: Trio;
  /** The plan's span, or the year of a working group's meeting. */
  from: number;
  to: number;
}

export const AGREEMENT_TITLES: Record<AgreementType, (parts: TitleParts) => Trio> = {
  joint_action_plan: ({ ours, partner, from, to }) => [
    `${ours[0]} ilə ${partner[0]} arasında ${from}-${ordinal(to)} illər üçün Birgə Fəaliyyət Planı`,
    `План совместных действий на ${from}-${to} годы (${partner[1]})`,
    `Joint Action Plan between the ${ours[2]} and the ${partner[2]} for ${from}-${to}`,
  ],
  memorandum: ({ ours, partner, topic }) => [
    `${ours[0]} ilə ${partner[0]} arasında ${topic[0]} sahəsində əməkdaşlıq haqqında Anlaşma Memorandumu`,
    `Меморандум о взаимопонимании в области ${topic[1]} (${partner[1]})`,
    `Memorandum of understanding on cooperation in ${topic[2]} with the ${partner[2]}`,
  ],
  agreement: ({ ours, partner, topic }) => [
    `${ours[0]} ilə ${partner[0]} arasında ${topic[0]} sahəsində əməkdaşlıq haqqında Saziş`,
    `Соглашение о сотрудничестве в области ${topic[1]} (${partner[1]})`,
    `Agreement on cooperation in ${topic[2]} with the ${partner[2]}`,
  ],
  protocol: ({ partner, from }) => [
    `Birgə işçi qrupunun ${ordinal(from)} il iclasının Protokolu (${partner[0]})`,
    `Протокол заседания совместной рабочей группы ${from} года (${partner[1]})`,
    `Protocol of the ${from} meeting of the joint working group with the ${partner[2]}`,
  ],
};

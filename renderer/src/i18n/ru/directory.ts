import type { directory as english } from '../en/directory';
import type { Shape } from '../shape';

export const directory: Shape<typeof english> = {
  people: {
    title: 'Персоналии',
    subtitle: 'Должностные лица нашего министерства и партнёрских организаций',
    empty: 'Персоналий пока нет — загрузите демонстрационные данные в настройках.',
    columns: {
      name: 'ФИО',
      rank: 'Звание',
      position: 'Должность',
      organization: 'Организация',
      precedence: 'Старшинство',
    },
  },
  organizations: {
    title: 'Организации',
    subtitle: 'Министерства и ведомства — наши и партнёрские',
    empty: 'Организаций пока нет — загрузите демонстрационные данные в настройках.',
    ours: 'Наша',
    columns: {
      name: 'Название',
      shortName: 'Сокращение',
      country: 'Страна',
      parent: 'Входит в',
    },
  },
};

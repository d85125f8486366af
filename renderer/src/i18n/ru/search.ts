import type { search as english } from '../en/search';
import type { Shape } from '../shape';

export const search: Shape<typeof english> = {
  globalSearch: {
    open: 'Поиск',
    placeholder: 'Поиск людей, визитов, соглашений… на любом алфавите',
    label: 'Поиск по всем данным отдела',
    nothingFound: 'Ничего не найдено',
    hint: 'Введите имя или название на азербайджанском, русском или английском',
    kinds: {
      person: 'Персоналии',
      organization: 'Организации',
      venue: 'Места проведения',
      visit: 'Визиты',
      event: 'Мероприятия программы',
      agreement: 'Соглашения',
      document: 'Документы',
    },
  },
};

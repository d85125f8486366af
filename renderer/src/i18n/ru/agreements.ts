import type { agreements as english } from '../en/agreements';
import type { Shape } from '../shape';

export const agreements: Shape<typeof english> = {
  agreements: {
    title: 'Соглашения',
    subtitle: 'Планы, меморандумы и соглашения с партнёрами',
    empty: 'Соглашений пока нет — загрузите демонстрационные данные в настройках.',
    columns: {
      title: 'Название',
      type: 'Вид',
      parties: 'Стороны',
      signedOn: 'Дата подписания',
      validity: 'Срок действия',
      status: 'Статус',
    },
  },
  agreementType: {
    joint_action_plan: 'Совместный план действий',
    memorandum: 'Меморандум о взаимопонимании',
    agreement: 'Соглашение',
    protocol: 'Протокол',
    other: 'Другое',
  },
  agreementStatus: {
    draft: 'Проект',
    under_negotiation: 'На согласовании',
    signed: 'Подписано',
    in_force: 'Действует',
    expired: 'Истёк срок',
    terminated: 'Прекращено',
  },
};

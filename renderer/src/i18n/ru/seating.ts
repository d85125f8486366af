import type { seating as english } from '../en/seating';
import type { Shape } from '../shape';

export const seating: Shape<typeof english> = {
  seating: {
    open: 'Рассадка',
    title: 'Рассадка: {{event}}',
    layout: 'Схема',
    layouts: { talks: 'Переговоры', signing: 'Церемония подписания', presidium: 'Президиум' },
    hint: 'Вид сверху, вход внизу. Места — по порядку старшинства.',
    picture: 'Рассадка «{{layout}}» на мероприятии «{{event}}», вид сверху, вход внизу: {{people}}',
    seatOf: '{{name}}, {{place}}',
    place: { principal: 'глава стороны', member: 'за столом', interpreter: 'переводчик', standing: 'стоит' },
    emptySeat: 'Свободное место',
    nobody: 'В мероприятии пока никто не участвует.',
    entrance: 'Вход',
    sides: { guest: 'Делегация', host: 'Наша сторона' },
    flag: { guest: 'Флаг делегации', host: 'Наш флаг' },
    legend: { interpreter: 'Переводчик', standing: 'Стоя' },
    problemsTitle: 'Замечания',
    noProblems: 'Замечаний нет',
    problems: {
      notTakingPart: '{{name}}: место есть, но в мероприятии не участвует.',
      withoutSeat: '{{name}}: нет места.',
      seatTwice: 'Одно место отдано нескольким: {{names}}.',
      interpreterAway: 'Переводчик {{name}} сидит не рядом и не позади своего руководителя.',
    },
    unknownPerson: 'Участник №{{id}}',
  },
};

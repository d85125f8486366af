// Схема рассадки и карточки с именами для мероприятия: печатные документы и кнопки печати.
import type { seatingPrint as english } from '../en/seating-print';
import type { Shape } from '../shape';

export const seatingPrint: Shape<typeof english> = {
  seatingPrint: {
    titles: { seating: 'Схема рассадки', placeCards: 'Карточки с именами' },
    layouts: { talks: 'Переговоры', signing: 'Церемония подписания', presidium: 'Президиум', banquetFrench: 'Французский банкет', banquetEnglish: 'Английский банкет' },
    when: '{{date}}, {{time}}',
    sides: { guest: 'Делегация', host: 'Азербайджанская сторона' },
    entrance: 'Вход',
    legend: { guestFlag: 'Флаг делегации', hostFlag: 'Флаг Азербайджана', interpreter: 'Переводчик', standing: 'Стоя' },
    emptySeat: 'свободно',
    nobodySeated: 'На этом мероприятии пока никто не рассажен.',
    printChart: 'Печать схемы',
    printCards: 'Печать карточек',
    paper: 'Бумага {{paper}}, альбомная',
    print: 'Печать',
    savePdf: 'Сохранить в PDF…',
  },
};

// Бейджи делегации визита и наших участников, и меню, которое их печатает.
import type { badges as english } from '../en/badges';
import type { Shape } from '../shape';

export const badges: Shape<typeof english> = {
  badges: {
    title: 'Бейджи',
    sides: { guest: 'Делегация', host: 'Наша сторона', both: 'Обе стороны' },
    printBadges: 'Печать бейджей',
    print: 'Печать',
    savePdf: 'Сохранить в PDF…',
    nobody: 'С этой стороны в визите пока никто не указан.',
  },
};

// Səfərin nümayəndə heyəti və bizim iştirakçılar üçün yaxa nişanları, və onları çap edən menyu.
import type { badges as english } from '../en/badges';
import type { Shape } from '../shape';

export const badges: Shape<typeof english> = {
  badges: {
    title: 'Yaxa nişanları',
    sides: { guest: 'Nümayəndə heyəti', host: 'Bizim tərəf', both: 'Hər iki tərəf' },
    printBadges: 'Yaxa nişanlarını çap et',
    print: 'Çap et',
    savePdf: 'PDF kimi saxla…',
    nobody: 'Səfərin bu tərəfində hələ heç kim qeyd olunmayıb.',
  },
};

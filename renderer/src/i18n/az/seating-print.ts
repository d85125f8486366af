// Tədbirin oturma sxemi və ad kartları: çap sənədləri və onları çap edən düymələr.
import type { seatingPrint as english } from '../en/seating-print';
import type { Shape } from '../shape';

export const seatingPrint: Shape<typeof english> = {
  seatingPrint: {
    titles: { seating: 'Oturma sxemi', placeCards: 'Ad kartları' },
    layouts: { talks: 'Danışıqlar', signing: 'İmzalanma mərasimi', presidium: 'Rəyasət heyəti', banquetFrench: 'Fransız ziyafəti', banquetEnglish: 'İngilis ziyafəti' },
    when: '{{date}}, {{time}}',
    sides: { guest: 'Nümayəndə heyəti', host: 'Azərbaycan tərəfi' },
    entrance: 'Giriş',
    legend: { guestFlag: 'Nümayəndə heyətinin bayrağı', hostFlag: 'Azərbaycan bayrağı', interpreter: 'Tərcüməçi', standing: 'Ayaqda' },
    emptySeat: 'boş',
    nobodySeated: 'Bu tədbirdə hələ heç kim oturdulmayıb.',
    printChart: 'Sxemi çap et',
    printCards: 'Ad kartlarını çap et',
    paper: 'Kağız {{paper}}, albom',
    print: 'Çap et',
    savePdf: 'PDF kimi saxla…',
  },
};

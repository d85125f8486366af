import type { seating as english } from '../en/seating';
import type { Shape } from '../shape';

export const seating: Shape<typeof english> = {
  seating: {
    open: 'Oturma planı',
    title: 'Oturma planı: {{event}}',
    layout: 'Sxem',
    layouts: { talks: 'Danışıqlar', signing: 'İmzalanma mərasimi', presidium: 'Rəyasət heyəti' },
    hint: 'Yuxarıdan görünüş, giriş aşağıdadır. Yerlər protokol ardıcıllığı üzrə verilir.',
    picture: '“{{event}}” tədbirində “{{layout}}” oturma planı, yuxarıdan görünüş, giriş aşağıdadır: {{people}}',
    seatOf: '{{name}}, {{place}}',
    place: { principal: 'tərəfin başçısı', member: 'masa arxasında', interpreter: 'tərcüməçi', standing: 'ayaqda' },
    emptySeat: 'Boş yer',
    nobody: 'Bu tədbirdə hələ heç kim iştirak etmir.',
    entrance: 'Giriş',
    sides: { guest: 'Nümayəndə heyəti', host: 'Bizim tərəf' },
    flag: { guest: 'Nümayəndə heyətinin bayrağı', host: 'Bizim bayraq' },
    legend: { interpreter: 'Tərcüməçi', standing: 'Ayaqda' },
    problemsTitle: 'Qeydlər',
    noProblems: 'Heç bir problem tapılmadı',
    problems: {
      notTakingPart: '{{name}} üçün yer var, amma tədbirdə iştirak etmir.',
      withoutSeat: '{{name}} üçün yer yoxdur.',
      seatTwice: 'Bir yer bir neçə nəfərə verilib: {{names}}.',
      interpreterAway: 'Tərcüməçi {{name}} rəhbərinin nə yanında, nə də arxasında oturur.',
    },
    unknownPerson: 'İştirakçı №{{id}}',
  },
};

import type { search as english } from '../en/search';
import type { Shape } from '../shape';

export const search: Shape<typeof english> = {
  globalSearch: {
    open: 'Axtarış',
    placeholder: 'Şəxslər, səfərlər, sazişlər üzrə axtarış… istənilən əlifbada',
    label: 'Şöbənin bütün məlumatlarında axtarış',
    nothingFound: 'Heç nə tapılmadı',
    hint: 'Adı və ya başlığı Azərbaycan, rus və ya ingilis dilində yazın',
    kinds: {
      person: 'Şəxslər',
      organization: 'Təşkilatlar',
      venue: 'Keçirilmə yerləri',
      visit: 'Səfərlər',
      event: 'Proqram tədbirləri',
      agreement: 'Sazişlər',
      document: 'Sənədlər',
    },
  },
};

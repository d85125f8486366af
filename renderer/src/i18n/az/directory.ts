import type { directory as english } from '../en/directory';
import type { Shape } from '../shape';

export const directory: Shape<typeof english> = {
  people: {
    title: 'Şəxslər',
    subtitle: 'Nazirliyimizin və tərəfdaş təşkilatların vəzifəli şəxsləri',
    empty: 'Hələ şəxs yoxdur — Parametrlərdə nümayiş məlumatlarını yükləyin.',
    columns: {
      name: 'Soyadı, adı',
      rank: 'Rütbə',
      position: 'Vəzifə',
      organization: 'Təşkilat',
      precedence: 'Protokol sırası',
    },
  },
  organizations: {
    title: 'Təşkilatlar',
    subtitle: 'Nazirlik və qurumlar — bizim və tərəfdaşlarımızın',
    empty: 'Hələ təşkilat yoxdur — Parametrlərdə nümayiş məlumatlarını yükləyin.',
    ours: 'Bizim',
    columns: {
      name: 'Adı',
      shortName: 'Qısa adı',
      country: 'Ölkə',
      parent: 'Tabeliyi',
    },
  },
};

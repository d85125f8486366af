import type { precedence as english } from '../en/precedence';
import type { Shape } from '../shape';

export const precedence: Shape<typeof english> = {
  precedence: {
    title: 'Protokol ardıcıllığı',
    hint: 'Hər vəzifə və rütbə bir pillədədir, 1 ən yüksəkdir; eyni pillədəki vəzifə və rütbə bərabər sayılır. Şəxslər əvvəlcə vəzifə və rütbə pillələrindən daha yüksək olanına, sonra vəzifədə olma müddətinə (daha uzun müddət işləyən öndə), sonra kartındakı ardıcıllıq nömrəsinə görə sıralanır.',
    tableLabel: 'Vəzifələr və rütbələr',
    columns: {
      tier: 'Pillə',
      kind: 'Növ',
      name: { az: 'Azərbaycanca adı', ru: 'Rusca adı', en: 'İngiliscə adı' },
    },
    kinds: { post: 'Vəzifə', rank: 'Rütbə' },
    rowField: '{{field}}, sətir {{row}}',
    remove: 'Sil: sətir {{row}}',
    addEntry: 'Vəzifə və ya rütbə əlavə et',
    empty: 'Cədvəl boşdur: heç kim vəzifəyə və ya rütbəyə görə sıralanmır.',
    guestsFirst: 'Eyni pillədə xarici qonaqlar ev sahiblərimizdən öndə gedir',
    save: 'Saxla',
    saved: 'Protokol ardıcıllığı saxlanıldı.',
  },
};

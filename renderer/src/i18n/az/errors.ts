import type { errors as english } from '../en/errors';
import type { Shape } from '../shape';

export const errors: Shape<typeof english> = {
  errors: {
    title: 'Xəta baş verdi',
    field: '{{field}}: {{message}}',
    notFound: 'Qeyd tapılmadı; ola bilsin, artıq silinib.',
    internal: 'Gözlənilməz xəta baş verdi. Yenidən cəhd edin; xəta təkrarlanarsa, administratora bildirin.',
    conflict: {
      referenced: 'Bu qeyd başqa yerlərdə istifadə olunur, ona görə onu bu şəkildə silmək və ya dəyişmək olmaz.',
      duplicate: 'Belə qeyd artıq mövcuddur.',
      busy: 'Verilənlər bazası məşğuldur. Bir neçə saniyədən sonra yenidən cəhd edin.',
      visitStatusTransition: 'Səfəri bu statusdan seçilmiş statusa keçirmək olmaz.',
      agreementStatusTransition: 'Sazişi bu statusdan seçilmiş statusa keçirmək olmaz.',
      oneHeadPerSide: 'Bu tərəfin artıq nümayəndə heyətinin rəhbəri var; əvvəlcə onun rolunu dəyişin.',
      alreadyVisitMember: 'Bu şəxs artıq səfərin iştirakçısıdır.',
      organizationCycle: 'Təşkilatı özünə və ya öz bölməsinə tabe etmək olmaz.',
      agreementReplacesItself: 'Saziş özünü əvəz edə bilməz.',
    },
    validation: {
      invalidInput: 'Məlumatların bir hissəsi düzgün deyil.',
      unknownChannel: 'Tətbiq naməlum əməliyyat tələb etdi.',
      untrustedSender: 'Sorğu tətbiqin özündən gəlmədiyi üçün rədd edildi.',
      atLeastOneLanguage: 'Ən azı bir dildə doldurun.',
      endBeforeStart: 'Bitmə vaxtı başlanğıcdan əvvəldir.',
      timeZone: 'Naməlum saat qurşağı.',
      countryCode: 'İkihərfli ölkə kodu göstərin, məsələn AZ.',
      languageCode: 'İkihərfli dil kodu göstərin, məsələn ru.',
      agreementNeedsParty: 'Sazişin ən azı bir tərəfi olmalıdır.',
      signatoryNotParty: 'Hər imzalayan tərəflərdən birini təmsil etməlidir.',
      unknownReference: 'Mövcud olmayan qeydə istinad edilir.',
      invalid_type: 'Dəyərin növü düzgün deyil.',
      too_small: 'Çox qısa və ya çox kiçikdir.',
      too_big: 'Çox uzun və ya çox böyükdür.',
      invalid_format: 'Format düzgün deyil.',
      invalid_value: 'Yolverilməz dəyər.',
      unrecognized_keys: 'Artıq sahələr var.',
      custom: 'Yolverilməz dəyər.',
    },
  },
};

import type { agreements as english } from '../en/agreements';
import type { Shape } from '../shape';

export const agreements: Shape<typeof english> = {
  agreements: {
    title: 'Sazişlər',
    subtitle: 'Tərəfdaşlarla planlar, memorandumlar və sazişlər',
    empty: 'Hələ saziş yoxdur — Parametrlərdə nümayiş məlumatlarını yükləyin.',
    columns: {
      title: 'Adı',
      type: 'Növ',
      parties: 'Tərəflər',
      signedOn: 'İmzalanma tarixi',
      validity: 'Qüvvədə olma müddəti',
      status: 'Status',
    },
  },
  agreementType: {
    joint_action_plan: 'Birgə Fəaliyyət Planı',
    memorandum: 'Anlaşma memorandumu',
    agreement: 'Saziş',
    protocol: 'Protokol',
    other: 'Digər',
  },
  agreementStatus: {
    draft: 'Layihə',
    under_negotiation: 'Razılaşdırılır',
    signed: 'İmzalanıb',
    in_force: 'Qüvvədədir',
    expired: 'Müddəti bitib',
    terminated: 'Xitam verilib',
  },
};

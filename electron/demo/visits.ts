// The two incoming visits of the press releases.
import { BAKU } from './programme';
import { ORG, PERSON, VISIT } from './keys';
import type { DemoVisit } from './types';

const baku = { az: 'Bakı', ru: 'Баку', en: 'Baku' };

export const visits: DemoVisit[] = [
  {
    uuid: VISIT.uzbekistan2025,
    direction: 'incoming',
    title: {
      az: 'Özbəkistan Respublikasının fövqəladə hallar naziri general-mayor Botir Qudratxocayevin səfəri',
      ru: 'Визит министра по чрезвычайным ситуациям Республики Узбекистан генерал-майора Ботира Кудратходжаева',
      en: 'Visit of Major-General Botir Kudratkhodjaev, Minister of Emergency Situations of Uzbekistan',
    },
    partnerOrganization: ORG.mesUzbekistan,
    startDate: '2025-12-02',
    endDate: '2025-12-05',
    timeZone: BAKU,
    city: baku,
    purpose: {
      az: 'Nazirlər arasında görüş, 2026-2027-ci illər üçün Birgə Fəaliyyət Planının imzalanması, FHN strukturları ilə tanışlıq.',
      ru: 'Встреча министров, подписание Плана совместных действий на 2026-2027 годы, ознакомление с деятельностью структур МЧС.',
      en: 'Meeting of the ministers, signing of the Joint Action Plan for 2026-2027, and familiarisation with units of the ministry.',
    },
    frameworkEvent: {
      az: 'Beynəlxalq Yanğınsöndürənlər və Xilasedicilər İdman Federasiyasına üzv dövlətlərin yanğınsöndürmə və xilasetmə xidmətləri rəhbərlərinin XXVI Beynəlxalq konfransı',
      ru: 'XXVI Международная конференция руководителей пожарных и спасательных служб государств-членов Международной спортивной федерации пожарных и спасателей',
      en: 'XXVI International Conference of Heads of Fire and Rescue Services of the Member States of the International Sports Federation of Firefighters and Rescuers',
    },
    talkingPoints: {
      az: '- İki ölkənin FHN-ləri arasında əlaqələrin sürətlə genişlənməsi.\n- Strateji tərəfdaşlıq və müttəfiqlik xarakterli Azərbaycan-Özbəkistan münasibətləri.\n- Birgə Fəaliyyət Planı: təcrübə mübadiləsinin dərinləşdirilməsi.',
      ru: '- Стремительное расширение связей между министерствами по чрезвычайным ситуациям двух стран.\n- Азербайджано-узбекские отношения стратегического партнерства и союзничества.\n- План совместных действий: углубление обмена опытом, выведение отношений на качественно новый уровень.',
      en: '- The rapid growth of ties between the two ministries.\n- Azerbaijani-Uzbek relations of strategic partnership and alliance.\n- The Joint Action Plan: a deeper exchange of experience and a qualitatively new level of cooperation.',
    },
    responsibleOfficer: PERSON.huseynova,
    status: 'completed',
  },
  {
    uuid: VISIT.russia2024,
    direction: 'incoming',
    title: {
      az: 'Rusiya Federasiyasının FHN naziri general-leytenant Aleksandr Kurenkovun səfəri',
      ru: 'Визит министра МЧС России генерал-лейтенанта Александра Куренкова',
      en: 'Visit of Lieutenant-General Alexander Kurenkov, Minister of EMERCOM of Russia',
    },
    partnerOrganization: ORG.emercomRussia,
    startDate: '2024-04-15',
    endDate: '2024-04-17',
    timeZone: BAKU,
    city: baku,
    purpose: {
      az: 'Ümummilli Lider Heydər Əliyevin xatirəsinin yad edilməsi, nazirlər arasında görüş, 2024-2026-cı illər üçün Birgə Fəaliyyət Planının imzalanması.',
      ru: 'Почтение памяти Общенационального лидера Гейдара Алиева, встреча министров, подписание Плана совместных действий на 2024-2026 годы.',
      en: 'Tribute to National Leader Heydar Aliyev, meeting of the ministers, and signing of the Joint Action Plan for 2024-2026.',
    },
    frameworkEvent: { az: null, ru: null, en: null },
    talkingPoints: {
      az: '- Dostluq və qarşılıqlı hörmətə əsaslanan Azərbaycan-Rusiya münasibətləri.\n- Azərbaycanın fövqəladə halların nəticələrinin aradan qaldırılmasında əldə etdiyi nailiyyətlər.\n- Qarşılıqlı səfərlərin və məsləhətləşmələrin əhəmiyyəti.',
      ru: '- Азербайджано-российские отношения, основанные на дружбе и взаимном уважении.\n- Достижения Азербайджана в ликвидации последствий чрезвычайных ситуаций.\n- Важность взаимных визитов, встреч и обсуждений.',
      en: "- Azerbaijani-Russian relations built on friendship and mutual respect.\n- Azerbaijan's progress in mitigating emergency situations.\n- The importance of reciprocal visits, meetings and discussions.",
    },
    responsibleOfficer: PERSON.huseynova,
    status: 'completed',
  },
];

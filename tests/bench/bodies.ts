// The bodies the office deals with: an emergency ministry's departments, agencies, academies and
// regional directorates; the foreign ministry and embassy of each partner; and the international
// organisations. Each kind carries the title its head is known by.
import type { Country } from './countries';
import type { Trio } from './names';

export interface BodyKind {
  name: Trio;
  head: Trio;
}

/** "Ministry of Emergency Situations of …", for the countries whose body is named so. */
export const emergencyMinistry = (country: Country): Trio => [
  `${country.of[0]} Fövqəladə Hallar Nazirliyi`,
  `Министерство по чрезвычайным ситуациям ${country.of[1]}`,
  `Ministry of Emergency Situations ${country.of[2]}`,
];

export const foreignMinistry = (country: Country): BodyKind => ({
  name: [`${country.of[0]} Xarici İşlər Nazirliyi`, `Министерство иностранных дел ${country.of[1]}`, `Ministry of Foreign Affairs ${country.of[2]}`],
  head: ['Xarici işlər naziri', 'Министр иностранных дел', 'Minister of Foreign Affairs'],
});

export const embassy = (country: Country): BodyKind => ({
  name: [
    `${country.of[0]} Azərbaycan Respublikasındakı Səfirliyi`,
    `Посольство ${country.of[1]} в Азербайджанской Республике`,
    `Embassy ${country.of[2]} in the Republic of Azerbaijan`,
  ],
  head: ['Fövqəladə və səlahiyyətli səfir', 'Чрезвычайный и полномочный посол', 'Ambassador Extraordinary and Plenipotentiary'],
});

export const regionalDirectorate = (city: Trio): BodyKind => ({
  name: [`${city[0]} Regional İdarəsi`, `Региональное управление, г. ${city[1]}`, `${city[2]} Regional Directorate`],
  head: ['Regional idarənin rəisi', 'Начальник регионального управления', 'Head of the Regional Directorate'],
});

const head = {
  department: ['Departamentin direktoru', 'Директор департамента', 'Director of the Department'],
  mainDepartment: ['Baş idarənin rəisi', 'Начальник главного управления', 'Head of the Main Department'],
  directorate: ['İdarənin rəisi', 'Начальник управления', 'Head of the Department'],
  service: ['Xidmətin rəisi', 'Начальник службы', 'Head of the Service'],
  agency: ['Agentliyin direktoru', 'Директор агентства', 'Director of the Agency'],
  centre: ['Mərkəzin rəisi', 'Начальник центра', 'Head of the Centre'],
} satisfies Record<string, Trio>;

/** The units under an emergency body; partners have most of them, our ministry all. */
export const UNIT_KINDS: BodyKind[] = [
  { name: ['Beynəlxalq Əlaqələr İdarəsi', 'Управление международных связей', 'International Relations Department'], head: head.directorate },
  { name: ['Beynəlxalq Əməkdaşlıq Departamenti', 'Департамент международного сотрудничества', 'International Cooperation Department'], head: head.department },
  { name: ['Böhran Vəziyyətlərində İdarəetmə Mərkəzi', 'Центр управления в кризисных ситуациях', 'Crisis Management Centre'], head: head.centre },
  { name: ['Dövlət Yanğından Mühafizə Xidməti', 'Государственная противопожарная служба', 'State Fire Protection Service'], head: head.service },
  { name: ['Xüsusi Riskli Xilasetmə Xidməti', 'Служба особо рискованных спасательных работ', 'Special Risk Rescue Service'], head: head.service },
  { name: ['Mülki Müdafiə Akademiyası', 'Академия гражданской защиты', 'Civil Defence Academy'], head: ['Akademiyanın rəisi', 'Начальник академии', 'Head of the Academy'] },
  { name: ['Dövlət Su Ehtiyatları Agentliyi', 'Государственное агентство водных ресурсов', 'State Water Resources Agency'], head: head.agency },
  { name: ['Sənaye Təhlükəsizliyi Dövlət Agentliyi', 'Государственное агентство промышленной безопасности', 'State Agency for Industrial Safety'], head: head.agency },
  { name: ['Dənizdə Xilasetmə Xidməti', 'Морская спасательная служба', 'Maritime Rescue Service'], head: head.service },
  { name: ['Tədris-Metodiki Mərkəz', 'Учебно-методический центр', 'Training and Methodology Centre'], head: head.centre },
  {
    name: ['Rəqəmsal Texnologiyaların və İnnovasiyaların İnkişafı Baş İdarəsi', 'Главное управление по развитию цифровых технологий и инноваций', 'Main Department for Digital Technologies and Innovation Development'],
    head: head.mainDepartment,
  },
  { name: ['İctimaiyyətlə Əlaqələr İdarəsi', 'Управление по связям с общественностью', 'Public Relations Department'], head: head.directorate },
  { name: ['Hüquq İdarəsi', 'Правовое управление', 'Legal Department'], head: head.directorate },
  { name: ['Kadrlar İdarəsi', 'Управление кадров', 'Personnel Department'], head: head.directorate },
  { name: ['Mülki Müdafiə Qoşunları', 'Войска гражданской обороны', 'Civil Defence Troops'], head: ['Komandan', 'Командующий', 'Commander'] },
  { name: ['Aviasiya Dəstəsi', 'Авиационный отряд', 'Aviation Detachment'], head: ['Dəstə komandiri', 'Командир отряда', 'Commander of the Detachment'] },
  { name: ['Tibbi Xidmət İdarəsi', 'Медицинское управление', 'Medical Department'], head: head.directorate },
  { name: ['Elmi-Tədqiqat İnstitutu', 'Научно-исследовательский институт', 'Research Institute'], head: ['İnstitutun direktoru', 'Директор института', 'Director of the Institute'] },
  { name: ['Ehtiyatlar Dövlət Agentliyi', 'Государственное агентство по резервам', 'State Reserves Agency'], head: head.agency },
  { name: ['Yanğın Təhlükəsizliyi Dövlət Nəzarəti', 'Государственный пожарный надзор', 'State Fire Safety Inspectorate'], head: head.service },
];

export interface InternationalBody extends BodyKind {
  /** The country of its seat, as organisations.country. */
  seat: string;
  /** The index in this list of the body it belongs to. */
  parent?: number;
}

const secretaryGeneral: Trio = ['Baş katib', 'Генеральный секретарь', 'Secretary General'];
const director: Trio = ['Direktor', 'Директор', 'Director'];

export const INTERNATIONAL_BODIES: InternationalBody[] = [
  { name: ['BMT-nin Humanitar Məsələlərin Əlaqələndirilməsi İdarəsi', 'Управление ООН по координации гуманитарных вопросов', 'UN Office for the Coordination of Humanitarian Affairs'], head: director, seat: 'CH' },
  { name: ['BMT-nin Beynəlxalq Axtarış və Xilasetmə Məsləhət Qrupu (INSARAG)', 'Международная консультативная группа ООН по поиску и спасанию (INSARAG)', 'International Search and Rescue Advisory Group (INSARAG)'], head: director, seat: 'CH', parent: 0 },
  { name: ['BMT-nin Fəlakət Risklərinin Azaldılması İdarəsi', 'Управление ООН по снижению риска бедствий', 'UN Office for Disaster Risk Reduction'], head: director, seat: 'CH' },
  { name: ['Qızıl Xaç və Qızıl Aypara Cəmiyyətləri Beynəlxalq Federasiyası', 'Международная федерация обществ Красного Креста и Красного Полумесяца', 'International Federation of Red Cross and Red Crescent Societies'], head: secretaryGeneral, seat: 'CH' },
  { name: ['Azərbaycan Qızıl Aypara Cəmiyyəti', 'Общество Красного Полумесяца Азербайджана', 'Azerbaijan Red Crescent Society'], head: ['Prezident', 'Президент', 'President'], seat: 'AZ', parent: 3 },
  { name: ['Beynəlxalq Mülki Müdafiə Təşkilatı', 'Международная организация гражданской обороны', 'International Civil Defence Organisation'], head: secretaryGeneral, seat: 'CH' },
  { name: ['MDB-nin Təbii və Texnogen Fövqəladə Hallar üzrə Dövlətlərarası Şurası', 'Межгосударственный совет СНГ по чрезвычайным ситуациям природного и техногенного характера', 'CIS Interstate Council for Natural and Man-made Emergencies'], head: ['Sədr', 'Председатель', 'Chairman'], seat: 'RU' },
  { name: ['Beynəlxalq Yanğınsöndürənlər və Xilasedicilər İdman Federasiyası', 'Международная спортивная федерация пожарных и спасателей', 'International Sports Federation of Firefighters and Rescuers'], head: ['Prezident', 'Президент', 'President'], seat: 'RU' },
  { name: ['Beynəlxalq Yanğınsöndürmə və Xilasetmə Xidmətləri Assosiasiyası (CTIF)', 'Международная ассоциация пожарных и спасательных служб (CTIF)', 'International Association of Fire and Rescue Services (CTIF)'], head: ['Prezident', 'Президент', 'President'], seat: 'BE' },
  { name: ['NATO-nun Avroatlantik Fəlakətlərə Reaksiya Əlaqələndirmə Mərkəzi', 'Евроатлантический координационный центр реагирования на стихийные бедствия НАТО', 'NATO Euro-Atlantic Disaster Response Coordination Centre'], head: director, seat: 'BE' },
  { name: ['Avropa Komissiyasının Mülki Müdafiə və Humanitar Yardım Baş Direktorluğu', 'Генеральный директорат Европейской комиссии по гражданской защите и гуманитарной помощи', 'European Commission Directorate-General for Civil Protection and Humanitarian Aid'], head: ['Baş direktor', 'Генеральный директор', 'Director-General'], seat: 'BE' },
  { name: ['Türk Dövlətləri Təşkilatı', 'Организация тюркских государств', 'Organization of Turkic States'], head: secretaryGeneral, seat: 'TR' },
  { name: ['Qara Dəniz İqtisadi Əməkdaşlıq Təşkilatı', 'Организация черноморского экономического сотрудничества', 'Organization of the Black Sea Economic Cooperation'], head: secretaryGeneral, seat: 'TR' },
  { name: ['Yaponiya Beynəlxalq Əməkdaşlıq Agentliyi', 'Японское агентство международного сотрудничества', 'Japan International Cooperation Agency'], head: ['Prezident', 'Президент', 'President'], seat: 'JP' },
  { name: ['BMT İnkişaf Proqramının Azərbaycandakı Nümayəndəliyi', 'Представительство ПРООН в Азербайджане', 'UNDP Country Office in Azerbaijan'], head: ['Rezident nümayəndə', 'Постоянный представитель', 'Resident Representative'], seat: 'AZ' },
];

/** Other Azerbaijani bodies that take part in programmes (not ours: `is_ours` stays 0). */
export const AZERBAIJANI_BODIES: BodyKind[] = [
  { name: ['Azərbaycan Respublikasının Daxili İşlər Nazirliyi', 'Министерство внутренних дел Азербайджанской Республики', 'Ministry of Internal Affairs of the Republic of Azerbaijan'], head: ['Daxili işlər naziri', 'Министр внутренних дел', 'Minister of Internal Affairs'] },
  { name: ['Azərbaycan Respublikasının Səhiyyə Nazirliyi', 'Министерство здравоохранения Азербайджанской Республики', 'Ministry of Health of the Republic of Azerbaijan'], head: ['Səhiyyə naziri', 'Министр здравоохранения', 'Minister of Health'] },
  { name: ['Azərbaycan Respublikasının Dövlət Sərhəd Xidməti', 'Государственная пограничная служба Азербайджанской Республики', 'State Border Service of the Republic of Azerbaijan'], head: ['Xidmətin rəisi', 'Начальник службы', 'Head of the Service'] },
];

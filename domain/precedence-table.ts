// The ranking table a new office starts with, in the order of a ministry's protocol list: the
// civil posts, and beside them the military and special ranks (a major general stands with a
// deputy minister). The office edits it in Settings.
import type { PrecedenceTable } from './contract';

const post = (key: string, tier: number, az: string, ru: string, en: string) => ({ key, kind: 'post' as const, tier, name: { az, ru, en } });
const rank = (key: string, tier: number, az: string, ru: string, en: string) => ({ key, kind: 'rank' as const, tier, name: { az, ru, en } });

export const DEFAULT_PRECEDENCE_TABLE: PrecedenceTable = [
  post('head-of-state', 1, 'Dövlət başçısı', 'Глава государства', 'Head of state'),
  post('head-of-government', 2, 'Hökumət başçısı', 'Глава правительства', 'Head of government'),
  post('deputy-prime-minister', 3, 'Baş nazirin müavini', 'Заместитель премьер-министра', 'Deputy prime minister'),
  post('minister', 4, 'Nazir', 'Министр', 'Minister'),
  post('ambassador', 5, 'Səfir', 'Посол', 'Ambassador'),
  post('first-deputy-minister', 5, 'Nazirin birinci müavini', 'Первый заместитель министра', 'First deputy minister'),
  post('deputy-minister', 6, 'Nazir müavini', 'Заместитель министра', 'Deputy minister'),
  post('head-of-agency', 7, 'Agentlik və ya komitə rəhbəri', 'Руководитель агентства или комитета', 'Head of an agency or committee'),
  post('head-of-department', 8, 'Departament rəisi', 'Начальник департамента', 'Head of department'),
  post('head-of-division', 9, 'Şöbə müdiri', 'Начальник отдела', 'Head of division'),
  post('officer', 10, 'Əməkdaş', 'Сотрудник', 'Officer'),
  rank('general-of-the-army', 5, 'Ordu generalı', 'Генерал армии', 'General of the army'),
  rank('colonel-general', 5, 'General-polkovnik', 'Генерал-полковник', 'Colonel general'),
  rank('lieutenant-general', 6, 'General-leytenant', 'Генерал-лейтенант', 'Lieutenant general'),
  rank('major-general', 6, 'General-mayor', 'Генерал-майор', 'Major general'),
  rank('colonel', 8, 'Polkovnik', 'Полковник', 'Colonel'),
  rank('lieutenant-colonel', 9, 'Polkovnik-leytenant', 'Подполковник', 'Lieutenant colonel'),
  rank('major', 10, 'Mayor', 'Майор', 'Major'),
];

// Programme items are planned in Baku time and stored as UTC instants. Azerbaijan has kept UTC+4
// all year since it dropped daylight saving in 2016, so a fixed offset is exact for these dates.
import { NO_TEXT, toInstant } from '../../domain/contract';
import type { DemoEvent } from './types';

export const BAKU = 'Asia/Baku';

/** `bakuTime('2025-12-03', '10:00')` is `'2025-12-03T06:00:00Z'`. */
export function bakuTime(date: string, time: string): string {
  return toInstant(new Date(`${date}T${time}:00+04:00`));
}

const SERVICE_UNIFORM = { az: 'Gündəlik xidməti forma', ru: 'Повседневная форма одежды', en: 'Service uniform' };

/** Cues both visits' run sheets share. */
export const CUES = {
  metAtAircraft: {
    az: 'Təyyarənin yanında nazir müavini qarşılayır.',
    ru: 'Встречает у трапа самолёта заместитель министра.',
    en: 'Met at the aircraft by the Deputy Minister.',
  },
  talksInRussian: { az: 'Danışıqlar rus dilində.', ru: 'Переговоры на русском языке.', en: 'Talks in Russian.' },
  seenOff: { az: 'Nazir müavini yola salır.', ru: 'Провожает заместитель министра.', en: 'Seen off by the Deputy Minister.' },
};

/** An item as an officer writes it: a day and Baku times; uniform unless said otherwise. */
export type ProgrammeItem = Pick<DemoEvent, 'uuid' | 'type' | 'title' | 'venue' | 'participants'> &
  Partial<Pick<DemoEvent, 'dressCode' | 'transport' | 'interpreter' | 'notes'>> & { day: string; from: string; to: string };

/** Builds the items of one visit's programme, all under the same responsible officer. */
export function programmeOf(visit: string, responsibleOfficer: string) {
  return ({ day, from, to, dressCode = SERVICE_UNIFORM, transport = NO_TEXT, interpreter = NO_TEXT, notes = NO_TEXT, ...item }: ProgrammeItem): DemoEvent => ({
    ...item,
    visit,
    startsAt: bakuTime(day, from),
    endsAt: bakuTime(day, to),
    timeZone: BAKU,
    dressCode,
    transport,
    interpreter,
    notes,
    responsibleOfficer,
  });
}

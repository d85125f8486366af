// One visit's programme, laid out the way the press releases tell it: the delegation is met at the
// airport, the main day opens with the wreath-laying, then the tête-à-tête, the talks in extended
// format, the signing and the press; tours fill the afternoons and further days; an official
// dinner closes the main day; the last day ends with the departure. Times are local.
import type { Trio } from './names';
import { ITEMS, type ItemName, type ProgrammeItem } from './programme-words';
import { weighted, type Random } from './random';

export interface PlannedEvent {
  item: ProgrammeItem;
  title: Trio;
  /** Days from the visit's first day. */
  day: number;
  /** Minutes from that day's local midnight; past 1440 runs into the next day. */
  start: number;
  minutes: number;
}

const at = (hours: number, minutes = 0) => hours * 60 + minutes;

/** A time or duration between `from` and `to`, on the five minutes as programmes are written. */
const fives = (rnd: Random, from: number, to: number) => 5 * rnd.between(Math.ceil(from / 5), Math.floor(to / 5));

/** Flights land at any hour; a few late at night, so their meeting at the airport runs past midnight. */
const arrivalWindow = weighted<readonly [number, number]>([
  [[at(8), at(12)], 25],
  [[at(12), at(18)], 35],
  [[at(18), at(22, 55)], 35],
  [[at(23), at(23, 45)], 5],
]);

export function planProgramme(rnd: Random, days: number, inBaku: boolean): PlannedEvent[] {
  const events: PlannedEvent[] = [];
  let day = 0;
  let clock = 0;
  const startDay = (index: number, from: number, to: number) => {
    day = index;
    clock = fives(rnd, from, to);
  };
  // Between two items: the drive, or the room being reset.
  const add = (name: ItemName, gap: readonly [number, number] = [5, 20]) => {
    const item = ITEMS[name];
    clock += fives(rnd, ...gap);
    const minutes = fives(rnd, ...item.minutes);
    events.push({ item, title: rnd.pick(item.titles), day, start: clock, minutes });
    clock += minutes;
  };
  const maybe = (probability: number, name: ItemName) => {
    if (rnd.chance(probability)) add(name);
  };
  const tours = (most: number) => {
    for (let tour = rnd.between(1, most); tour > 0; tour -= 1) add('tour');
  };

  const mainDay = days >= 2 ? 1 : 0;
  if (days >= 2) startDay(0, ...arrivalWindow(rnd));
  else startDay(0, at(7, 30), at(8, 30));
  add('arrival', [0, 0]);
  if (days >= 2 && clock < at(15)) maybe(0.4, rnd.chance(0.5) ? 'embassy' : 'culture');

  if (days >= 2) startDay(mainDay, at(9), at(10));
  if (inBaku) {
    maybe(0.85, 'honoursWreath');
    maybe(0.6, 'martyrsWreath');
  } else maybe(0.45, 'wreath');
  maybe(0.6, 'teteATete');
  add('extendedMeeting');
  maybe(0.5, 'signing');
  maybe(0.45, 'press');
  if (rnd.chance(0.5)) {
    clock = Math.max(clock, at(12, 45));
    add('lunch');
  }
  tours(3);
  // Dinner at seven or eight; now and then late, and then past midnight.
  const dinnerAt = rnd.chance(0.05) ? fives(rnd, at(21), at(21, 30)) : fives(rnd, at(19), at(20, 30));
  if (rnd.chance(0.7) && clock + 30 <= dinnerAt) {
    clock = dinnerAt;
    add('dinner', [0, 0]);
  }

  for (let middle = mainDay + 1; middle < days - 1; middle += 1) {
    startDay(middle, at(9, 30), at(10, 30));
    tours(2);
    maybe(0.45, 'workingGroup');
    maybe(0.5, 'culture');
    maybe(0.15, 'embassy');
  }

  if (days >= 2) {
    startDay(days - 1, at(8), at(9));
    maybe(0.3, 'tour');
  }
  // A day trip leaves in the evening.
  clock = Math.max(clock, days >= 2 ? fives(rnd, at(8, 30), at(20)) : fives(rnd, at(18), at(21)));
  add('departure', [0, 0]);
  return events;
}

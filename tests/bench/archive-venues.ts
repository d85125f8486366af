// The places of the programmes: in Baku the demo office's own (the two alleys, the ministry, the
// Crisis Management Centre, hotels), in each capital an airport, a memorial, the ministry and the
// rest, in other cities fewer; the remainder are fire stations, most of them in Baku.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/open';
import { NOW } from './archive-rows';
import type { Trio } from './names';
import { BAKU_VENUES, VENUE_NAMES, type VenueKind } from './programme-words';
import type { Random } from './random';

const BAKU_KINDS: VenueKind[] = [
  'airport', 'alleyOfHonours', 'alleyOfMartyrs', 'headquarters', 'headquarters', 'headquarters', 'facility', 'facility',
  'hotel', 'hotel', 'hotel', 'hotel', 'restaurant', 'restaurant', 'restaurant', 'culture', 'culture',
];
const CAPITAL_KINDS: VenueKind[] = ['airport', 'memorial', 'headquarters', 'facility', 'hotel', 'restaurant', 'culture'];
const CITY_KINDS: VenueKind[] = ['headquarters', 'facility', 'hotel', 'restaurant'];

/** The ids of a city's venues of one kind (none when the city has no such place). */
export type VenueFinder = (city: Trio, kind: VenueKind) => readonly number[];

/**
 * Writes `total` venues over Baku, the `capitals` and the `otherCities` (all given as
 * [az, ru, en]) and returns the finder the programmes place their events with.
 */
export function writeVenues(db: Db, rnd: Random, capitals: readonly Trio[], otherCities: readonly Trio[], total: number): VenueFinder {
  const insert = db.prepare(
    'INSERT INTO venues (uuid, name_az, name_ru, name_en, city_az, city_ru, city_en, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const byCity = new Map<string, Map<VenueKind, number[]>>();
  let written = 0;
  const write = (city: Trio, kind: VenueKind) => {
    const kinds = byCity.get(city[2]) ?? new Map<VenueKind, number[]>();
    byCity.set(city[2], kinds);
    const ids = kinds.get(kind) ?? [];
    kinds.set(kind, ids);
    const n = ids.length + 1;
    const name = (city[2] === 'Baku' && n === 1 && BAKU_VENUES[kind]) || VENUE_NAMES[kind](city, n);
    ids.push(Number(insert.run(randomUUID(), ...name, ...city, NOW, NOW).lastInsertRowid));
    written += 1;
  };

  const [baku, ...rest] = capitals;
  if (!baku) throw new Error('Baku comes first among the capitals');
  for (const kind of BAKU_KINDS) write(baku, kind);
  for (const city of rest) for (const kind of CAPITAL_KINDS) write(city, kind);
  for (const city of otherCities) for (const kind of CITY_KINDS) write(city, kind);
  const cities = [...capitals, ...otherCities];
  while (written < total) write(rnd.chance(0.5) ? baku : rnd.pick(cities), 'facility');
  return (city, kind) => byCity.get(city[2])?.get(kind) ?? [];
}

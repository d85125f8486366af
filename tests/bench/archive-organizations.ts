// The organisations of the archive: our ministry with its departments, agencies and regional
// directorates; for each partner country its emergency body with most of the same units, its
// foreign ministry and its embassy in Baku; and the international organisations. Units point to
// their ministry through `parent_id`.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/open';
import { NOW } from './archive-rows';
import { AZERBAIJANI_BODIES, INTERNATIONAL_BODIES, UNIT_KINDS, embassy, emergencyMinistry, foreignMinistry, regionalDirectorate, type BodyKind } from './bodies';
import { AZERBAIJAN, PARTNER_COUNTRIES, type Country } from './countries';
import type { CultureName, Trio } from './names';
import type { Random } from './random';

export type OrganizationKind = 'emergency' | 'unit' | 'foreign' | 'embassy' | 'international' | 'azerbaijani';

export interface Organization {
  id: number;
  name: Trio;
  /** The title its head is known by. */
  head: Trio;
  kind: OrganizationKind;
  /** Null for an international organisation. */
  country: Country | null;
  parent: Organization | null;
  culture: CultureName;
  uniformed: boolean;
  isOurs: boolean;
}

const MINISTER: Trio = ['Nazir', 'Министр', 'Minister'];

/** Writes the organisations, parents before children, and returns them in that order. */
export function writeOrganizations(db: Db, rnd: Random, partnerCountries: number): Organization[] {
  const insert = db.prepare(`INSERT INTO organizations (uuid, country, name_az, name_ru, name_en, parent_id, is_ours, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const organizations: Organization[] = [];
  const add = (body: BodyKind, fields: Omit<Organization, 'id' | 'name' | 'head'>, seat = fields.country?.code): Organization => {
    const id = Number(
      insert.run(randomUUID(), seat, ...body.name, fields.parent?.id ?? null, fields.isOurs ? 1 : 0, NOW, NOW).lastInsertRowid,
    );
    const organization = { id, name: body.name, head: body.head, ...fields };
    organizations.push(organization);
    return organization;
  };

  const countryTree = (country: Country, isOurs: boolean, unitKinds: BodyKind[], regionalCities: readonly Trio[]) => {
    const culture = country.culture;
    const ministry = add({ name: country.body ?? emergencyMinistry(country), head: MINISTER }, {
      kind: 'emergency', country, parent: null, culture, uniformed: country.uniformed, isOurs,
    });
    const unit = { kind: 'unit', country, parent: ministry, culture, uniformed: country.uniformed, isOurs } as const;
    for (const kind of unitKinds) add(kind, unit);
    for (const city of regionalCities) add(regionalDirectorate(city), unit);
  };

  countryTree(AZERBAIJAN, true, UNIT_KINDS, AZERBAIJAN.cities.slice(1));
  for (const body of AZERBAIJANI_BODIES) {
    add(body, { kind: 'azerbaijani', country: AZERBAIJAN, parent: null, culture: 'az', uniformed: false, isOurs: false });
  }
  for (const country of PARTNER_COUNTRIES.slice(0, partnerCountries)) {
    // Each partner has most of the units our ministry has, the first (international relations) always.
    const units = UNIT_KINDS.filter((_, index) => index === 0 || rnd.chance(0.65));
    countryTree(country, false, units, country.cities);
    const civilian = { country, parent: null, culture: country.culture, uniformed: false, isOurs: false } as const;
    add(foreignMinistry(country), { kind: 'foreign', ...civilian });
    add(embassy(country), { kind: 'embassy', ...civilian });
  }
  const international: Organization[] = [];
  for (const body of INTERNATIONAL_BODIES) {
    const parent = body.parent === undefined ? null : (international[body.parent] ?? null);
    international.push(add(body, { kind: 'international', country: null, parent, culture: 'intl', uniformed: false, isOurs: false }, body.seat));
  }
  return organizations;
}

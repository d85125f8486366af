import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { az } from '../../renderer/src/i18n/az';
import { en } from '../../renderer/src/i18n/en';
import { ru } from '../../renderer/src/i18n/ru';
import { BUNDLE_PROBLEMS } from '../../db/transfer/bundle';
import { AGREEMENT_STATUSES, AGREEMENT_TYPES, EVENT_TYPES, MEMBER_ROLES, VISIT_STATUSES } from '../../electron/contract';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

const catalogs = { en, ru, az } as const;
const englishKeys = leaves(en).map(([key]) => key).sort();

describe('the interface catalogs', () => {
  for (const [lang, catalog] of Object.entries(catalogs)) {
    it(`${lang} has exactly the English keys, none of them blank`, () => {
      const entries = leaves(catalog);
      expect(entries.map(([key]) => key).sort()).toEqual(englishKeys);
      expect(entries.filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
    });
  }

  it('name every status, event type, role and agreement type the backend can send', () => {
    const needed = [
      ...VISIT_STATUSES.map((status) => `visitStatus.${status}`),
      ...EVENT_TYPES.map((type) => `eventType.${type}`),
      ...MEMBER_ROLES.map((role) => `memberRole.${role}`),
      ...AGREEMENT_TYPES.map((type) => `agreementType.${type}`),
      ...AGREEMENT_STATUSES.map((status) => `agreementStatus.${status}`),
    ];
    expect(needed.filter((key) => !englishKeys.includes(key))).toEqual([]);
  });

  it('speak Azerbaijani in Latin script and Russian in Cyrillic', () => {
    expect(az.nav.visits).toBe('Səfərlər');
    expect(az.visit.delegation).toBe('Nümayəndə heyəti');
    expect(ru.visit.programme).toBe('Программа');
    expect(ru.nav.agreements).toBe('Соглашения');
  });
});

describe('the English catalog areas', () => {
  it('each own their top-level sections, so no area silently overrides another', async () => {
    const folder = resolve(__dirname, '../../renderer/src/i18n/en');
    const areas = readdirSync(folder).filter((file) => file !== 'index.ts');
    const sections: string[] = [];
    for (const file of areas) {
      const area = (await import(join(folder, file))) as Record<string, Tree>;
      sections.push(...Object.values(area).flatMap((catalog) => Object.keys(catalog)));
    }
    expect(sections.length).toBe(new Set(sections).size);
    expect(sections.sort()).toEqual(Object.keys(en).sort());
  });
});

describe('every error the backend can raise', () => {
  it('has a message in the catalogs', () => {
    const root = resolve(__dirname, '../..');
    const sources = ['electron', 'db']
      .flatMap((dir) => readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).map((file) => join(root, dir, file)))
      .filter((file) => file.endsWith('.ts'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const raised = new Set(
      [...sources.matchAll(/(?:Error\(|messageKey: |message: )'((?:validation|conflict)\.[A-Za-z_.]+)'/g)].map(([, key]) => `errors.${key}`),
    );
    // A bundle's problems are raised as `validation.bundle.${problem}`.
    for (const problem of BUNDLE_PROBLEMS) raised.add(`errors.validation.bundle.${problem}`);
    expect(raised.size).toBeGreaterThan(10);
    expect([...raised].filter((key) => !englishKeys.includes(key))).toEqual([]);
  });
});

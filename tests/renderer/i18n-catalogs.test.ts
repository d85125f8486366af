import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { az } from '../../renderer/src/i18n/az';
import { en } from '../../renderer/src/i18n/en';
import { ru } from '../../renderer/src/i18n/ru';
import { BUNDLE_PROBLEMS } from '../../db/transfer/bundle';
import { AGREEMENT_STATUSES, AGREEMENT_TYPES, EVENT_TYPES, MEMBER_ROLES, VISIT_STATUSES } from '../../domain/contract';

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

/** The one word each language uses for each action, on every button that performs it. */
const ACTION_WORDS = {
  en: { save: 'Save', cancel: 'Cancel', delete: 'Delete', close: 'Close', add: 'Add', edit: 'Edit', export: 'Export', print: 'Print', restore: 'Restore' },
  ru: { save: 'Сохранить', cancel: 'Отмена', delete: 'Удалить', close: 'Закрыть', add: 'Добавить', edit: 'Изменить', export: 'Экспортировать', print: 'Печать', restore: 'Восстановить' },
  az: { save: 'Saxla', cancel: 'İmtina', delete: 'Sil', close: 'Bağla', add: 'Əlavə et', edit: 'Redaktə et', export: 'İxrac et', print: 'Çap et', restore: 'Bərpa et' },
} as const;
type Action = keyof (typeof ACTION_WORDS)['en'];
const ACTIONS = Object.keys(ACTION_WORDS.en) as Action[];

/** Buttons that name what they act on ("Delete person"): they still use the action's one word. */
const NAMING_THEIR_OBJECT = new Set([
  'keyboard.save', 'personForm.delete', 'organizationForm.delete', 'venueForm.delete', 'agreements.filters.save',
  'agreements.filters.delete', 'agreement.save', 'activities.add', 'activities.edit', 'activities.delete',
  'programme.form.save', 'programmeSettings.save', 'talkingPoints.save', 'checklist.delete', 'transfer.export',
]);
/** Keys that label something other than a button: the audit log's entries, the Edit menu, an editor's field, a heading. */
const NOT_BUTTONS = /^(auditLog\.actions\.|appMenu\.edit$|talkingPoints\.edit$|transfer\.exportTitle$)/;

function usesWord(text: string, word: string, lang: string): boolean {
  // Azerbaijani lowers İ to i, which a case-insensitive regular expression doesn't know.
  const lower = (each: string) => each.toLocaleLowerCase(lang);
  return new RegExp(`(?<!\\p{L})${lower(word)}(?!\\p{L})`, 'u').test(lower(text));
}

describe('each action', () => {
  for (const [lang, catalog] of Object.entries(catalogs) as [keyof typeof catalogs, Tree][]) {
    const words = ACTION_WORDS[lang];
    const buttons = leaves(catalog).filter(([key]) => !NOT_BUTTONS.test(key));

    it(`has one word in ${lang}, on every key named after it`, () => {
      const astray = buttons.flatMap(([key, text]) => {
        const action = key.split('.').pop() as Action;
        if (!ACTIONS.includes(action)) return [];
        const fits = NAMING_THEIR_OBJECT.has(key) ? usesWord(text, words[action], lang) : text === words[action];
        return fits ? [] : [`${key}: ${text}`];
      });
      expect(astray).toEqual([]);
    });

    it(`has one word in ${lang} wherever English says just that action`, () => {
      const english = Object.fromEntries(leaves(en));
      const astray = buttons.flatMap(([key, text]) => {
        const action = ACTIONS.find((candidate) => english[key] === ACTION_WORDS.en[candidate]);
        return action === undefined || text === words[action] ? [] : [`${key}: ${text}`];
      });
      expect(astray).toEqual([]);
    });
  }
});

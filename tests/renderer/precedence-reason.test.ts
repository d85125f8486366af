// The line under a member's ⓘ in the delegation list says why the order of precedence puts them
// there, in the officer's language, with the dates written as the rest of the app writes them.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../domain/contract';
import { standingOf, type PrecedenceFacts } from '../../domain/precedence';
import { DEFAULT_PRECEDENCE_TABLE } from '../../domain/precedence-table';
import i18n from '../../renderer/src/i18n';
import { precedenceReason } from '../../renderer/src/features/visits/precedence-reason';

const rules = { table: DEFAULT_PRECEDENCE_TABLE, guestsFirstAtEqualRank: true };
const reason = (facts: PrecedenceFacts, lang: Language) => precedenceReason(standingOf(facts, rules), { t: i18n.getFixedT(lang), lang });

// Minister Heydarov as the guest delegation lists him: a minister since 5 March 2021.
const guestMinister: PrecedenceFacts = { postTier: 'minister', rankTier: null, inPostSince: '2021-03-05', precedence: 10, side: 'guest' };

describe('why a member stands where they do', () => {
  it('names a guest minister’s post and tier, his years in post and the guests’ precedence, in English', () => {
    expect(reason(guestMinister, 'en')).toBe('Minister, tier 4 · in post since 5 March 2021 · guest before host · precedence 10');
  });

  it('says the same in Russian, the date in the genitive as a Russian text writes it', () => {
    expect(reason(guestMinister, 'ru')).toBe('Министр, уровень 4 · в должности с 5 марта 2021 · гость перед принимающей стороной · старшинство 10');
  });

  it('says the same in Azerbaijani, with the month in lower case', () => {
    expect(reason(guestMinister, 'az')).toBe('Nazir, pillə 4 · 5 mart 2021 tarixindən vəzifədə · qonaq ev sahibindən əvvəl · protokol sırası 10');
  });

  it('names the higher of a host general’s rank and post, and leaves out what does not apply to a host', () => {
    const general = { postTier: 'head-of-department', rankTier: 'major-general', inPostSince: null, precedence: 100, side: 'host' } as const;
    expect(reason(general, 'en')).toBe('Major general, tier 6 · precedence 100');
  });

  it('says so when a liaison officer is not in the ranking table', () => {
    const liaison = { postTier: null, rankTier: null, inPostSince: null, precedence: 40, side: 'guest' } as const;
    expect(reason(liaison, 'en')).toBe('Not in the ranking table · guest before host · precedence 40');
    expect(reason(liaison, 'ru')).toBe('Нет в таблице старшинства · гость перед принимающей стороной · старшинство 40');
    expect(reason(liaison, 'az')).toBe('Sıralama cədvəlində yoxdur · qonaq ev sahibindən əvvəl · protokol sırası 40');
  });

  it('leaves out "guest before host" when the office doesn’t put guests first', () => {
    const standing = standingOf(guestMinister, { ...rules, guestsFirstAtEqualRank: false });
    expect(precedenceReason(standing, { t: i18n.getFixedT('en'), lang: 'en' })).toBe('Minister, tier 4 · in post since 5 March 2021 · precedence 10');
  });
});

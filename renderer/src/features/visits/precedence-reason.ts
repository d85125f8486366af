// Why a member stands where the order of precedence puts them, as one line an officer can check
// against the ranking table: "Minister, tier 4 · in post since 5 March 2021 · guest before host".
import type { TFunction } from 'i18next';
import type { Language } from '../../../../domain/contract';
import type { Standing } from '../../../../domain/precedence';
import { formatDate } from '../../i18n/format';
import { pickText } from '../../i18n/pick-text';

export interface Reader {
  t: TFunction;
  lang: Language;
}

/** Each reason compareStandings weighs, in the order it weighs them. */
export function precedenceReason(standing: Standing, { t, lang }: Reader): string {
  const { placedBy, inPostSince, guestFirst, precedence } = standing;
  const parts = [
    placedBy ? t('visitPlan.standing.placed', { name: pickText(placedBy.name, lang), tier: placedBy.tier }) : t('visitPlan.standing.unplaced'),
    inPostSince && t('visitPlan.standing.inPostSince', { date: formatDate(inPostSince, lang) }),
    guestFirst && t('visitPlan.standing.guestFirst'),
    t('visitPlan.standing.precedence', { precedence }),
  ];
  return parts.filter((part): part is string => typeof part === 'string' && part !== '').join(' · ');
}

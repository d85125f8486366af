// What a picker offers, for each kind of record it picks: the list channel it searches (the same
// spelling-blind key index as the lists), the get channel that names a chosen record that isn't in
// the page of matches, and how a record reads in the picker.
import { useEffect, useSyncExternalStore } from 'react';
import type { Agreement, Language, LocalizedText, Organization, Person, Visit, VisitMember, VisitSummary } from '../../../domain/contract';
import { ApiError, call } from '../api';
import { formatDateRange } from '../i18n/format';
import { pickText } from '../i18n/pick-text';
import { showError } from '../store/notices-store';

export type RecordKind = 'person' | 'organization' | 'visit' | 'agreement';

/** One record as a picker shows it: its name, and a second line that tells namesakes apart. */
export interface Choice {
  id: number;
  name: LocalizedText;
  /** The organisation of a person, the parent of an organisation, the partner of a visit. */
  detail: LocalizedText | null;
  /** A visit's first and last day. */
  days?: [string, string];
}

const person = (row: Person): Choice => ({ id: row.id, name: row.name, detail: row.organizationName ?? row.position });
const organization = (row: Organization): Choice => ({ id: row.id, name: row.name, detail: row.parentName });
const visit = (row: Visit | VisitSummary): Choice => ({ id: row.id, name: row.title, detail: row.partnerName, days: [row.startDate, row.endDate] });
const agreement = (row: Agreement): Choice => ({ id: row.id, name: row.title, detail: null });
/** The people on a visit, offered first where someone of the visit is likely meant. */
export const memberChoices = (members: readonly VisitMember[]): Choice[] =>
  members.map((member) => ({ id: member.personId, name: member.name, detail: member.organizationName ?? member.position }));

/** A page of the records whose keys begin with the typed words ('' for the list's first page), in the list's own order. */
export async function searchChoices(kind: RecordKind, search: string, lang: Language, limit: number): Promise<Choice[]> {
  const query = { search: search.trim() || undefined, lang, limit };
  switch (kind) {
    case 'person':
      return (await call('people:list', query)).rows.map(person);
    case 'organization':
      return (await call('organizations:list', query)).rows.map(organization);
    case 'visit':
      return (await call('visits:list', query)).rows.map(visit);
    case 'agreement':
      return (await call('agreements:list', query)).rows.map(agreement);
  }
}

async function getChoice(kind: RecordKind, id: number): Promise<Choice> {
  switch (kind) {
    case 'person':
      return person(await call('people:get', { id }));
    case 'organization':
      return organization(await call('organizations:get', { id }));
    case 'visit':
      return visit(await call('visits:get', { id }));
    case 'agreement':
      return agreement(await call('agreements:get', { id }));
  }
}

export const choiceLabel = (choice: Choice, lang: Language): string => pickText(choice.name, lang);

export function choiceDetail(choice: Choice, lang: Language): string {
  const days = choice.days ? formatDateRange(choice.days[0], choice.days[1], lang) : '';
  return [pickText(choice.detail, lang), days].filter(Boolean).join(' · ');
}

// Records named by id (a form's stored value, a recent pick): a handful per session, so they are
// kept until the page reloads. A record that is gone is remembered as gone, and not offered.
const named = new Map<string, Choice | 'gone'>();
const asking = new Set<string>();
const listeners = new Set<() => void>();
let answers = 0;
const keyOf = (kind: RecordKind, id: number) => `${kind}:${id}`;
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Keeps a record the officer picked from a page of matches, so naming it again asks nothing. */
export function keepChoice(kind: RecordKind, choice: Choice): void {
  named.set(keyOf(kind, choice.id), choice);
}

/** A page of matches holds the records' names as they are now: a kept one renamed since reads anew. */
export function refreshChoices(kind: RecordKind, choices: readonly Choice[]): void {
  for (const choice of choices) if (named.has(keyOf(kind, choice.id))) named.set(keyOf(kind, choice.id), choice);
}

function ask(kind: RecordKind, id: number): void {
  const key = keyOf(kind, id);
  if (named.has(key) || asking.has(key)) return;
  asking.add(key);
  getChoice(kind, id)
    .then(
      (choice) => named.set(key, choice),
      (failure: unknown) => {
        if (failure instanceof ApiError && failure.shape.code === 'not_found') named.set(key, 'gone');
        else showError(failure);
      },
    )
    .finally(() => {
      asking.delete(key);
      answers += 1;
      for (const listener of listeners) listener();
    });
}

/** The records with these ids, as far as they are known yet: asks for the missing ones and renders again when they come. */
export function useChosen(kind: RecordKind, ids: readonly number[]): Choice[] {
  useSyncExternalStore(subscribe, () => answers);
  const wanted = ids.join(',');
  useEffect(() => {
    for (const id of ids) ask(kind, id);
    // `wanted` is `ids` as a value: a new array with the same ids asks nothing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [kind, wanted]);
  return ids.flatMap((id) => {
    const choice = named.get(keyOf(kind, id));
    return choice === undefined || choice === 'gone' ? [] : [choice];
  });
}

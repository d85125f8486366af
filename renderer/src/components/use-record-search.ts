// The data behind a picker: before typing, the suggested and recent records and the list's first
// page; while typing, a page of the records whose keys begin with the typed words, from the whole
// directory. Whatever is chosen keeps its name even when no page holds it.
import type { OptionsFilter } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showError } from '../store/notices-store';
import { useRecentPicks } from '../store/recent-picks-store';
import { useSettings } from '../store/settings-store';
import { choiceLabel, keepChoice, refreshChoices, searchChoices, useChosen, type Choice, type RecordKind } from './record-choices';
import { onlyOffered, pickerData } from './picker-data';
import { askOnce } from './use-call';

/** A page of matches: enough to find a namesake by the second line, few enough to read. */
export const PICKER_PAGE = 30;

export interface RecordSearchOptions {
  /** Offered first, before anything is typed: e.g. the people on this visit. */
  suggested?: readonly Choice[];
  /** A record that can't be picked here: an organisation can't be its own parent. */
  exclude?: number;
}

export interface RecordSearch {
  data: ReturnType<typeof pickerData>['data'];
  /** Shows only what the current answer offers; the chosen records are in `data` for their names alone. */
  filter: OptionsFilter;
  searchValue: string;
  onSearchChange(value: string): void;
  onDropdownOpen(): void;
  /** The typed words have no answer yet. */
  busy: boolean;
  nothingFound: string;
  /** The second line of an option (its organisation, parent, partner or days). */
  choiceOf(value: string): Choice | undefined;
  /** Call when a record is picked: it becomes recent and keeps its name. */
  picked(value: string | null): void;
}

interface Answer {
  query: string;
  lang: string;
  choices: Choice[];
}

export function useRecordSearch(kind: RecordKind, chosenIds: readonly number[], options: RecordSearchOptions = {}): RecordSearch {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  const [typed, setTyped] = useState('');
  // Nothing is asked until the list first opens: a checklist shows a picker on every row.
  const [active, setActive] = useState(false);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const remember = useRecentPicks((state) => state.remember);
  const chosen = useChosen(kind, chosenIds);
  const recent = useChosen(kind, useRecentPicks((state) => state.recent[kind]));
  // A select shows its chosen record's name in the box it is typed into: that is not a search.
  const words = chosen.some((choice) => choiceLabel(choice, lang) === typed) ? '' : typed.trim();
  // One question at a time, the latest words next: a letter typed while nothing is asked goes at
  // once (no pause to wait out), and a fast typist's letters meanwhile cost one more question, not one each.
  const [query, setQuery] = useState(words);
  const asking = useRef(false);
  useEffect(() => {
    if (!asking.current) setQuery(words);
  }, [words, answer]);

  useEffect(() => {
    if (!active) return;
    asking.current = true;
    return askOnce(
      () => searchChoices(kind, query, lang, PICKER_PAGE),
      (choices) => {
        asking.current = false;
        refreshChoices(kind, choices);
        setAnswer({ query, lang, choices });
      },
      (failure) => {
        asking.current = false;
        showError(failure);
      },
    );
  }, [active, kind, query, lang]);

  const { suggested, exclude } = options;
  const searching = words !== '';
  const built = useMemo(
    () =>
      pickerData({
        searching,
        found: answer?.choices ?? [],
        suggested: suggested ?? [],
        recent,
        chosen,
        exclude,
        label: (choice) => choiceLabel(choice, lang),
        groups: { suggested: t('picker.suggested'), recent: t('picker.recent'), all: t('picker.all') },
      }),
    [answer, chosen, recent, suggested, exclude, searching, lang, t],
  );

  const filter: OptionsFilter = ({ options: all }) => onlyOffered(all, built.offered);
  return {
    data: built.data,
    filter,
    searchValue: typed,
    onSearchChange: setTyped,
    onDropdownOpen: () => setActive(true),
    busy: active && (answer === null || answer.query !== words || answer.lang !== lang),
    nothingFound: active && answer !== null && answer.query === words ? t('picker.nothingFound') : t('picker.searching'),
    choiceOf: (value) => built.byValue.get(value),
    picked: (value) => {
      const choice = value === null ? undefined : built.byValue.get(value);
      if (choice === undefined) return;
      keepChoice(kind, choice);
      remember(kind, choice.id);
    },
  };
}

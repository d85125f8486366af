// What a picker's list holds, as a pure function of what it knows: Mantine refuses a value offered
// twice, and a chosen record outside the page of matches must still be there to be named.
import type { ComboboxData, ComboboxItem, ComboboxParsedItem } from '@mantine/core';
import type { Choice } from './record-choices';

export interface PickerInput {
  /** Words are typed: only the matches are offered, in the order main sent them. */
  searching: boolean;
  /** The latest page of matches (of the typed words, or the list's first page). */
  found: readonly Choice[];
  suggested: readonly Choice[];
  recent: readonly Choice[];
  /** The records the picker holds now. */
  chosen: readonly Choice[];
  /** A record never offered here (an organisation as its own parent). */
  exclude?: number;
  label(choice: Choice): string;
  groups: { suggested: string; recent: string; all: string };
}

export interface PickerData {
  data: ComboboxData;
  /** The values the list shows; the others in `data` are there only for a chosen record's name. */
  offered: ReadonlySet<string>;
  byValue: ReadonlyMap<string, Choice>;
}

export function pickerData(input: PickerInput): PickerData {
  const seen = new Set<number>(input.exclude === undefined ? [] : [input.exclude]);
  const byValue = new Map<string, Choice>();
  const items = (choices: readonly Choice[]): ComboboxItem[] =>
    choices.flatMap((choice) => {
      if (seen.has(choice.id)) return [];
      seen.add(choice.id);
      byValue.set(String(choice.id), choice);
      return [{ value: String(choice.id), label: input.label(choice) }];
    });
  const shown: ComboboxData = input.searching
    ? items(input.found)
    : [
        { group: input.groups.suggested, items: items(input.suggested) },
        { group: input.groups.recent, items: items(input.recent) },
        { group: input.groups.all, items: items(input.found) },
      ].filter((group) => group.items.length > 0);
  const offered = new Set(byValue.keys());
  return { data: [...shown, ...items(input.chosen)], offered, byValue };
}

/** Mantine's `filter`: main has filtered already; this only keeps the chosen-only entries out of sight. */
export function onlyOffered(options: ComboboxParsedItem[], offered: ReadonlySet<string>): ComboboxParsedItem[] {
  return options.flatMap((option): ComboboxParsedItem[] => {
    if ('group' in option) return [{ ...option, items: option.items.filter((item) => offered.has(item.value)) }];
    return offered.has(option.value) ? [option] : [];
  });
}

import { describe, expect, it } from 'vitest';
import type { ComboboxParsedItem } from '@mantine/core';
import { onlyOffered, pickerData, type PickerInput } from '../../renderer/src/components/picker-data';
import type { Choice } from '../../renderer/src/components/record-choices';

const person = (id: number, az: string): Choice => ({ id, name: { az, ru: null, en: null }, detail: null });
const heydarov = person(1, 'Kəmaləddin Heydərov');
const huseynova = person(2, 'Leyla Hüseynova');
const abbasov = person(3, 'Adil Abbasov');
const aliyev = person(4, 'Rauf Əliyev');

const input = (change: Partial<PickerInput>): PickerInput => ({
  searching: false,
  found: [],
  suggested: [],
  recent: [],
  chosen: [],
  label: (choice) => choice.name.az ?? '',
  groups: { suggested: 'Təklif olunanlar', recent: 'Son seçilənlər', all: 'Hamısı' },
  ...change,
});

const shownValues = (data: ComboboxParsedItem[], offered: ReadonlySet<string>) =>
  onlyOffered(data, offered).flatMap((item) => ('group' in item ? item.items.map((option) => option.value) : [item.value]));

describe("a picker's list", () => {
  it('offers the visit’s people, then the officer’s recent picks, then the directory, each person once', () => {
    const { data } = pickerData(input({ suggested: [heydarov], recent: [huseynova, heydarov], found: [abbasov, heydarov, aliyev] }));
    expect(data).toEqual([
      { group: 'Təklif olunanlar', items: [{ value: '1', label: 'Kəmaləddin Heydərov' }] },
      { group: 'Son seçilənlər', items: [{ value: '2', label: 'Leyla Hüseynova' }] },
      { group: 'Hamısı', items: [{ value: '3', label: 'Adil Abbasov' }, { value: '4', label: 'Rauf Əliyev' }] },
    ]);
  });

  it('shows only the matches while words are typed, in the order main ranked them', () => {
    const { data } = pickerData(input({ searching: true, suggested: [heydarov], recent: [huseynova], found: [aliyev, abbasov] }));
    expect(data).toEqual([
      { value: '4', label: 'Rauf Əliyev' },
      { value: '3', label: 'Adil Abbasov' },
    ]);
  });

  it('keeps the chosen person for their name when no page holds them, out of sight', () => {
    const { data, offered, byValue } = pickerData(input({ searching: true, found: [aliyev], chosen: [huseynova] }));
    expect(data).toContainEqual({ value: '2', label: 'Leyla Hüseynova' });
    expect(shownValues(data as ComboboxParsedItem[], offered)).toEqual(['4']);
    expect(byValue.get('2')).toBe(huseynova);
  });

  it('shows the chosen person in place when the matches hold them', () => {
    const { data, offered } = pickerData(input({ searching: true, found: [huseynova, aliyev], chosen: [huseynova] }));
    expect(data).toHaveLength(2);
    expect(shownValues(data as ComboboxParsedItem[], offered)).toEqual(['2', '4']);
  });

  it('never offers the record being edited (an organisation as its own parent), and drops empty groups', () => {
    const { data } = pickerData(input({ exclude: 1, recent: [heydarov], found: [heydarov, abbasov] }));
    expect(data).toEqual([{ group: 'Hamısı', items: [{ value: '3', label: 'Adil Abbasov' }] }]);
  });
});

// Pickers of people, organisations, visits and agreements that reach the whole directory: the
// typed words are searched in main, through the same spelling-blind index as the lists ("Гейдар"
// finds Heydərov), so nothing is filtered here.
import { CheckIcon, MultiSelect, Select, type MultiSelectProps, type SelectProps } from '@mantine/core';
import { useSettings } from '../store/settings-store';
import { choiceDetail, type Choice, type RecordKind } from './record-choices';
import { useRecordSearch, type RecordSearch, type RecordSearchOptions } from './use-record-search';

type Managed = 'data' | 'value' | 'onChange' | 'searchable' | 'filter' | 'searchValue' | 'onSearchChange' | 'renderOption';

interface Picking extends RecordSearchOptions {
  kind: RecordKind;
}

const ids = (values: readonly string[]) => values.filter((value) => value !== '').map(Number);

/**
 * An option: the record's name, and under it what tells namesakes apart (not part of its accessible
 * name). Plain elements styled in app.css: a page of options is drawn again at every keystroke, and
 * Mantine's layout components cost several times as much to render.
 */
function useOptionRenderer(search: RecordSearch) {
  const lang = useSettings((state) => state.language);
  return ({ option, checked }: { option: { value: string; label: string }; checked?: boolean }) => {
    const choice: Choice | undefined = search.choiceOf(option.value);
    const detail = choice ? choiceDetail(choice, lang) : '';
    return (
      <div className="picker-option">
        {checked ? <CheckIcon size={12} /> : <span className="picker-option-check" />}
        <div>
          <div className="picker-option-name">{option.label}</div>
          {detail && (
            <div className="picker-option-detail" aria-hidden>
              {detail}
            </div>
          )}
        </div>
      </div>
    );
  };
}

function sharedProps(search: RecordSearch) {
  return {
    data: search.data,
    filter: search.filter,
    searchable: true,
    searchValue: search.searchValue,
    onSearchChange: search.onSearchChange,
    nothingFoundMessage: search.nothingFound,
    'aria-busy': search.busy,
  };
}

/** One record, as its id in text (what Mantine's selects hold), or null. */
export function RecordSelect({
  kind,
  suggested,
  exclude,
  value,
  onChange,
  onDropdownOpen,
  ...props
}: Picking & Omit<SelectProps, Managed> & { value: string | null; onChange(value: string | null): void }) {
  const search = useRecordSearch(kind, ids(value === null ? [] : [value]), { suggested, exclude });
  const renderOption = useOptionRenderer(search);
  return (
    <Select
      {...props}
      {...sharedProps(search)}
      renderOption={renderOption}
      value={value}
      onChange={(picked) => {
        search.picked(picked);
        onChange(picked);
      }}
      onDropdownOpen={() => {
        search.onDropdownOpen();
        onDropdownOpen?.();
      }}
    />
  );
}

/** Several records, as their ids in text. */
export function RecordMultiSelect({
  kind,
  suggested,
  exclude,
  value,
  onChange,
  onDropdownOpen,
  ...props
}: Picking & Omit<MultiSelectProps, Managed> & { value: string[]; onChange(value: string[]): void }) {
  const search = useRecordSearch(kind, ids(value), { suggested, exclude });
  const renderOption = useOptionRenderer(search);
  return (
    <MultiSelect
      {...props}
      {...sharedProps(search)}
      renderOption={renderOption}
      value={value}
      onChange={(picked) => {
        for (const added of picked.filter((id) => !value.includes(id))) search.picked(added);
        onChange(picked);
      }}
      onDropdownOpen={() => {
        search.onDropdownOpen();
        onDropdownOpen?.();
      }}
    />
  );
}

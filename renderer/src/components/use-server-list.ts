import { useDebouncedValue } from '@mantine/hooks';
import type { PaginationState, SortingState } from '@tanstack/react-table';
import { useEffect, useState } from 'react';
import type { ChannelInput, ChannelOutput } from '../../../electron/contract';
import { call } from '../api';
import { useSettings } from '../store/settings-store';
import { showError } from '../store/notices-store';

export type ListChannel = 'visits:list' | 'people:list' | 'organizations:list' | 'agreements:list';
export type ListRow<C extends ListChannel> = ChannelOutput<C>['rows'][number];

const PAGE_SIZE = 50;
const SEARCH_DEBOUNCE_MS = 250;

export interface ServerList<Row> {
  rows: Row[];
  total: number;
  loading: boolean;
  search: string;
  setSearch(search: string): void;
  sorting: SortingState;
  setSorting(updater: SortingState | ((old: SortingState) => SortingState)): void;
  pagination: PaginationState;
  setPagination(updater: PaginationState | ((old: PaginationState) => PaginationState)): void;
}

/**
 * The state of one list screen (search, sort, page) and the rows the backend returns for it.
 * The backend sorts, filters and pages in SQL; this hook only asks and keeps the answer.
 */
export function useServerList<C extends ListChannel>(channel: C): ServerList<ListRow<C>> {
  const lang = useSettings((state) => state.language);
  const [search, setSearchText] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, SEARCH_DEBOUNCE_MS);
  const [sorting, setSorting] = useState<SortingState>([]);
  const [pagination, setPagination] = useState<PaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE });
  const [answer, setAnswer] = useState<{ key: string; rows: ListRow<C>[]; total: number } | null>(null);

  const sort = sorting[0];
  const query = {
    search: debouncedSearch.trim() || undefined,
    sort: sort ? { column: sort.id, direction: sort.desc ? 'desc' : 'asc' } : undefined,
    lang,
    offset: pagination.pageIndex * pagination.pageSize,
    limit: pagination.pageSize,
  };
  const key = JSON.stringify(query);

  useEffect(() => {
    let current = true;
    call(channel, JSON.parse(key) as ChannelInput<C>)
      .then((page) => {
        if (current) setAnswer({ key, rows: page.rows as ListRow<C>[], total: page.total });
      })
      .catch((error: unknown) => {
        if (current) showError(error);
      });
    return () => {
      current = false;
    };
  }, [channel, key]);

  return {
    rows: answer?.rows ?? [],
    total: answer?.total ?? 0,
    loading: answer?.key !== key,
    search,
    setSearch(text) {
      setSearchText(text);
      setPagination((old) => ({ ...old, pageIndex: 0 }));
    },
    sorting,
    setSorting,
    pagination,
    setPagination,
  };
}

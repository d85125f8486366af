import { useDebouncedValue } from '@mantine/hooks';
import type { PaginationState, SortingState } from '@tanstack/react-table';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { ChannelInput, ChannelOutput } from '../../../domain/contract';
import { useSettings } from '../store/settings-store';
import { useCall } from './use-call';

export type ListChannel = 'visits:list' | 'people:list' | 'organizations:list' | 'agreements:list' | 'venues:list';
export type ListRow<C extends ListChannel> = ChannelOutput<C>['rows'][number];

const PAGE_SIZE = 50;
// Lists answer in tens of milliseconds even at 100,000 rows (a stale answer is dropped), so the
// pause is short: it spares a request per letter of a fast typist, and every officer waits it out.
const SEARCH_DEBOUNCE_MS = 60;

export interface ServerList<Row> {
  rows: Row[];
  total: number;
  /** More rows match the search than `total`: the backend stops counting there. */
  totalCapped: boolean;
  loading: boolean;
  /** A search or a filter leaves rows out: "nothing matches", not "nothing here yet". */
  narrowed: boolean;
  search: string;
  setSearch(search: string): void;
  sorting: SortingState;
  setSorting(updater: SortingState | ((old: SortingState) => SortingState)): void;
  pagination: PaginationState;
  setPagination(updater: PaginationState | ((old: PaginationState) => PaginationState)): void;
  /** Asks again, e.g. after a record was saved or deleted. */
  reload(): void;
}

/**
 * The state of one list screen (search, sort, page, and the screen's own `filters`) and the rows
 * the backend returns for it.
 * The backend sorts, filters and pages in SQL; this hook only asks and keeps the answer.
 */
export function useServerList<C extends ListChannel>(
  channel: C,
  filters: Partial<ChannelInput<C>> = {},
  { debounceMs = SEARCH_DEBOUNCE_MS }: { debounceMs?: number } = {},
): ServerList<ListRow<C>> {
  const lang = useSettings((state) => state.language);
  // `?q=` opens a list already narrowed, e.g. to the person picked in the global search.
  const asked = useSearchParams()[0].get('q') ?? '';
  const [search, setSearchText] = useState(asked);
  const [lastAsked, setLastAsked] = useState(asked);
  if (asked !== lastAsked) {
    setLastAsked(asked);
    setSearchText(asked);
  }
  const [debouncedSearch] = useDebouncedValue(search, debounceMs);
  const [sorting, setSorting] = useState<SortingState>([]);
  const [pagination, setPagination] = useState<PaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE });

  // A new filter starts again at the first page, as a new search does.
  const filterKey = JSON.stringify(filters);
  const [lastFilters, setLastFilters] = useState(filterKey);
  if (filterKey !== lastFilters) {
    setLastFilters(filterKey);
    setPagination((old) => ({ ...old, pageIndex: 0 }));
  }

  const sort = sorting[0];
  const query = {
    ...filters,
    search: debouncedSearch.trim() || undefined,
    sort: sort ? { column: sort.id, direction: sort.desc ? 'desc' : 'asc' } : undefined,
    lang,
    offset: pagination.pageIndex * pagination.pageSize,
    limit: pagination.pageSize,
  };
  const page = useCall(channel, query as ChannelInput<C>);

  return {
    rows: (page.data?.rows ?? []) as ListRow<C>[],
    total: page.data?.total ?? 0,
    totalCapped: page.data?.totalCapped === true,
    loading: page.loading,
    narrowed: search.trim() !== '' || Object.values(filters).some((value) => value !== undefined),
    search,
    setSearch(text) {
      setSearchText(text);
      setPagination((old) => ({ ...old, pageIndex: 0 }));
    },
    sorting,
    setSorting,
    pagination,
    setPagination,
    reload: page.reload,
  };
}

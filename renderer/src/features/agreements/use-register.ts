import { useState } from 'react';
import { AGREEMENT_SORT_COLUMNS, type Agreement, type AgreementFilter, type RegisterFilter } from '../../../../domain/contract';
import { useServerList, type ServerList } from '../../components/use-server-list';

type Filters = Omit<AgreementFilter, 'search'>;
type View = RegisterFilter['view'];
// The register's search waits for a longer pause than the other lists: it has always done so.
const SEARCH_DEBOUNCE_MS = 250;
const isSortColumn = (id: string): id is (typeof AGREEMENT_SORT_COLUMNS)[number] =>
  (AGREEMENT_SORT_COLUMNS as readonly string[]).includes(id);

export interface Register extends ServerList<Agreement> {
  filters: Filters;
  setFilter<K extends keyof Filters>(key: K, value: Filters[K]): void;
  /** The current filters and sort, as a saved filter keeps them. */
  view: View;
  applyView(view: View): void;
}

/** The register's rows: a list (search, sort, page in SQL through agreements:list) with its own filters and saved views. */
export function useRegister(): Register {
  const [filters, setFilters] = useState<Filters>({});
  const list = useServerList('agreements:list', filters, { debounceMs: SEARCH_DEBOUNCE_MS });
  const sortState = list.sorting[0];
  const sort = sortState && isSortColumn(sortState.id) ? ({ column: sortState.id, direction: sortState.desc ? 'desc' : 'asc' } as const) : undefined;
  return {
    ...list,
    filters,
    // A new filter starts again at the first page (useServerList sees the filters change).
    setFilter(name, value) {
      setFilters((old) => ({ ...old, [name]: value ?? undefined }));
    },
    view: { filter: { ...filters, search: list.search.trim() || undefined }, sort },
    applyView(view) {
      const { search: savedSearch, ...savedFilters } = view.filter;
      setFilters(savedFilters);
      list.setSearch(savedSearch ?? '');
      list.setSorting(view.sort ? [{ id: view.sort.column, desc: view.sort.direction === 'desc' }] : []);
    },
  };
}

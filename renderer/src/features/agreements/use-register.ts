import { useDebouncedValue } from '@mantine/hooks';
import type { PaginationState, SortingState } from '@tanstack/react-table';
import { useEffect, useState } from 'react';
import { AGREEMENT_SORT_COLUMNS, type Agreement, type AgreementFilter, type RegisterFilter } from '../../../../domain/contract';
import { call } from '../../api';
import type { ServerList } from '../../components/use-server-list';
import { showError } from '../../store/notices-store';
import { useSettings } from '../../store/settings-store';

const PAGE_SIZE = 50;
type Filters = Omit<AgreementFilter, 'search'>;
type View = RegisterFilter['view'];
const isSortColumn = (id: string): id is (typeof AGREEMENT_SORT_COLUMNS)[number] =>
  (AGREEMENT_SORT_COLUMNS as readonly string[]).includes(id);

export interface Register extends ServerList<Agreement> {
  filters: Filters;
  setFilter<K extends keyof Filters>(key: K, value: Filters[K]): void;
  /** The current filters and sort, as a saved filter keeps them. */
  view: View;
  applyView(view: View): void;
}

/** The register's rows: search, filters, sort and page all go to SQL through agreements:list. */
export function useRegister(): Register {
  const lang = useSettings((state) => state.language);
  const [search, setSearchText] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 250);
  const [filters, setFilters] = useState<Filters>({});
  const [sorting, setSorting] = useState<SortingState>([]);
  const [pagination, setPagination] = useState<PaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE });
  const [answer, setAnswer] = useState<{ key: string; rows: Agreement[]; total: number; totalCapped?: true } | null>(null);
  const [version, setVersion] = useState(0);

  const sortState = sorting[0];
  const sort = sortState && isSortColumn(sortState.id) ? { column: sortState.id, direction: sortState.desc ? 'desc' : 'asc' } as const : undefined;
  const query = { ...filters, search: debouncedSearch.trim() || undefined, sort, lang, offset: pagination.pageIndex * pagination.pageSize, limit: pagination.pageSize };
  const key = JSON.stringify(query);

  useEffect(() => {
    let current = true;
    call('agreements:list', JSON.parse(key) as typeof query)
      .then((page) => current && setAnswer({ key, ...page }))
      .catch((error: unknown) => current && showError(error));
    return () => {
      current = false;
    };
    // `query` is fully described by `key`; `version` asks again for the same query.
  }, [key, version]);

  const firstPage = () => setPagination((old) => ({ ...old, pageIndex: 0 }));
  return {
    rows: answer?.rows ?? [],
    total: answer?.total ?? 0,
    totalCapped: answer?.totalCapped ?? false,
    loading: answer?.key !== key,
    narrowed: search.trim() !== '' || Object.values(filters).some((value) => value !== undefined),
    search,
    setSearch(text) {
      setSearchText(text);
      firstPage();
    },
    sorting,
    setSorting,
    pagination,
    setPagination,
    reload: () => setVersion((old) => old + 1),
    filters,
    setFilter(name, value) {
      setFilters((old) => ({ ...old, [name]: value ?? undefined }));
      firstPage();
    },
    view: { filter: { ...filters, search: search.trim() || undefined }, sort },
    applyView(view) {
      const { search: savedSearch, ...savedFilters } = view.filter;
      setFilters(savedFilters);
      setSearchText(savedSearch ?? '');
      setSorting(view.sort ? [{ id: view.sort.column, desc: view.sort.direction === 'desc' }] : []);
      firstPage();
    },
  };
}

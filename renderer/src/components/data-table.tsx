import { Group, Pagination, Paper, Table, Text, TextInput, UnstyledButton } from '@mantine/core';
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef, type Header, type Row as TableRow } from '@tanstack/react-table';
import { memo, useCallback, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServerList } from './use-server-list';

interface DataTableProps<Row> {
  list: ServerList<Row>;
  // Columns hold cells of different value types; tanstack's own examples type them this way.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  columns: ColumnDef<Row, any>[];
  getRowId(row: Row): string;
  onRowClick?(row: Row): void;
  /** Shown when there is nothing at all (not merely nothing matching the search). */
  empty: ReactNode;
  label: string;
}

/** Every list in the app: a search box, sortable headers and a pager over rows the backend pages. */
export function DataTable<Row>({ list, columns, getRowId, onRowClick, empty, label }: DataTableProps<Row>) {
  const { t } = useTranslation();
  // The table object is rebuilt on every render by design; we pass nothing of it to memoized children.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: list.rows,
    columns,
    getRowId,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualFiltering: true,
    manualPagination: true,
    enableMultiSort: false,
    sortDescFirst: false,
    rowCount: list.total,
    state: { sorting: list.sorting, pagination: list.pagination },
    onSortingChange: list.setSorting,
    onPaginationChange: list.setPagination,
  });
  // A stable click handler, so typing in the search box does not re-render the unchanged rows.
  const latestRowClick = useRef(onRowClick);
  useLayoutEffect(() => {
    latestRowClick.current = onRowClick;
  });
  const clickRow = useCallback((row: Row) => latestRowClick.current?.(row), []);
  const { pageIndex, pageSize } = list.pagination;
  const searching = list.narrowed;
  const nothingAtAll = !list.loading && list.total === 0 && !searching;

  return (
    <Paper withBorder radius="md">
      <Group justify="space-between" p="sm" gap="sm">
        <TextInput
          aria-label={t('table.search')}
          placeholder={t('table.searchPlaceholder')}
          value={list.search}
          onChange={(event) => list.setSearch(event.currentTarget.value)}
          w={360}
          size="sm"
        />
        <Text size="sm" c="dimmed">
          {list.total > 0
            ? t(list.totalCapped ? 'table.rangeOfMore' : 'table.range', {
                from: pageIndex * pageSize + 1,
                to: pageIndex * pageSize + list.rows.length,
                total: list.total,
              })
            : t('table.total', { count: 0 })}
        </Text>
      </Group>
      {nothingAtAll ? (
        <div style={{ padding: 'var(--mantine-spacing-xl)' }}>{empty}</div>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover={Boolean(onRowClick)} verticalSpacing={6} horizontalSpacing="sm" aria-label={label} aria-busy={list.loading}>
            <Table.Thead>
              {table.getHeaderGroups().map((group) => (
                <Table.Tr key={group.id}>
                  {group.headers.map((header) => (
                    <Table.Th key={header.id} aria-sort={ariaSort(header)} style={{ whiteSpace: 'nowrap' }}>
                      <HeaderLabel header={header} />
                    </Table.Th>
                  ))}
                </Table.Tr>
              ))}
            </Table.Thead>
            <Table.Tbody>
              <TableRows rows={table.getRowModel().rows} onRowClick={onRowClick ? clickRow : undefined} columns={columns} />
            </Table.Tbody>
          </Table>
          {searching && !list.loading && list.total === 0 && (
            <Text c="dimmed" ta="center" p="lg">
              {t('table.noMatches')}
            </Text>
          )}
        </Table.ScrollContainer>
      )}
      {table.getPageCount() > 1 && (
        <Group justify="flex-end" p="sm">
          <Pagination size="sm" total={table.getPageCount()} value={pageIndex + 1} onChange={(value) => table.setPageIndex(value - 1)} />
        </Group>
      )}
    </Paper>
  );
}

interface TableRowsProps<Row> {
  rows: TableRow<Row>[];
  onRowClick?: (row: Row) => void;
  /** Not drawn from, but new columns (a language switch) must re-render the same rows. */
  columns: unknown;
}

function TableRowsOf<Row>({ rows, onRowClick }: TableRowsProps<Row>) {
  return (
    <>
      {rows.map((row, index) => (
        <Table.Tr
          key={row.id}
          onClick={onRowClick ? () => onRowClick(row.original) : undefined}
          style={onRowClick ? { cursor: 'pointer' } : undefined}
          // One tab stop for the whole list (the first row); the arrow keys move within it.
          tabIndex={onRowClick ? (index === 0 ? 0 : -1) : undefined}
          onKeyDown={onRowClick ? (event) => moveOrOpen(event, () => onRowClick(row.original)) : undefined}
        >
          {row.getVisibleCells().map((cell) => (
            <Table.Td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</Table.Td>
          ))}
        </Table.Tr>
      ))}
    </>
  );
}

/** Enter opens the focused row; the arrow keys, Home and End move the focus between rows. */
function moveOrOpen(event: KeyboardEvent<HTMLTableRowElement>, open: () => void): void {
  const row = event.currentTarget;
  const rows = [...(row.parentElement?.children ?? [])] as HTMLElement[];
  const target = {
    ArrowDown: row.nextElementSibling,
    ArrowUp: row.previousElementSibling,
    Home: rows[0],
    End: rows.at(-1),
  }[event.key];
  if (event.key === 'Enter') open();
  else if (target instanceof HTMLElement) target.focus();
  else return;
  event.preventDefault();
}

// The rows re-render only when a new page of them arrives (tanstack keeps the same row objects until then).
const TableRows = memo(TableRowsOf) as typeof TableRowsOf;

function ariaSort<Row>(header: Header<Row, unknown>): 'ascending' | 'descending' | undefined {
  const sorted = header.column.getIsSorted();
  return sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined;
}

function HeaderLabel<Row>({ header }: { header: Header<Row, unknown> }) {
  const { t } = useTranslation();
  const label = flexRender(header.column.columnDef.header, header.getContext());
  if (!header.column.getCanSort()) return <>{label}</>;
  const sorted = header.column.getIsSorted();
  return (
    <UnstyledButton
      onClick={header.column.getToggleSortingHandler()}
      fw={600}
      fz="sm"
      title={sorted === 'asc' ? t('table.sortAscending') : sorted === 'desc' ? t('table.sortDescending') : undefined}
    >
      {label} <span aria-hidden>{sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}</span>
    </UnstyledButton>
  );
}

import { useEffect, useState } from 'react';
import type { Channel, ChannelOutput } from '../../../../domain/contract';
import { call } from '../../api';
import { pickText } from '../../i18n/pick-text';
import { showError } from '../../store/notices-store';
import { useSettings } from '../../store/settings-store';

type OptionChannel = 'organizations:list' | 'people:list' | 'visits:list' | 'agreements:list';
type Row<C extends Channel> = ChannelOutput<C> extends { rows: (infer R)[] } ? R : never;

/**
 * Choices for a select: every row of a directory list (the office keeps hundreds, not thousands),
 * labelled in the reader's language.
 */
export function useOptions<C extends OptionChannel>(channel: C, label: (row: Row<C>, lang: ReturnType<typeof useLang>) => string) {
  const lang = useLang();
  const [rows, setRows] = useState<Row<C>[]>([]);
  useEffect(() => {
    let current = true;
    // Each list channel takes the same paging input; TypeScript can't see that across the union.
    call(channel as 'organizations:list', { limit: 500, lang })
      .then((page) => current && setRows(page.rows as Row<C>[]))
      .catch((error: unknown) => current && showError(error));
    return () => {
      current = false;
    };
  }, [channel, lang]);
  return { rows, options: rows.map((row) => ({ value: String((row as { id: number }).id), label: label(row, lang) })) };
}

const useLang = () => useSettings((state) => state.language);
export const named = (row: { name: Parameters<typeof pickText>[0] }, lang: Parameters<typeof pickText>[1]) => pickText(row.name, lang);
export const titled = (row: { title: Parameters<typeof pickText>[0] }, lang: Parameters<typeof pickText>[1]) => pickText(row.title, lang);

import { useEffect, useState } from 'react';
import type { Venue } from '../../../../domain/contract';
import { call } from '../../api';
import { pickText } from '../../i18n/pick-text';
import { showError } from '../../store/notices-store';
import { useSettings } from '../../store/settings-store';

/** Every venue of the office (tens, not thousands) as choices for a select, in the reader's language. */
export function useVenueOptions(): { value: string; label: string }[] {
  const lang = useSettings((state) => state.language);
  const [venues, setVenues] = useState<Pick<Venue, 'id' | 'name'>[]>([]);
  useEffect(() => {
    let current = true;
    call('venues:list', { limit: 500, lang })
      .then((page) => current && setVenues(page.rows))
      .catch((error: unknown) => current && showError(error));
    return () => {
      current = false;
    };
  }, [lang]);
  return venues.map((venue) => ({ value: String(venue.id), label: pickText(venue.name, lang) }));
}

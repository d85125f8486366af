import { useCall } from '../../components/use-call';
import { pickText } from '../../i18n/pick-text';
import { useSettings } from '../../store/settings-store';

/** Every venue of the office (tens, not thousands) as choices for a select, in the reader's language. */
export function useVenueOptions(): { value: string; label: string }[] {
  const lang = useSettings((state) => state.language);
  const venues = useCall('venues:list', { limit: 500, lang }).data?.rows ?? [];
  return venues.map((venue) => ({ value: String(venue.id), label: pickText(venue.name, lang) }));
}

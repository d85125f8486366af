import type { VisitDetail } from '../../../../domain/contract';
import { ApiError } from '../../api';
import { useCall } from '../../components/use-call';

/**
 * The visit with its delegation and programme; `null` while loading, `'missing'` when there is none.
 * A new `version` fetches it again after a change, showing the visit as it was meanwhile.
 */
export function useVisit(id: number, version = 0): VisitDetail | null | 'missing' {
  const visit = useCall('visits:get', { id }, { version });
  if (visit.error instanceof ApiError && visit.error.shape.code === 'not_found') return 'missing';
  return visit.data?.id === id ? visit.data : null;
}

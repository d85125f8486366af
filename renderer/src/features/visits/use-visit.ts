import { useEffect, useState } from 'react';
import type { VisitDetail } from '../../../../domain/contract';
import { call, ApiError } from '../../api';
import { showError } from '../../store/notices-store';

/**
 * The visit with its delegation and programme; `null` while loading, `'missing'` when there is none.
 * A new `version` fetches it again after a change.
 */
export function useVisit(id: number, version = 0): VisitDetail | null | 'missing' {
  const [answer, setAnswer] = useState<{ id: number; visit: VisitDetail | 'missing' } | null>(null);
  useEffect(() => {
    let current = true;
    call('visits:get', { id })
      .then((visit) => {
        if (current) setAnswer({ id, visit });
      })
      .catch((error: unknown) => {
        if (!current) return;
        if (error instanceof ApiError && error.shape.code === 'not_found') setAnswer({ id, visit: 'missing' });
        showError(error);
      });
    return () => {
      current = false;
    };
  }, [id, version]);
  return answer?.id === id ? answer.visit : null;
}

import { useCallback, useEffect, useState } from 'react';
import type { BriefingPack } from '../../../../domain/contract';
import { call } from '../../api';
import { showError } from '../../store/notices-store';

/** Everything the pack prints, reloaded after the talking points change. */
export function useBriefing(visitId: number): { pack: BriefingPack | null; reload: () => void } {
  const [pack, setPack] = useState<BriefingPack | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let current = true;
    call('briefing:get', { visitId })
      .then((loaded) => {
        if (current) setPack(loaded);
      })
      .catch(showError);
    return () => {
      current = false;
    };
  }, [visitId, version]);
  const reload = useCallback(() => setVersion((value) => value + 1), []);
  return { pack, reload };
}

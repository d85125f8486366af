// Before anything else, asks whether the database opened; if it didn't, only the recovery screen shows.
import { Center, Loader } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import type { RecoveryStatus } from '../../../../domain/contract';
import { call } from '../../api';
import { showError } from '../../store/notices-store';
import { useOffice } from '../../store/office-store';
import { RecoveryPage } from './recovery-page';

export function RecoveryGate({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<RecoveryStatus | null>(null);
  useEffect(() => {
    call('recovery:status', {})
      .then((answer) => {
        useOffice.setState({ readOnly: answer.readOnly });
        setStatus(answer);
      })
      .catch(showError);
  }, []);
  if (!status) {
    return (
      <Center h="100vh">
        <Loader color="navy" />
      </Center>
    );
  }
  return status.problem ? <RecoveryPage problem={status.problem} /> : children;
}

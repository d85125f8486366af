import { Center, Loader, MantineProvider } from '@mantine/core';
import { useEffect } from 'react';
import { HashRouter, Navigate, Route, Routes } from 'react-router';
import { AppFrame } from './components/app-frame';
import { Notices } from './components/notices';
import { showError } from './store/notices-store';
import { AgreementsPage } from './features/agreements/agreements-page';
import { OrganizationsPage } from './features/organizations/organizations-page';
import { PeoplePage } from './features/people/people-page';
import { SettingsPage } from './features/settings/settings-page';
import { VisitDetailPage } from './features/visits/visit-detail-page';
import { VisitsPage } from './features/visits/visits-page';
import { useSettings } from './store/settings-store';
import { theme } from './theme';

export function App() {
  return (
    <MantineProvider theme={theme}>
      <Workspace />
      <Notices />
    </MantineProvider>
  );
}

function Workspace() {
  const { loaded, load } = useSettings();
  useEffect(() => {
    load().catch(showError);
  }, [load]);

  if (!loaded) {
    return (
      <Center h="100vh">
        <Loader color="navy" />
      </Center>
    );
  }
  return (
    <HashRouter>
      <AppFrame>
        <Routes>
          <Route path="/" element={<Navigate to="/visits" replace />} />
          <Route path="/visits" element={<VisitsPage />} />
          <Route path="/visits/:id" element={<VisitDetailPage />} />
          <Route path="/people" element={<PeoplePage />} />
          <Route path="/organizations" element={<OrganizationsPage />} />
          <Route path="/agreements" element={<AgreementsPage />} />
          <Route path="/settings" element={<SettingsPage />} />
          <Route path="*" element={<Navigate to="/visits" replace />} />
        </Routes>
      </AppFrame>
    </HashRouter>
  );
}

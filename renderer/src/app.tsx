import { Center, Loader, MantineProvider } from '@mantine/core';
import { useEffect } from 'react';
import { HashRouter, Navigate, Route, Routes } from 'react-router';
import { AppFrame } from './components/app-frame';
import { Notices } from './components/notices';
import { showError } from './store/notices-store';
import { AgreementsPage } from './features/agreements/agreements-page';
import { BriefingPage } from './features/briefing/briefing-page';
import { AgreementPage } from './features/agreements/agreement-page';
import { AlertsPage } from './features/alerts/alerts-page';
import { AlertsSummary } from './features/alerts/alerts-summary';
import { PartnerHistoryPage } from './features/partners/partner-history-page';
import { OrganizationsPage } from './features/organizations/organizations-page';
import { PeoplePage } from './features/people/people-page';
import { VenuesPage } from './features/venues/venues-page';
import { SettingsPage } from './features/settings/settings-page';
import { VisitDetailPage } from './features/visits/visit-detail-page';
import { CalendarPage } from './features/calendar/calendar-page';
import { TrashPage } from './features/trash/trash-page';
import { VisitsPage } from './features/visits/visits-page';
import { AuditLogPage } from './features/audit/audit-log-page';
import { RecoveryGate } from './features/recovery/recovery-gate';
import { LanguageQuestion } from './features/settings/language-question';
import { useSettings } from './store/settings-store';
import { theme } from './theme';

export function App() {
  return (
    <MantineProvider theme={theme}>
      <RecoveryGate>
        <Workspace />
      </RecoveryGate>
      <Notices />
    </MantineProvider>
  );
}

function Workspace() {
  const { loaded, languageChosen, load } = useSettings();
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
  if (!languageChosen) return <LanguageQuestion />;
  return (
    <HashRouter>
      <AppFrame>
        <Routes>
          <Route path="/" element={<Navigate to="/visits" replace />} />
          <Route path="/visits" element={<VisitsPage />} />
          <Route path="/visits/:id" element={<VisitDetailPage />} />
          <Route path="/visits/:id/briefing" element={<BriefingPage />} />
          <Route path="/people" element={<PeoplePage />} />
          <Route path="/organizations" element={<OrganizationsPage />} />
          <Route path="/venues" element={<VenuesPage />} />
          <Route path="/agreements" element={<AgreementsPage />} />
          <Route path="/agreements/:id" element={<AgreementPage />} />
          <Route path="/alerts" element={<AlertsPage />} />
          <Route path="/organizations/:id" element={<PartnerHistoryPage />} />
          <Route path="/settings" element={<SettingsPage />} />
          <Route path="/audit" element={<AuditLogPage />} />
          <Route path="/calendar" element={<CalendarPage />} />
          <Route path="/trash" element={<TrashPage />} />
          <Route path="*" element={<Navigate to="/visits" replace />} />
        </Routes>
      </AppFrame>
      <AlertsSummary />
    </HashRouter>
  );
}

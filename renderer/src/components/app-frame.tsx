import { AppShell, Group, NavLink, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { KeyboardShortcuts } from './keyboard-shortcuts';
import { LanguageSwitch } from './language-switch';
import { ReadOnlyBanner } from './read-only-banner';
import { GlobalSearch } from '../features/search/global-search';

const SECTIONS = [
  { path: '/visits', label: 'nav.visits' },
  { path: '/calendar', label: 'planningNav.calendar' },
  { path: '/people', label: 'nav.people' },
  { path: '/organizations', label: 'nav.organizations' },
  { path: '/venues', label: 'venues.title' },
  { path: '/agreements', label: 'nav.agreements' },
  { path: '/alerts', label: 'alerts.nav' },
  { path: '/trash', label: 'planningNav.trash' },
  { path: '/audit', label: 'auditLog.nav' },
  { path: '/settings', label: 'nav.settings' },
] as const;

/** The window's frame: the office's name on top, the sections on the left, the screen in the middle. */
export function AppFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 0 }} padding="lg">
      <AppShell.Header bg="navy.9" c="white" px="lg">
        <Group h="100%" justify="space-between">
          <Group gap="sm" align="baseline">
            <Text fw={700} fz="lg">
              {t('app.name')}
            </Text>
            <Text fz="sm" c="navy.1">
              {t('app.office')}
            </Text>
          </Group>
          <Group gap="md">
            <GlobalSearch />
            <KeyboardShortcuts />
            <LanguageSwitch />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <Stack gap={2} component="nav" aria-label={t('app.name')}>
          {SECTIONS.map((section) => (
            <NavLink
              key={section.path}
              component={Link}
              to={section.path}
              label={t(section.label)}
              active={pathname === section.path || pathname.startsWith(`${section.path}/`)}
              variant="filled"
              color="navy"
              fw={500}
              style={{ borderRadius: 'var(--mantine-radius-sm)' }}
            />
          ))}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main bg="white">
        <ReadOnlyBanner />
        {children}
      </AppShell.Main>
    </AppShell>
  );
}

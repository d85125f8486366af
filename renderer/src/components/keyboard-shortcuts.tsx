// The app's keyboard shortcuts, in one list: the keys, what they do, and the Help dialog that
// shows them (F1, or Help in the header). A button a shortcut presses says so with
// aria-keyshortcuts, which is how the shortcut finds it and how a screen reader announces it.
import { Button, Kbd, Modal, Table, Text } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** aria-keyshortcuts values, written as ARIA writes them (Alt+N, Control+S). */
export const SHORTCUT_KEYS = { newVisit: 'Alt+N', newEvent: 'Alt+E', search: 'Control+K', save: 'Control+S', showHelp: 'F1' } as const;
type Shortcut = keyof typeof SHORTCUT_KEYS;
const LISTED: Shortcut[] = ['newVisit', 'newEvent', 'search', 'save', 'showHelp'];

/** The visible button that carries this shortcut on the current screen, if any. */
function buttonFor(shortcut: Shortcut): HTMLElement | null {
  const buttons = document.querySelectorAll<HTMLElement>(`[aria-keyshortcuts="${SHORTCUT_KEYS[shortcut]}"]`);
  return [...buttons].find((button) => button.offsetParent !== null && !button.hasAttribute('disabled')) ?? null;
}

/** The form an officer is working in: the one in the topmost dialog, else the only one on the screen. */
function openForm(): HTMLFormElement | null {
  const dialogs = document.querySelectorAll('[role="dialog"]');
  const scope = dialogs.length > 0 ? dialogs[dialogs.length - 1]! : document;
  const forms = scope.querySelectorAll('form');
  return forms.length === 1 ? forms[0]! : null;
}

/** Registers the shortcuts for the whole window and draws the Help button and dialog. */
export function KeyboardShortcuts() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [helpOpen, help] = useDisclosure(false);
  // An empty ignore list: Ctrl+S must save from inside the field being typed in.
  useHotkeys(
    [
      ['alt+N', () => (buttonFor('newVisit') ? buttonFor('newVisit')!.click() : void navigate('/visits?new'))],
      ['alt+E', () => buttonFor('newEvent')?.click()],
      ['mod+S', () => openForm()?.requestSubmit()],
      ['F1', help.open],
    ],
    [],
  );
  return (
    <>
      <Button variant="subtle" color="gray.0" size="compact-sm" onClick={help.open} aria-keyshortcuts={SHORTCUT_KEYS.showHelp}>
        {t('keyboard.help')}
      </Button>
      <Modal opened={helpOpen} onClose={help.close} title={t('keyboard.title')} size="lg">
        <Text size="sm" mb="md">
          {t('keyboard.intro')}
        </Text>
        <Table withTableBorder aria-label={t('keyboard.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('keyboard.keys')}</Table.Th>
              <Table.Th>{t('keyboard.action')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {LISTED.map((shortcut) => (
              <Table.Tr key={shortcut}>
                <Table.Td>
                  <Kbd>{SHORTCUT_KEYS[shortcut].replace('Control', 'Ctrl')}</Kbd>
                </Table.Td>
                <Table.Td>{t(`keyboard.${shortcut}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Modal>
    </>
  );
}

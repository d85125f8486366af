import { Button, Notification, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNotices, type Notice } from '../store/notices-store';

/**
 * Errors and confirmations, above everything else, dialogs included. They sit in the lower left,
 * beside the navigation: dialogs are centred and keep their buttons on the right, so a notice
 * never covers them.
 */
export function Notices() {
  const { t } = useTranslation();
  const { notices, dismiss } = useNotices();
  if (notices.length === 0) return null;
  return (
    <Stack pos="fixed" bottom={16} left={236} w={400} gap="xs" style={{ zIndex: 1000 }} role="status">
      {notices.map((notice) => (
        <Notification
          key={notice.id}
          color={notice.kind === 'error' ? 'red' : 'teal'}
          title={notice.kind === 'error' ? t('errors.title') : undefined}
          onClose={() => dismiss(notice.id)}
          closeButtonProps={{ 'aria-label': t('common.dismiss') }}
          withBorder
        >
          <NoticeLines notice={notice} />
        </Notification>
      ))}
    </Stack>
  );
}

function NoticeLines({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  const dismiss = useNotices((state) => state.dismiss);
  if (notice.kind === 'success') {
    const { action } = notice;
    return (
      <>
        <div>{t(notice.messageKey, notice.params)}</div>
        {action && (
          <Button size="compact-sm" variant="light" mt={6} onClick={() => {
            dismiss(notice.id);
            action.run();
          }}>
            {t(action.labelKey)}
          </Button>
        )}
      </>
    );
  }
  const { messageKey, params, issues = [] } = notice.error;
  // The forms put each issue at its field; here each distinct message once, never the internal field path.
  const messages = [...new Set(issues.map((issue) => t(`errors.${issue.messageKey}`, issue.params)))];
  return (
    <>
      <div>{t(`errors.${messageKey}`, params)}</div>
      {messages.map((message) => (
        <div key={message}>{message}</div>
      ))}
    </>
  );
}

// Before a document goes out, the texts it would print in another language than its own: the
// officer opens each record to translate it, or prints anyway (main's audit entry of the export
// records which texts went out untranslated, from the same rule).
import { Anchor, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { untranslatedTexts, type BriefingPack, type UntranslatedText, type UntranslatedTextsJob } from '../../../../domain/contract';
import { pickText } from '../../i18n/pick-text';
import { useSettings } from '../../store/settings-store';

/** Where the officer translates a record's texts. */
function recordRoute(text: UntranslatedText, pack: BriefingPack, shownLabel: string): string {
  const search = `?q=${encodeURIComponent(shownLabel)}`;
  switch (text.record) {
    case 'visit':
      return `/visits/${text.recordId ?? pack.visit.id}`;
    case 'event':
      return `/visits/${pack.visit.id}`;
    case 'agreement':
      return `/agreements/${text.recordId}`;
    case 'organization':
      return `/organizations${search}`;
    case 'venue':
      return `/venues${search}`;
    case 'person':
      return `/people${search}`;
  }
}

interface Pending {
  texts: UntranslatedText[];
  lang: UntranslatedTextsJob['lang'];
  run(): void;
}

/**
 * `beforeExport(job, run)` runs `run` at once when everything the job prints is in its language;
 * otherwise it shows the list first. Render `dialog` once on the page.
 */
export function useUntranslatedCheck(pack: BriefingPack | null): { beforeExport(job: UntranslatedTextsJob, run: () => void): void; dialog: ReactNode } {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  const [pending, setPending] = useState<Pending | null>(null);

  const beforeExport = (job: UntranslatedTextsJob, run: () => void) => {
    const texts = pack ? untranslatedTexts(pack, job) : [];
    if (texts.length === 0) run();
    else setPending({ texts, lang: job.lang, run });
  };
  const close = () => setPending(null);

  const dialog = pack && pending && (
    <Modal opened onClose={close} size="lg" title={t('untranslated.title', { language: t(`untranslated.language.${pending.lang}`) })}>
      <Stack gap="sm">
        <Text size="sm">{t('untranslated.intro', { count: pending.texts.length })}</Text>
        <List size="sm" spacing={4} data-testid="untranslated-list">
          {pending.texts.map((text) => {
            const label = pickText(text.recordLabel, lang);
            return (
              <List.Item key={`${text.record}-${text.recordId ?? label}-${text.field}`}>
                {t('untranslated.entry', {
                  field: t(`untranslated.fields.${text.field}`),
                  record: t(`untranslated.records.${text.record}`),
                  label,
                  shownIn: t(`untranslated.shownIn.${text.shownIn}`),
                })}{' '}
                <Anchor component={Link} to={recordRoute(text, pack, label)} size="sm">
                  {t('untranslated.open')}
                </Anchor>
                <Text size="xs" c="dimmed" lineClamp={1} lang={text.shownIn}>
                  {text.shownText}
                </Text>
              </List.Item>
            );
          })}
        </List>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={close}>
            {t('untranslated.fixFirst')}
          </Button>
          <Button
            onClick={() => {
              close();
              pending.run();
            }}
            data-testid="untranslated-print-anyway"
          >
            {t('untranslated.printAnyway')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
  return { beforeExport, dialog };
}

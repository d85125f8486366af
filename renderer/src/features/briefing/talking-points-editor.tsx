// Talking points for the visit, one text per language, written in Markdown with a live preview
// of how they print.
import { Button, Group, Paper, SegmentedControl, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language, type LocalizedText } from '../../../../domain/contract';
import { call } from '../../api';
import { MarkdownBlock } from '../../print/markdown-block';
import { showError, showSuccess } from '../../store/notices-store';

export function TalkingPointsEditor({
  visitId,
  talkingPoints,
  onSaved,
}: {
  visitId: number;
  talkingPoints: LocalizedText;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [lang, setLang] = useState<Language>('ru');
  const [drafts, setDrafts] = useState<Record<Language, string>>({
    az: talkingPoints.az ?? '',
    ru: talkingPoints.ru ?? '',
    en: talkingPoints.en ?? '',
  });
  const [saving, setSaving] = useState(false);
  const text = drafts[lang];
  const changed = text !== (talkingPoints[lang] ?? '');

  const save = () => {
    setSaving(true);
    call('briefing:saveTalkingPoints', { visitId, lang, text })
      .then(() => {
        showSuccess('talkingPoints.saved');
        onSaved();
      })
      .catch(showError)
      .finally(() => setSaving(false));
  };

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={4}>{t('talkingPoints.title')}</Title>
        <SegmentedControl
          aria-label={t('talkingPoints.language')}
          value={lang}
          onChange={(value) => setLang(value as Language)}
          data={LANGUAGES.map((code) => ({ value: code, label: t(`languageNames.${code}`) }))}
        />
        <Textarea
          label={t('talkingPoints.edit')}
          description={t('talkingPoints.hint')}
          lang={lang}
          autosize
          minRows={6}
          maxRows={16}
          maxLength={20000}
          value={text}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setDrafts((current) => ({ ...current, [lang]: value }));
          }}
        />
        <Text size="sm" fw={500}>
          {t('talkingPoints.preview')}
        </Text>
        <div className="print-doc inline" lang={lang}>
          {text.trim() ? <MarkdownBlock text={text} /> : <p className="empty">{t('talkingPoints.empty')}</p>}
        </div>
        <Group justify="flex-end">
          <Button onClick={save} loading={saving} disabled={!changed}>
            {t('talkingPoints.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

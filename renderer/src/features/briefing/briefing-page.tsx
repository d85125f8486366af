// "Briefing pack" for a visit: choose the document's language, sections, paper, marking and
// programme; the preview is the print route's own document; export or print it.
import { Anchor, Box, Button, Center, Checkbox, Grid, Group, Loader, Paper, Radio, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LANGUAGES, PACK_SECTIONS, PROGRAMME_KINDS, type Language, type Marking, type PackSection, type PrintJob } from '../../../../domain/contract';
import { PAPER_SIZES, type PaperSize } from '../../../../domain/print-options';
import { PageHeader } from '../../components/page-header';
import { useCall } from '../../components/use-call';
import { usePrintJob } from '../../components/use-print-job';
import { pickText } from '../../i18n/pick-text';
import { PrintedDocument } from '../../print/printed-document';
import { useSettings } from '../../store/settings-store';
import { BadgesMenu } from './badges-menu';
import { TalkingPointsEditor } from './talking-points-editor';
import { useUntranslatedCheck } from './untranslated-check';
import { WorkingLists } from './working-lists-panel';

/** Shared by the pack and the working lists: the language, paper and marking of what prints. */
export interface DocumentChoice {
  lang: Language;
  paper: PaperSize;
  marking: Marking;
  markingText: string;
}

export function BriefingPage() {
  const { t, i18n } = useTranslation();
  const visitId = Number(useParams().id);
  const interfaceLanguage = useSettings((state) => state.language);
  // Everything the pack prints, asked for again after the talking points change.
  const { data: pack, reload } = useCall('briefing:get', { visitId });
  const [choice, setChoice] = useState<DocumentChoice>({ lang: interfaceLanguage, paper: 'A4', marking: 'none', markingText: '' });
  const [sections, setSections] = useState<PackSection[]>([...PACK_SECTIONS]);
  const [programme, setProgramme] = useState<(typeof PROGRAMME_KINDS)[number]>('guest');
  const printing = usePrintJob();
  const dsp = i18n.getFixedT(choice.lang)('pack.marking.dsp');

  const job: PrintJob = { document: 'pack', visitId, ...choice, sections: sections.length > 0 ? sections : ['cover'], programme };
  const untranslated = useUntranslatedCheck(pack);
  const exportPdf = () => untranslated.beforeExport(job, () => printing.exportPdf(job));
  const print = () => untranslated.beforeExport(job, () => printing.print(job));

  if (pack === null) {
    return (
      <Center p="xl">
        <Loader color="navy" />
      </Center>
    );
  }
  const set = (patch: Partial<DocumentChoice>) => setChoice((current) => ({ ...current, ...patch }));
  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/visits/${visitId}`} size="sm">
        ← {t('briefingPack.back')}
      </Anchor>
      <PageHeader
        title={t('briefingPack.title')}
        subtitle={pickText(pack.visit.title, interfaceLanguage)}
        actions={
          <Group>
            <BadgesMenu visitId={visitId} lang={choice.lang} />
            <Button variant="default" onClick={print} loading={printing.busy}>
              {t('briefingPack.print')}
            </Button>
            <Button onClick={exportPdf} loading={printing.busy}>
              {t('briefingPack.exportPdf')}
            </Button>
          </Group>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <Paper withBorder p="md">
              <Stack gap="sm">
                <Title order={4}>{t('briefingPack.options')}</Title>
                <Text size="sm" fw={500}>
                  {t('briefingPack.language')}
                </Text>
                <SegmentedControl
                  aria-label={t('briefingPack.language')}
                  value={choice.lang}
                  onChange={(value) => set({ lang: value as Language })}
                  data={LANGUAGES.map((lang) => ({ value: lang, label: t(`languageNames.${lang}`) }))}
                />
                <Checkbox.Group label={t('briefingPack.sections')} value={sections} onChange={(value) => setSections(value as PackSection[])}>
                  <Stack gap={6} mt={6}>
                    {PACK_SECTIONS.map((section) => (
                      <Checkbox key={section} value={section} label={i18n.getFixedT(choice.lang)(`pack.sections.${section}`)} />
                    ))}
                  </Stack>
                </Checkbox.Group>
                <Text size="sm" fw={500}>
                  {t('briefingPack.programme')}
                </Text>
                <SegmentedControl
                  value={programme}
                  onChange={(value) => setProgramme(value as typeof programme)}
                  data={PROGRAMME_KINDS.map((kind) => ({ value: kind, label: t(`briefingPack.${kind}`) }))}
                />
                <Text size="sm" fw={500}>
                  {t('briefingPack.paper')}
                </Text>
                <SegmentedControl value={choice.paper} onChange={(value) => set({ paper: value as PaperSize })} data={[...PAPER_SIZES]} />
                <Radio.Group label={t('briefingPack.marking')} value={choice.marking} onChange={(value) => set({ marking: value as Marking })}>
                  <Stack gap={6} mt={6}>
                    <Radio value="none" label={t('briefingPack.markingNone')} />
                    <Radio value="dsp" label={dsp} />
                    <Radio value="custom" label={t('briefingPack.markingCustom')} />
                  </Stack>
                </Radio.Group>
                {choice.marking === 'custom' && (
                  <TextInput
                    label={t('briefingPack.markingText')}
                    value={choice.markingText}
                    maxLength={120}
                    onChange={(event) => set({ markingText: event.currentTarget.value })}
                  />
                )}
              </Stack>
            </Paper>
            <TalkingPointsEditor visitId={visitId} talkingPoints={pack.visit.talkingPoints} onSaved={reload} />
            <WorkingLists visitId={visitId} pack={pack} choice={choice} />
            {untranslated.dialog}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="xs">
            <Title order={4}>{t('briefingPack.preview')}</Title>
            <Text size="xs" c="dimmed">
              {t('briefingPack.previewHint')}
            </Text>
            <Box bg="gray.1" p="md" style={{ overflow: 'auto', maxHeight: 'calc(100vh - 220px)' }} data-testid="briefing-preview">
              <PrintedDocument job={job} pack={pack} />
            </Box>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

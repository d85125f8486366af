// An event's seating plan, opened from the event in the programme: the layout to look at, the
// drawing, and what is wrong with the plan in words. It opens on the plan the office saved, else
// one computed from the order of precedence (domain/seating.ts); the officer moves people, locks
// places and seats the rest again (seating-editor.tsx).
import { Box, Center, Group, List, Loader, Modal, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SEATING_LAYOUTS, type ProtocolEvent, type SeatingLayout, type SeatingPlanView, type SeatingProblem } from '../../../../domain/contract';
import { useCall } from '../../components/use-call';
import { pickText } from '../../i18n/pick-text';
import { useSettings } from '../../store/settings-store';
import { SeatingPrintButtons } from './seating-print-buttons';
import { SeatingActions, SeatingStatus, useSeatingEditor, type SeatingEditor } from './seating-editor';
import { LockGlyph, SeatingPicture, useSeatNames } from './seating-picture';
import { drawingOf } from './seating-geometry';

interface Props {
  /** The event whose seating is shown; null keeps the dialog closed. */
  event: ProtocolEvent | null;
  onClose(): void;
}

export function SeatingPlanModal({ event, onClose }: Props) {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  // The layout picked for this event; until one is, the plan saved for it (or the one its type suggests).
  const [picked, setPicked] = useState<{ eventId: number; layout: SeatingLayout } | null>(null);
  const layout = event && picked?.eventId === event.id ? picked.layout : undefined;
  const plan = useCall('seating:plan', event ? { eventId: event.id, layout } : null);
  // A saved change's answer stands in for the answer it changed, until a newer one arrives.
  const [saved, setSaved] = useState<{ view: SeatingPlanView; replaces: SeatingPlanView | null } | null>(null);
  const latest = saved && saved.replaces === plan.data ? saved.view : plan.data;
  const shown = latest?.eventId === event?.id ? latest : null;
  const editor = useSeatingEditor(shown, (view) => setSaved({ view, replaces: plan.data }));
  const title = pickText(event?.title, lang);
  // Wide enough for the drawing at its own scale, so names keep their size; a very long row shrinks.
  const width = shown ? drawingOf(shown.layout, shown.seats, shown.flags).box.width + 64 : 0;

  return (
    <Modal opened={event !== null} onClose={onClose} title={t('seating.title', { event: title })} size={Math.min(Math.max(width, 880), 1160)}>
      <Stack gap="sm">
        <Stack gap={8}>
          <Group justify="space-between" gap="xs">
            <Group gap="xs">
              {/* A list, not a segmented control: five layouts in Russian are wider than the dialog. */}
              <Select
                aria-label={t('seating.layout')}
                value={shown?.layout ?? layout ?? null}
                onChange={(value) => event && value && setPicked({ eventId: event.id, layout: value as SeatingLayout })}
                data={SEATING_LAYOUTS.map((value) => ({ value, label: t(`seating.layouts.${value}`) }))}
                allowDeselect={false}
                w={230}
              />
              {(plan.loading || editor.busy) && <Loader size="sm" aria-hidden />}
            </Group>
            {shown && event && (
              <Group gap="xs">
                <SeatingActions plan={shown} editor={editor} />
                <SeatingPrintButtons eventId={shown.eventId} visitId={event.visitId} layout={shown.layout} />
              </Group>
            )}
          </Group>
          <Group gap="sm" wrap="nowrap">
            {shown && <SeatingStatus plan={shown} />}
            <Text size="xs" c="dimmed">{editor.editable ? t('seating.moveHint') : t('seating.hint')}</Text>
          </Group>
        </Stack>
        {shown ? <SeatingBody plan={shown} eventTitle={title} editor={editor} /> : <Center h={240}><Loader /></Center>}
      </Stack>
    </Modal>
  );
}

function SeatingBody({ plan, eventTitle, editor }: { plan: SeatingPlanView; eventTitle: string; editor: SeatingEditor }) {
  const { t } = useTranslation();
  const namesIn = useSeatNames(plan);
  if (plan.seats.length === 0) return <Text size="sm" c="dimmed">{t('seating.nobody')}</Text>;
  const people = plan.seats
    .filter((seat) => namesIn(seat.key).length > 0)
    .map((seat) => t('seating.seatOf', { name: namesIn(seat.key).join(' / '), place: t(`seating.place.${seat.kind}`) }))
    .join('; ');
  const label = t('seating.picture', { layout: t(`seating.layouts.${plan.layout}`), event: eventTitle, people });
  return (
    <>
      <Box style={{ overflowX: 'auto' }}>
        <SeatingPicture
          plan={plan}
          label={label}
          selected={editor.selected}
          onPick={editor.editable ? editor.pick : undefined}
          onMove={editor.editable ? editor.move : undefined}
        />
      </Box>
      <Legend />
      <SeatingProblems plan={plan} />
    </>
  );
}

/** What the colours and the dashed outlines mean. */
function Legend() {
  const { t } = useTranslation();
  const swatch = (fill: string, stroke: string, dashed = false) => (
    <svg width={16} height={16} aria-hidden>
      <circle cx={8} cy={8} r={6.5} fill={fill} stroke={stroke} strokeWidth={1.5} strokeDasharray={dashed ? '3 2' : undefined} />
    </svg>
  );
  const entries = [
    { key: 'guest', mark: swatch('var(--mantine-color-orange-1)', 'var(--mantine-color-orange-7)'), text: t('seating.sides.guest') },
    { key: 'host', mark: swatch('var(--mantine-color-navy-1)', 'var(--mantine-color-navy-7)'), text: t('seating.sides.host') },
    { key: 'interpreter', mark: swatch('var(--mantine-color-white)', 'var(--mantine-color-gray-7)', true), text: `${t('seating.legend.interpreter')} / ${t('seating.legend.standing')}` },
    { key: 'locked', mark: <svg width={16} height={20} viewBox="-8 -10 16 20" aria-hidden><LockGlyph x={0} y={0} /></svg>, text: t('seating.legend.locked') },
  ];
  return (
    <Group gap="lg" justify="center">
      {entries.map((entry) => (
        <Group key={entry.key} gap={6} wrap="nowrap">
          {entry.mark}
          <Text size="xs">{entry.text}</Text>
        </Group>
      ))}
    </Group>
  );
}

function SeatingProblems({ plan }: { plan: SeatingPlanView }) {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  const namesIn = useSeatNames(plan);
  const nameOf = (personId: number) => {
    const person = plan.people.find((candidate) => candidate.personId === personId);
    return person ? pickText(person.name, lang) : t('seating.unknownPerson', { id: personId });
  };
  const sentence = (problem: SeatingProblem) =>
    problem.kind === 'seatTwice'
      ? t('seating.problems.seatTwice', { names: namesIn(problem.seatKey).join(', ') })
      : t(`seating.problems.${problem.kind}`, { name: nameOf(problem.personId) });
  return (
    <Stack gap={4} role="region" aria-label={t('seating.problemsTitle')} data-testid="seating-problems">
      <Title order={4} fz="sm">{t('seating.problemsTitle')}</Title>
      {plan.problems.length === 0 ? (
        <Text size="sm" c="dimmed">{t('seating.noProblems')}</Text>
      ) : (
        <List size="sm" spacing={2}>
          {plan.problems.map((problem, index) => <List.Item key={index}>{sentence(problem)}</List.Item>)}
        </List>
      )}
    </Stack>
  );
}

// Editing a seating plan in its dialog: a seat chosen, then another to change places with; a
// place locked; the plan seated again by precedence, or saved as computed. Every change is saved
// at once and the plan shown as the office now keeps it.
import { Badge, Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Placement, SeatingLayout, SeatingPlanView } from '../../../../domain/contract';
import { call } from '../../api';
import { showError } from '../../store/notices-store';
import { useReadOnly } from '../../store/office-store';
import { isLocked, lockSeat, movesSomeone, swapSeats } from './seating-editing';

export interface SeatingEditor {
  /** The seat chosen to be moved or locked, if any. */
  selected: string | null;
  /** A change is being saved; the plan waits for it. */
  busy: boolean;
  /** The plan can be changed: the database is writable. */
  editable: boolean;
  /** A seat clicked: chosen; with another already chosen, the two change places. */
  pick(seatKey: string): void;
  /** One seat's people dragged onto another seat. */
  move(from: string, to: string): void;
  /** The chosen seat's person held in place (or let go) when the rest is seated again. */
  lockChosen(locked: boolean): void;
  reseat(): void;
  /** Keeps the plan computed from precedence as it is. */
  saveAsComputed(): void;
}

type Choice = { eventId: number; layout: SeatingLayout; seatKey: string };

export function useSeatingEditor(plan: SeatingPlanView | null, onSaved: (view: SeatingPlanView) => void): SeatingEditor {
  const readOnly = useReadOnly();
  const [choice, setChoice] = useState<Choice | null>(null);
  const [busy, setBusy] = useState(false);
  // A choice belongs to the plan it was made on; another layout or event starts with none.
  const selected = plan && choice?.eventId === plan.eventId && choice.layout === plan.layout ? choice.seatKey : null;
  const editable = plan !== null && !readOnly;

  const send = (ask: () => Promise<SeatingPlanView>) => {
    setBusy(true);
    ask()
      .then(onSaved, showError)
      .finally(() => setBusy(false));
  };
  const save = (placements: Placement[]) => {
    if (!plan) return;
    send(() => call('seating:save', { eventId: plan.eventId, layout: plan.layout, placements }));
  };
  const move = (from: string, to: string) => {
    if (!plan || !editable || busy) return;
    setChoice(null);
    if (movesSomeone(plan.placements, from, to)) save(swapSeats(plan.placements, from, to));
  };

  return {
    selected,
    busy,
    editable,
    pick(seatKey) {
      if (!plan || !editable || busy) return;
      if (selected === null) setChoice({ eventId: plan.eventId, layout: plan.layout, seatKey });
      else if (selected === seatKey) setChoice(null);
      else move(selected, seatKey);
    },
    move,
    lockChosen(locked) {
      if (plan && selected && editable && !busy) save(lockSeat(plan.placements, selected, locked));
    },
    reseat() {
      if (!plan || !editable || busy) return;
      setChoice(null);
      send(() => call('seating:reseat', { eventId: plan.eventId, layout: plan.layout }));
    },
    saveAsComputed() {
      if (!plan || !editable || busy) return;
      setChoice(null);
      save(plan.placements);
    },
  };
}

/** Whether the plan is the office's own or only computed. */
export function SeatingStatus({ plan }: { plan: SeatingPlanView }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={plan.stored ? 'teal' : 'gray'} tt="none" size="md" fw={500} style={{ flexShrink: 0 }} data-testid="seating-status">
      {plan.stored ? t('seating.stored') : t('seating.computed')}
    </Badge>
  );
}

/** What can be done with the plan: the chosen place locked or let go, the plan saved or seated again. */
export function SeatingActions({ plan, editor }: { plan: SeatingPlanView; editor: SeatingEditor }) {
  const { t } = useTranslation();
  const { selected, busy, editable } = editor;
  const someoneChosen = selected !== null && plan.placements.some((placement) => placement.seatKey === selected);
  const locked = selected !== null && isLocked(plan.placements, selected);
  return (
    <Group gap="xs" data-testid="seating-actions">
      {someoneChosen && (
        <Button size="xs" variant="light" onClick={() => editor.lockChosen(!locked)} disabled={!editable || busy}>
          {locked ? t('seating.unlock') : t('seating.lock')}
        </Button>
      )}
      {!plan.stored && (
        <Button size="xs" onClick={editor.saveAsComputed} disabled={!editable || busy}>
          {t('seating.saveComputed')}
        </Button>
      )}
      <Button size="xs" variant="default" onClick={editor.reseat} disabled={!editable || busy}>
        {t('seating.reseat')}
      </Button>
    </Group>
  );
}

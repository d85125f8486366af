// The seating plan drawn from above: the table, each seat with the name of whoever sits there and
// a padlock where the place is locked, the flags, the two sides and the entrance at the bottom.
// Given `onPick`, each seat is a button (click or Enter/Space), and a seat dragged onto another
// moves its person there.
import { useMemo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberSide, Seat, SeatingPlanView } from '../../../../domain/contract';
import { pickText } from '../../i18n/pick-text';
import { useSettings } from '../../store/settings-store';
import { isLocked } from './seating-editing';
import { drawingOf, fitName, FLAG_HALF, FONT_SIZE, LINE_HEIGHT, NAME_WIDTH, nameAbove, pointOf, SEAT_RADIUS, type PlanDrawing, type Point } from './seating-geometry';

const colour = (side: MemberSide | null, shade: number) => `var(--mantine-color-${side === 'guest' ? 'orange' : side === 'host' ? 'navy' : 'gray'}-${shade})`;

let canvas: CanvasRenderingContext2D | null | undefined;

/** A text's width as the drawing sets it, so a name is cut only where it would overrun its neighbour's. */
function measure(text: string, bold: boolean): number {
  canvas ??= document.createElement('canvas').getContext('2d');
  // Without a canvas, a generous estimate: wide letters rather than overlapping names.
  if (!canvas) return text.length * FONT_SIZE * 0.62;
  canvas.font = `${bold ? 600 : 400} ${FONT_SIZE}px ${getComputedStyle(document.body).fontFamily || 'sans-serif'}`;
  return canvas.measureText(text).width;
}

/** The names in each seat (two when a seat is given twice), in the UI language. */
export function useSeatNames(plan: SeatingPlanView): (seatKey: string) => string[] {
  const lang = useSettings((state) => state.language);
  const { t } = useTranslation();
  return useMemo(() => {
    const names = new Map(plan.people.map((person) => [person.personId, pickText(person.name, lang)]));
    const bySeat = new Map<string, string[]>();
    for (const placement of plan.placements) {
      const name = names.get(placement.personId) ?? t('seating.unknownPerson', { id: placement.personId });
      bySeat.set(placement.seatKey, [...(bySeat.get(placement.seatKey) ?? []), name]);
    }
    return (seatKey: string) => bySeat.get(seatKey) ?? [];
  }, [plan, lang, t]);
}

interface SeatProps {
  seat: Seat;
  names: string[];
  above: boolean;
  locked: boolean;
  selected: boolean;
  /** Makes the seat a button; absent, the seat is only drawn. */
  onPick?: (seatKey: string) => void;
  onDragFrom?: (seatKey: string) => void;
  onDropOn?: (seatKey: string) => void;
}

function SeatMark({ seat, names, above, locked, selected, onPick, onDragFrom, onDropOn }: SeatProps) {
  const { t } = useTranslation();
  const principal = seat.kind === 'principal';
  const away = seat.kind === 'interpreter' || seat.kind === 'standing';
  const empty = names.length === 0;
  const place = t(`seating.place.${seat.kind}`);
  const full = empty ? t('seating.emptySeat') : t('seating.seatOf', { name: names.join(' / '), place });
  const spoken = empty
    ? t('seating.seatOf', { name: t('seating.emptySeat'), place })
    : t('seating.seatButton', { seat: full, lock: locked ? t('seating.locked') : t('seating.unlocked') });
  const pressKey = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onPick?.(seat.key);
  };
  const button = onPick
    ? {
        tabIndex: 0,
        role: 'button',
        'aria-label': spoken,
        'aria-pressed': selected,
        style: { cursor: 'pointer' },
        onClick: () => onPick(seat.key),
        onKeyDown: pressKey,
        onPointerDown: () => onDragFrom?.(seat.key),
        onPointerUp: () => onDropOn?.(seat.key),
      }
    : {};
  const { lines } = fitName(names.join(' / '), NAME_WIDTH - 4, (text) => measure(text, principal));
  const { x: cx, y: cy } = pointOf(seat);
  const r = SEAT_RADIUS;
  // The first line's baseline: under the seat, or over it with the last line just clear of it.
  const firstLine = above ? cy - r - 6 - (lines.length - 1) * LINE_HEIGHT : cy + r + FONT_SIZE + 4;
  return (
    <g data-seat={seat.key} data-kind={seat.kind} data-locked={locked || undefined} data-selected={selected || undefined} {...button}>
      <title>{full}</title>
      {onPick && <circle className="seat-focus" cx={cx} cy={cy} r={r + 4} fill="none" stroke="none" strokeWidth={2} strokeDasharray="4 3" />}
      {selected && <circle cx={cx} cy={cy} r={r + 4} fill="none" stroke="var(--mantine-color-blue-6)" strokeWidth={2.5} />}
      <circle
        cx={cx}
        cy={cy}
        r={r}
        fill={empty ? 'none' : away ? 'var(--mantine-color-white)' : colour(seat.side, principal ? 3 : 1)}
        stroke={empty ? 'var(--mantine-color-gray-5)' : colour(seat.side, principal ? 9 : 7)}
        strokeWidth={principal ? 3.5 : 1.5}
        strokeDasharray={empty ? '2 4' : away ? '6 4' : undefined}
      />
      {locked && <LockGlyph x={cx} y={cy} />}
      {!empty && (
        <text textAnchor="middle" fontSize={FONT_SIZE} fontWeight={principal ? 600 : 400} fill="var(--mantine-color-dark-7)">
          {lines.map((line, index) => (
            <tspan key={index} x={cx} y={firstLine + index * LINE_HEIGHT}>{line}</tspan>
          ))}
        </text>
      )}
    </g>
  );
}

/** A padlock in the middle of the seat, where no name is written. */
export function LockGlyph({ x, y }: Point) {
  return (
    <g data-lock aria-hidden>
      <path d={`M ${x - 4.5} ${y - 1} v -4 a 4.5 4.5 0 0 1 9 0 v 4`} fill="none" stroke="var(--mantine-color-dark-7)" strokeWidth={2} />
      <rect x={x - 7} y={y - 1.5} width={14} height={11} rx={2} fill="var(--mantine-color-dark-7)" />
      <circle cx={x} cy={y + 3.5} r={1.6} fill="var(--mantine-color-white)" />
    </g>
  );
}

function FlagGlyph({ flag }: { flag: PlanDrawing['flags'][number] }) {
  const { t } = useTranslation();
  const { x, y } = flag;
  const half = FLAG_HALF;
  return (
    <g data-flag={flag.side}>
      <title>{t(`seating.flag.${flag.side}`)}</title>
      <line x1={x - 9} y1={y - half} x2={x - 9} y2={y + half} stroke="var(--mantine-color-dark-4)" strokeWidth={2} strokeLinecap="round" />
      <rect x={x - 8} y={y - half} width={20} height={13} rx={1.5} fill={colour(flag.side, 6)} stroke="var(--mantine-color-white)" strokeWidth={1} />
      <circle cx={x - 9} cy={y + half} r={3} fill="var(--mantine-color-dark-4)" />
    </g>
  );
}

interface Props {
  plan: SeatingPlanView;
  /** What the SVG is called for those who can't see it. */
  label: string;
  /** The seat chosen to be moved or locked. */
  selected?: string | null;
  /** A seat clicked or pressed; without it the plan is only drawn. */
  onPick?: (seatKey: string) => void;
  /** One seat's people dragged onto another seat. */
  onMove?: (from: string, to: string) => void;
}

export function SeatingPicture({ plan, label, selected = null, onPick, onMove }: Props) {
  const { t } = useTranslation();
  const namesIn = useSeatNames(plan);
  // The seat a drag started on; let go over another seat, its people move there. A drag's click
  // lands on the drawing, not on a seat, so it doesn't also choose one.
  const dragFrom = useRef<string | null>(null);
  const dropOn = (seatKey: string) => {
    const from = dragFrom.current;
    dragFrom.current = null;
    if (from !== null && from !== seatKey) onMove?.(from, seatKey);
  };
  const drawing = drawingOf(plan.layout, plan.seats, plan.flags);
  const { box, table, entrance } = drawing;
  return (
    <svg
      role={onPick ? 'group' : 'img'}
      aria-label={label}
      data-testid="seating-picture"
      viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
      width={box.width}
      height={box.height}
      style={{ maxWidth: '100%', height: 'auto', display: 'block', margin: '0 auto', userSelect: onPick ? 'none' : undefined }}
      onPointerUp={() => (dragFrom.current = null)}
      onPointerLeave={() => (dragFrom.current = null)}
      fontFamily="inherit"
    >
      {/* The browser's focus box would cut through the names: a ring round the seat instead, for the keyboard. */}
      {onPick && <style>{'[data-seat]:focus { outline: none; } [data-seat]:focus-visible > .seat-focus { stroke: var(--mantine-color-blue-5); }'}</style>}
      {table && (
        <rect x={table.x} y={table.y} width={table.width} height={table.height} rx={14}
          fill="var(--mantine-color-gray-1)" stroke="var(--mantine-color-gray-5)" strokeWidth={1.5} />
      )}
      {drawing.sideLabels.map((side) => (
        <text key={side.side} x={side.x} y={side.y + 5} textAnchor="middle" fontSize={14} fontWeight={600} fill={colour(side.side, 8)}>
          {t(`seating.sides.${side.side}`)}
        </text>
      ))}
      {drawing.flags.map((flag) => <FlagGlyph key={flag.side} flag={flag} />)}
      {plan.seats.map((seat) => (
        <SeatMark
          key={seat.key}
          seat={seat}
          names={namesIn(seat.key)}
          above={nameAbove(plan.layout, seat)}
          locked={isLocked(plan.placements, seat.key)}
          selected={seat.key === selected}
          onPick={onPick}
          onDragFrom={(seatKey) => (dragFrom.current = seatKey)}
          onDropOn={dropOn}
        />
      ))}
      <g data-testid="seating-entrance" fill="var(--mantine-color-gray-7)" stroke="var(--mantine-color-gray-7)">
        <line x1={entrance.x} y1={entrance.y + 4} x2={entrance.x} y2={entrance.y + 26} strokeWidth={2} />
        <path d={`M ${entrance.x - 7} ${entrance.y + 11} L ${entrance.x} ${entrance.y} L ${entrance.x + 7} ${entrance.y + 11} Z`} strokeWidth={1} />
        <text x={entrance.x} y={entrance.y + 44} textAnchor="middle" fontSize={13} stroke="none">{t('seating.entrance')}</text>
      </g>
    </svg>
  );
}

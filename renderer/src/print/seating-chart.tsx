// An event's seating plan as a printed chart: the plan seen from above, as the programme's
// drawing lays it out (seating-geometry), with each name in the document's language, the flags,
// the two sides and the entrance, under the event's title, time and place.
import type { TFunction } from 'i18next';
import type { BriefingPack, Language, MemberSide, PrintJob, Seat, SeatingPlanView } from '../../../domain/contract';
import { drawingOf, FLAG_HALF, FONT_SIZE, NAME_WIDTH, nameAbove, pointOf, SEAT_RADIUS, type PlanDrawing } from '../features/programme/seating-geometry';
import { dayInZone, formatDayHeading, formatTimeRange } from '../i18n/format';
import { pickText } from '../i18n/pick-text';
import { venueAddressOf } from './printed-texts';
import { largestFit } from './text-fit';
import './seating-print.css';

const INK: Record<MemberSide | 'none', { fill: string; stroke: string; flag: string; label: string }> = {
  guest: { fill: '#fde3c8', stroke: '#b4540f', flag: '#d9731f', label: '#8f410b' },
  host: { fill: '#d5deef', stroke: '#172f5c', flag: '#2b4f8f', label: '#172f5c' },
  none: { fill: '#ffffff', stroke: '#7a8494', flag: '#7a8494', label: '#3a4658' },
};
const ink = (side: MemberSide | null) => INK[side ?? 'none'];

/** A name under (or over) its seat: the largest size at which it fits two lines, down to three quarters, then three lines. */
const NAME_SIZES = [...[1, 0.875, 0.75].map((scale) => ({ sizePx: FONT_SIZE * scale, lines: 2 })), { sizePx: FONT_SIZE * 0.75, lines: 3 }];

function SeatMark({ seat, names, above }: { seat: Seat; names: string[]; above: boolean }) {
  const principal = seat.kind === 'principal';
  const away = seat.kind === 'interpreter' || seat.kind === 'standing';
  const empty = names.length === 0;
  const fitted = largestFit(names.join(' / '), NAME_WIDTH - 4, NAME_SIZES, { weight: principal ? 600 : 400, overflow: 'cut' });
  const lineHeight = fitted.sizePx * 1.22;
  const { x: cx, y: cy } = pointOf(seat);
  const r = SEAT_RADIUS;
  const firstLine = above ? cy - r - 6 - (fitted.lines.length - 1) * lineHeight : cy + r + fitted.sizePx + 4;
  const colours = ink(seat.side);
  return (
    <g>
      <circle
        cx={cx}
        cy={cy}
        r={r}
        fill={empty || away ? '#ffffff' : colours.fill}
        stroke={empty ? '#9aa3b2' : colours.stroke}
        strokeWidth={principal ? 3.5 : 1.5}
        strokeDasharray={empty ? '2 4' : away ? '6 4' : undefined}
      />
      {!empty && (
        <text textAnchor="middle" fontSize={fitted.sizePx} fontWeight={principal ? 600 : 400} fill="#1b1f27">
          {fitted.lines.map((line, index) => (
            <tspan key={index} x={cx} y={firstLine + index * lineHeight}>
              {line}
            </tspan>
          ))}
        </text>
      )}
    </g>
  );
}

function FlagGlyph({ flag }: { flag: PlanDrawing['flags'][number] }) {
  const { x, y } = flag;
  return (
    <g>
      <line x1={x - 9} y1={y - FLAG_HALF} x2={x - 9} y2={y + FLAG_HALF} stroke="#3a4658" strokeWidth={2} strokeLinecap="round" />
      <rect x={x - 8} y={y - FLAG_HALF} width={20} height={13} rx={1.5} fill={ink(flag.side).flag} />
      <circle cx={x - 9} cy={y + FLAG_HALF} r={3} fill="#3a4658" />
    </g>
  );
}

function namesBySeat(plan: SeatingPlanView, lang: Language): Map<string, string[]> {
  const names = new Map(plan.people.map((person) => [person.personId, pickText(person.name, lang)]));
  const bySeat = new Map<string, string[]>();
  for (const placement of plan.placements) {
    const name = names.get(placement.personId);
    if (name) bySeat.set(placement.seatKey, [...(bySeat.get(placement.seatKey) ?? []), name]);
  }
  return bySeat;
}

/** The plan seen from above; the chart and the briefing pack's seating section both draw it. */
export function ChartDrawing({ lang, pack, plan, t }: { lang: Language; pack: BriefingPack; plan: SeatingPlanView; t: TFunction }) {
  const drawing = drawingOf(plan.layout, plan.seats, plan.flags);
  const { box, table, entrance } = drawing;
  const bySeat = namesBySeat(plan, lang);
  const sideName = (side: MemberSide) => (side === 'guest' && pickText(pack.partner.shortName, lang)) || t(`seatingPrint.sides.${side}`);
  return (
    <svg className="chart-drawing" viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`} role="img" aria-label={t('seatingPrint.titles.seating')}>
      {table && <rect x={table.x} y={table.y} width={table.width} height={table.height} rx={14} fill="#eef1f6" stroke="#9aa3b2" strokeWidth={1.5} />}
      {drawing.sideLabels.map((label) => (
        <text key={label.side} x={label.x} y={label.y + 5} textAnchor="middle" fontSize={14} fontWeight={600} fill={ink(label.side).label}>
          {sideName(label.side)}
        </text>
      ))}
      {drawing.flags.map((flag) => (
        <FlagGlyph key={flag.side} flag={flag} />
      ))}
      {plan.seats.map((seat) => (
        <SeatMark key={seat.key} seat={seat} names={bySeat.get(seat.key) ?? []} above={nameAbove(plan.layout, seat)} />
      ))}
      <g fill="#3a4658" stroke="#3a4658">
        <line x1={entrance.x} y1={entrance.y + 4} x2={entrance.x} y2={entrance.y + 26} strokeWidth={2} />
        <path d={`M ${entrance.x - 7} ${entrance.y + 11} L ${entrance.x} ${entrance.y} L ${entrance.x + 7} ${entrance.y + 11} Z`} strokeWidth={1} />
        <text x={entrance.x} y={entrance.y + 44} textAnchor="middle" fontSize={13} stroke="none">
          {t('seatingPrint.entrance')}
        </text>
      </g>
    </svg>
  );
}

export function Legend({ t }: { t: TFunction }) {
  const flag = (side: MemberSide) => <span className="legend-flag" style={{ background: ink(side).flag }} />;
  return (
    <ul className="chart-legend">
      <li>
        {flag('guest')} {t('seatingPrint.legend.guestFlag')}
      </li>
      <li>
        {flag('host')} {t('seatingPrint.legend.hostFlag')}
      </li>
      <li>
        <span className="legend-seat away" /> {t('seatingPrint.legend.interpreter')} / {t('seatingPrint.legend.standing')}
      </li>
    </ul>
  );
}

export function SeatingChart({ job, pack, plan, t }: { job: PrintJob; pack: BriefingPack; plan: SeatingPlanView; t: TFunction }) {
  if (job.document !== 'seating') return null;
  const event = pack.events.find((candidate) => candidate.id === job.eventId);
  const when =
    event &&
    t('seatingPrint.when', {
      date: formatDayHeading(dayInZone(event.startsAt, event.timeZone), job.lang),
      time: formatTimeRange(event.startsAt, event.endsAt, event.timeZone),
    });
  const place = event && [pickText(event.venueName, job.lang), venueAddressOf(event, job.lang)].filter(Boolean).join(' · ');
  return (
    <section className={`seating-chart paper-${job.paper}`}>
      <header className="chart-head">
        <div className="chart-kind">
          {t('seatingPrint.titles.seating')} · {t(`seatingPrint.layouts.${plan.layout}`)}
        </div>
        <h1>{event ? pickText(event.title, job.lang) : pickText(pack.visit.title, job.lang)}</h1>
        <p className="chart-when">{[when, place].filter(Boolean).join(' · ')}</p>
      </header>
      {plan.placements.length === 0 ? <p className="empty">{t('seatingPrint.nobodySeated')}</p> : <ChartDrawing lang={job.lang} pack={pack} plan={plan} t={t} />}
      <Legend t={t} />
    </section>
  );
}

// One event as the programme timeline draws it. A short event (a 20-minute signing is one line
// high) puts its title first on a single line, so the title is never the part cut off. The whole
// text is in the tooltip and in the accessible name, and the event is reached with Tab and opened
// with Enter, like a button.
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** Red for a conflict still to decide, amber for one saved over on purpose. */
export type ConflictState = 'open' | 'acknowledged' | 'clear';

interface Props {
  id: string;
  title: string;
  /** The event's whole time range, also on the part of it drawn on the day after midnight. */
  times: string;
  venue: string;
  state: ConflictState;
  /** FullCalendar's measure: too low for a line of time above a line of title. */
  isShort: boolean;
  onOpen(): void;
}

export function TimelineEvent({ id, title, times, venue, state, isShort, onOpen }: Props) {
  const { t } = useTranslation();
  const mark = state === 'clear' ? '' : t('programme.conflictMark');
  const fullText = [title, times, venue, mark].filter(Boolean);
  const open = (key: KeyboardEvent) => {
    if (key.key !== 'Enter' && key.key !== ' ') return;
    key.preventDefault();
    onOpen();
  };
  const warning = mark && <span aria-hidden>⚠ </span>;

  return (
    <div
      className={isShort ? 'programme-event-body programme-event-short' : 'programme-event-body'}
      data-testid={`timeline-event-${id}`}
      data-conflict={state}
      role="button"
      tabIndex={0}
      aria-label={fullText.join(', ')}
      title={fullText.join('\n')}
      onKeyDown={open}
    >
      {isShort ? (
        <>
          <span className="programme-event-title">{warning}{title}</span>
          <span className="programme-event-time">{times}</span>
        </>
      ) : (
        <>
          <div className="programme-event-time">{warning}{times}</div>
          <div className="programme-event-title">{title}</div>
          {venue && <div className="programme-event-venue">{venue}</div>}
        </>
      )}
    </div>
  );
}

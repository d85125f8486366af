// Place cards for everyone seated at an event: folded tent cards, two to an A4 sheet. Each
// card's lower half faces the table with the person's name in their own side's language (the
// delegation's in Russian, else English; ours in Azerbaijani); the upper half, upside down so
// that it reads upright once folded, gives it in the document's language.
import type { TFunction } from 'i18next';
import type { BriefingPack, Language, PrintJob, SeatingPlanView } from '../../../domain/contract';
import { pickText } from '../i18n/pick-text';
import { largestFit, PRINT_FONT } from './text-fit';
import './seating-print.css';

type SeatedPerson = SeatingPlanView['people'][number];

interface CardFace {
  lang: Language;
  name: string;
  position: string;
}

interface PlaceCard {
  personId: number;
  lower: CardFace;
  upper: CardFace;
}

const px = (mm: number) => (mm * 96) / 25.4;
const pt = (points: number) => (points * 96) / 72;
/** A name takes the card's width less its edges, in one line at the large sizes, two below. */
const NAME_WIDTH = px(184);
const NAME_SIZES = [
  { sizePx: pt(44), lines: 1 },
  { sizePx: pt(38), lines: 1 },
  { sizePx: pt(32), lines: 1 },
  { sizePx: pt(32), lines: 2 },
  { sizePx: pt(27), lines: 2 },
  { sizePx: pt(22), lines: 2 },
  { sizePx: pt(18), lines: 3 },
  { sizePx: pt(15), lines: 3 },
];

/** The person's own side's language: the delegation reads Russian where their name is written in it, else English. */
export function ownLanguage(person: SeatedPerson): Language {
  if (person.side === 'host') return 'az';
  return person.name.ru ? 'ru' : 'en';
}

/** One card per person seated, in the plan's order; no cards for the standing rows. */
export function placeCardsOf(plan: SeatingPlanView, pack: BriefingPack, lang: Language): PlaceCard[] {
  const people = new Map(plan.people.map((person) => [person.personId, person]));
  const positions = new Map([...pack.delegation, ...pack.hosts].map((member) => [member.personId, member.position]));
  const standing = new Set(plan.seats.filter((seat) => seat.kind === 'standing').map((seat) => seat.key));
  const face = (person: SeatedPerson, faceLang: Language): CardFace => ({
    lang: faceLang,
    name: pickText(person.name, faceLang),
    position: pickText(positions.get(person.personId), faceLang),
  });
  const cards: PlaceCard[] = [];
  for (const placement of plan.placements) {
    const person = people.get(placement.personId);
    if (!person || standing.has(placement.seatKey) || cards.some((card) => card.personId === person.personId)) continue;
    cards.push({ personId: person.personId, lower: face(person, ownLanguage(person)), upper: face(person, lang) });
  }
  return cards;
}

function Face({ face, upper }: { face: CardFace; upper: boolean }) {
  const fitted = largestFit(face.name, NAME_WIDTH, NAME_SIZES, { weight: 600, overflow: 'wrap' });
  return (
    <div className={`card-face ${upper ? 'upper' : 'lower'}`} lang={face.lang}>
      <div className="card-name" style={{ fontSize: `${fitted.sizePx}px`, fontFamily: PRINT_FONT }}>
        {fitted.lines.map((line, index) => (
          <div key={index}>{line}</div>
        ))}
      </div>
      {face.position && <div className="card-position">{face.position}</div>}
    </div>
  );
}

const pairsOf = <T,>(items: T[]): T[][] => items.flatMap((_item, index) => (index % 2 === 0 ? [items.slice(index, index + 2)] : []));

export function PlaceCards({ job, pack, plan, t }: { job: PrintJob; pack: BriefingPack; plan: SeatingPlanView; t: TFunction }) {
  if (job.document !== 'placeCards') return null;
  const cards = placeCardsOf(plan, pack, job.lang);
  if (cards.length === 0) return <p className="empty cards-empty">{t('seatingPrint.nobodySeated')}</p>;
  return (
    <div className="place-cards">
      {pairsOf(cards).map((pair) => (
        <div className="card-sheet" key={pair[0]?.personId}>
          {pair.map((card) => (
            <div className="place-card" key={card.personId}>
              <Face face={card.upper} upper />
              <Face face={card.lower} upper={false} />
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}

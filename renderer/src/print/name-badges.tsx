// Name badges of 90 × 55 mm, two across and five down an A4 sheet with cut marks in the margins.
// Each badge gives the bearer's name large in their own side's language (the delegation's in
// Russian, else English; ours in Azerbaijani), under it the same name in the document's other
// script (Cyrillic under Latin, Latin under Cyrillic), then the organisation and the role on the
// visit, over a band in the side's colour.
import type { TFunction } from 'i18next';
import type { BadgeSide, BriefingPack, Language, LocalizedText, PackPerson, PrintJob } from '../../../domain/contract';
import { pickText } from '../i18n/pick-text';
import { largestFit, PRINT_FONT } from './text-fit';
import './badges-print.css';

type Side = Exclude<BadgeSide, 'both'>;

export interface NameBadge {
  personId: number;
  side: Side;
  name: { lang: Language; text: string };
  otherName: { lang: Language; text: string } | null;
  organization: string;
  role: string;
}

const px = (mm: number) => (mm * 96) / 25.4;
const pt = (points: number) => (points * 96) / 72;
/** The badge's width less its edges. */
const NAME_WIDTH = px(80);
const NAME_SIZES = [
  { sizePx: pt(20), lines: 1 },
  { sizePx: pt(18), lines: 1 },
  { sizePx: pt(16), lines: 1 },
  { sizePx: pt(16), lines: 2 },
  { sizePx: pt(14), lines: 2 },
  { sizePx: pt(12), lines: 2 },
  { sizePx: pt(10), lines: 3 },
];
const OTHER_NAME_SIZES = [
  { sizePx: pt(11), lines: 1 },
  { sizePx: pt(10), lines: 1 },
  { sizePx: pt(9), lines: 2 },
];
export const BADGES_PER_SHEET = 10;

/** The bearer's own side's language: a guest reads Russian where their name is written in it, else English. */
function ownLanguage(person: PackPerson, side: Side): Language {
  if (side === 'host') return 'az';
  return person.name.ru ? 'ru' : 'en';
}

/** Latin under a Cyrillic name (the document's Latin language first, then Azerbaijani, then English), Cyrillic under a Latin one. */
function otherNameOf(name: LocalizedText, own: Language, lang: Language): NameBadge['otherName'] {
  const candidates: Language[] = own === 'ru' ? (lang === 'en' ? ['en', 'az'] : ['az', 'en']) : ['ru'];
  const shown = name[own];
  for (const candidate of candidates) {
    const text = name[candidate];
    if (text && text !== shown) return { lang: candidate, text };
  }
  return null;
}

/** The delegation's organisation by its short name where the partner has one. */
function organizationOf(person: PackPerson, pack: BriefingPack, lang: Language): string {
  const name = person.organizationName;
  if (!name) return '';
  const isPartner = (Object.keys(name) as Language[]).some((key) => name[key] !== null && name[key] === pack.partner.name[key]);
  const shortName = isPartner ? pickText(pack.partner.shortName, lang) : '';
  return shortName || pickText(name, lang);
}

/** One badge per person on the chosen side(s), the delegation first, each side in its order of precedence. */
export function badgesOf(pack: BriefingPack, side: BadgeSide, lang: Language, t: TFunction): NameBadge[] {
  const sides: Side[] = side === 'both' ? ['guest', 'host'] : [side];
  return sides.flatMap((current) =>
    (current === 'guest' ? pack.delegation : pack.hosts).map((person) => {
      const own = ownLanguage(person, current);
      return {
        personId: person.personId,
        side: current,
        name: { lang: own, text: pickText(person.name, own) },
        otherName: otherNameOf(person.name, own, lang),
        organization: organizationOf(person, pack, lang),
        role: t(`memberRole.${person.role}`),
      };
    }),
  );
}

function FittedName({ text, lang, sizes, weight, className }: { text: string; lang: Language; sizes: typeof NAME_SIZES; weight: number; className: string }) {
  const fitted = largestFit(text, NAME_WIDTH, sizes, { weight, overflow: 'wrap' });
  return (
    <div className={className} lang={lang} style={{ fontSize: `${fitted.sizePx}px`, fontFamily: PRINT_FONT }}>
      {fitted.lines.map((line, index) => (
        <div key={index}>{line}</div>
      ))}
    </div>
  );
}

function Badge({ badge }: { badge: NameBadge }) {
  return (
    <div className={`name-badge side-${badge.side}`}>
      <div className="badge-band" />
      <div className="badge-names">
        <FittedName className="badge-name" text={badge.name.text} lang={badge.name.lang} sizes={NAME_SIZES} weight={600} />
        {badge.otherName && <FittedName className="badge-other-name" text={badge.otherName.text} lang={badge.otherName.lang} sizes={OTHER_NAME_SIZES} weight={400} />}
      </div>
      <div className="badge-foot">
        {badge.organization && <div className="badge-organization">{badge.organization}</div>}
        <div className="badge-role">{badge.role}</div>
      </div>
    </div>
  );
}

/** Marks in the margins along every cut line: three across the sheet's width, six down it. */
function CutMarks() {
  const columns = [0, 1, 2].map((index) => 15 + index * 90);
  const rows = [0, 1, 2, 3, 4, 5].map((index) => 11 + index * 55);
  return (
    <>
      {columns.map((x) => (
        <div key={`x${x}`}>
          <span className="cut-mark vertical" style={{ left: `${x}mm`, top: '2mm' }} />
          <span className="cut-mark vertical" style={{ left: `${x}mm`, top: '287mm' }} />
        </div>
      ))}
      {rows.map((y) => (
        <div key={`y${y}`}>
          <span className="cut-mark horizontal" style={{ top: `${y}mm`, left: '4mm' }} />
          <span className="cut-mark horizontal" style={{ top: `${y}mm`, left: '197mm' }} />
        </div>
      ))}
    </>
  );
}

const sheetsOf = <T,>(items: T[]): T[][] =>
  items.flatMap((_item, index) => (index % BADGES_PER_SHEET === 0 ? [items.slice(index, index + BADGES_PER_SHEET)] : []));

export function NameBadges({ job, pack, t }: { job: PrintJob; pack: BriefingPack; t: TFunction }) {
  if (job.document !== 'badges') return null;
  const badges = badgesOf(pack, job.side, job.lang, t);
  if (badges.length === 0) return <p className="empty badges-empty">{t('badges.nobody')}</p>;
  return (
    <div className="name-badges">
      {sheetsOf(badges).map((sheet) => (
        <div className="badge-sheet" key={sheet[0]?.personId}>
          <CutMarks />
          <div className="badge-grid">
            {sheet.map((badge) => (
              <Badge badge={badge} key={`${badge.side}-${badge.personId}`} />
            ))}
          </div>
        </div>
      ))}
    </div>
  );
}

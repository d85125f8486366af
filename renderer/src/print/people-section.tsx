// The delegation and our participants, in order of precedence: photo (or initials), name, rank,
// position, organisation, role, languages and a short bio.
import { inReadersLanguage, shortName, type PackPerson } from '../../../domain/contract';
import { pickText } from '../i18n/pick-text';
import { Section, type SectionProps } from './briefing-document';
import { spokenLanguageNames } from './printed-texts';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part.charAt(0).toLocaleUpperCase())
    .join('');
}

function PersonCard({ person, lang, t }: { person: PackPerson; lang: SectionProps['job']['lang']; t: SectionProps['t'] }) {
  const name = pickText(person.name, lang);
  const details = [pickText(person.rank, lang), pickText(person.position, lang), person.organizationName ? pickText(person.organizationName, lang) : '']
    .filter(Boolean);
  const bio = pickText(person.bio, lang);
  return (
    <div className="person">
      {person.photo ? (
        <img className="photo" src={person.photo} alt={name} />
      ) : (
        <div className="photo initials" aria-hidden="true">
          {initials(shortName(inReadersLanguage(person.nameParts, lang)))}
        </div>
      )}
      <div className="person-text">
        <div className="person-name">
          {name}
          <span className="role">{t(`memberRole.${person.role}`)}</span>
        </div>
        {details.map((line) => (
          <div className="person-detail" key={line}>
            {line}
          </div>
        ))}
        {person.languages.length > 0 && (
          <div className="person-detail sub">
            {t('pack.people.languages')}: {spokenLanguageNames(person.languages, t)}
            {person.interpreterNeeded && ` (${t('pack.people.interpreterNeeded')})`}
          </div>
        )}
        {bio && <p className="bio">{bio}</p>}
      </div>
    </div>
  );
}

export function PeopleSection({ job, pack, t, side }: SectionProps & { side: 'delegation' | 'hosts' }) {
  const people = side === 'delegation' ? pack.delegation : pack.hosts;
  return (
    <Section id={side} title={t(`pack.sections.${side}`)}>
      {people.length === 0 && <p className="empty">{t('pack.people.none')}</p>}
      {people.map((person) => (
        <PersonCard key={person.personId} person={person} lang={job.lang} t={t} />
      ))}
    </Section>
  );
}

// Who to call about what during the visit: the officer in charge, liaison officers, escorts,
// interpreters, security and press, and the owners of logistics tasks.
import { pickText } from '../i18n/pick-text';
import { Section, type SectionProps } from './briefing-document';

export function ContactsSection({ job, pack, t }: SectionProps) {
  const lang = job.lang;
  return (
    <Section id="contacts" title={t('pack.sections.contacts')}>
      {pack.contacts.length === 0 ? (
        <p className="empty">{t('pack.contacts.none')}</p>
      ) : (
        <table className="grid">
          <thead>
            <tr>
              <th>{t('pack.contacts.name')}</th>
              <th>{t('pack.contacts.duty')}</th>
              <th>{t('pack.contacts.position')}</th>
              <th>{t('pack.contacts.contact')}</th>
            </tr>
          </thead>
          <tbody>
            {pack.contacts.map((contact) => (
              <tr key={`${contact.personId}-${contact.duty}`}>
                <td className="strong">{pickText(contact.listedName, lang)}</td>
                <td>{t(`pack.contacts.duties.${contact.duty}`)}</td>
                <td>
                  {pickText(contact.position, lang)}
                  {contact.organizationName && <div className="sub">{pickText(contact.organizationName, lang)}</div>}
                </td>
                <td className="contact">{contact.contact}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

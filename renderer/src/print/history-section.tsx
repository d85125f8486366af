// The partner organisation's profile and the history of cooperation with it: earlier visits,
// the agreements in force (marking those that expire within the alert horizon) and what was
// signed during this visit.
import { countryName } from '../i18n/country-name';
import { formatDate, formatDateRange } from '../i18n/format';
import { pickText } from '../i18n/pick-text';
import { Section, type SectionProps } from './briefing-document';

export function PartnerSection({ job, pack, t }: SectionProps) {
  const { partner } = pack;
  const lang = job.lang;
  const rows: [string, string][] = [
    [t('pack.partner.name'), pickText(partner.name, lang)],
    [t('pack.partner.shortName'), pickText(partner.shortName, lang)],
    [t('pack.partner.country'), countryName(partner.country, t, lang)],
    [t('pack.partner.parent'), partner.parentName ? pickText(partner.parentName, lang) : ''],
  ];
  return (
    <Section id="partner" title={t('pack.sections.partner')}>
      <table className="facts">
        <tbody>
          {rows
            .filter(([, value]) => value !== '')
            .map(([label, value]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{value}</td>
              </tr>
            ))}
        </tbody>
      </table>
      <h3>{t('pack.partner.profile')}</h3>
      {pickText(partner.notes, lang) ? <p className="profile">{pickText(partner.notes, lang)}</p> : <p className="empty">{t('pack.partner.noProfile')}</p>}
    </Section>
  );
}

export function HistorySection({ job, pack, t }: SectionProps) {
  const lang = job.lang;
  return (
    <Section id="history" title={t('pack.sections.history')}>
      <h3>{t('pack.history.earlierVisits')}</h3>
      {pack.earlierVisits.length === 0 ? (
        <p className="empty">{t('pack.history.noEarlierVisits')}</p>
      ) : (
        <table className="grid">
          <thead>
            <tr>
              <th className="dates">{t('pack.history.dates')}</th>
              <th>{t('pack.history.visit')}</th>
            </tr>
          </thead>
          <tbody>
            {pack.earlierVisits.map((visit) => (
              <tr key={visit.id}>
                <td className="dates">{formatDateRange(visit.startDate, visit.endDate, lang)}</td>
                <td>
                  {pickText(visit.title, lang)}
                  <div className="sub">
                    {[t(`direction.${visit.direction}`), pickText(visit.city, lang)].filter(Boolean).join(' · ')}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t('pack.history.agreements')}</h3>
      {pack.agreements.length === 0 ? (
        <p className="empty">{t('pack.history.noAgreements')}</p>
      ) : (
        <table className="grid">
          <thead>
            <tr>
              <th>{t('pack.history.title')}</th>
              <th className="dates">{t('pack.history.signedOn')}</th>
              <th className="dates">{t('pack.history.validTo')}</th>
              <th className="status">{t('pack.history.status')}</th>
            </tr>
          </thead>
          <tbody>
            {pack.agreements.map((agreement) => (
              <tr key={agreement.id}>
                <td>
                  <div className="sub">{t(`agreementType.${agreement.type}`)}</div>
                  {pickText(agreement.title, lang)}
                  {agreement.signedAtThisVisit && <div className="flag">{t('pack.history.signedAtThisVisit')}</div>}
                  {agreement.expiresSoon && <div className="flag warn">{t('pack.history.expiresSoon', { days: pack.alertHorizonDays })}</div>}
                </td>
                <td className="dates">{formatDate(agreement.signedOn, lang)}</td>
                <td className="dates">{agreement.validTo ? formatDate(agreement.validTo, lang) : t('pack.history.openEnded')}</td>
                <td>{t(`agreementStatus.${agreement.shownStatus}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

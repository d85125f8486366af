// The register's saved filters and its CSV export.
import { pickText, type ParsedInput, type RegisterFilter } from '../../domain/contract';
import { listAgreements } from '../../db/agreements.repo';
import { listRegisterFilters, saveRegisterFilter } from '../../db/register.repo';
import type { HandlerContext } from './context';
import { precedenceRules } from './precedence';
import { toCsv } from './csv';
import { expiryWindow } from './expiry';
import { deleteAudited, inTransaction, recordAudit, timestamp } from './saving';
import { getSettings } from './settings';

export const listFilters = (ctx: HandlerContext): RegisterFilter[] => listRegisterFilters(ctx.db);

export function saveFilter(ctx: HandlerContext, input: ParsedInput<'registerFilters:save'>): RegisterFilter {
  return inTransaction(ctx, () => {
    const existed = listRegisterFilters(ctx.db).some((filter) => filter.name === input.name);
    const id = saveRegisterFilter(ctx.db, input.name, input.view, timestamp(ctx));
    const saved = listRegisterFilters(ctx.db).find((filter) => filter.id === id) as RegisterFilter;
    recordAudit(ctx, existed ? 'update' : 'create', 'register_filter', saved.uuid);
    return saved;
  });
}

export const deleteFilter = (ctx: HandlerContext, input: ParsedInput<'registerFilters:delete'>) =>
  deleteAudited(ctx, 'register_filter', 'register_filters', input.id);

/** The filtered register as CSV for Excel, in the register's order and the officer's language. */
export function exportRegisterCsv(ctx: HandlerContext, input: ParsedInput<'agreements:exportCsv'>) {
  const { labels, lang } = input;
  const { rows } = listAgreements(ctx.db, { ...input.filter, sort: input.sort, lang, offset: 0, limit: -1 }, expiryWindow(ctx), precedenceRules(ctx));
  const data = rows.map((agreement) => [
    pickText(agreement.title, lang),
    labels.types[agreement.type],
    agreement.parties.map((party) => pickText(party.name, lang)).join('; '),
    agreement.signedOn ?? '',
    pickText(agreement.signingPlace, lang),
    agreement.validFrom ?? '',
    agreement.validTo ?? labels.openEnded,
    labels.statuses[agreement.shownStatus],
    agreement.progress.total > 0 ? `${agreement.progress.done}/${agreement.progress.total}` : '',
  ]);
  const header = [
    labels.columns.title,
    labels.columns.type,
    labels.columns.parties,
    labels.columns.signedOn,
    labels.columns.signingPlace,
    labels.columns.validFrom,
    labels.columns.validTo,
    labels.columns.status,
    labels.columns.progress,
  ];
  const csv = toCsv({ header, rows: data }, getSettings(ctx).csvDelimiter);
  inTransaction(ctx, () => recordAudit(ctx, 'export', 'agreement_register', null, { rows: rows.length, filter: input.filter }));
  return { fileName: `agreements-${timestamp(ctx).slice(0, 10)}.csv`, csv, rows: rows.length };
}

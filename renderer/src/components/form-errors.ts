import type { TFunction } from 'i18next';
import type { FieldErrors } from 'react-hook-form';
import { ApiError } from '../api';

/** The translated message of a form field's error, whether zod (in the form) or the handler set it. */
export function fieldErrorText(errors: FieldErrors, path: string, t: TFunction): string | undefined {
  const node = path.split('.').reduce<unknown>((at, part) => (at as Record<string, unknown> | undefined)?.[part], errors) as
    | { message?: string; root?: { message?: string } }
    | undefined;
  const message = node?.message ?? node?.root?.message;
  if (!message) return undefined;
  return t(message.startsWith('validation.') ? `errors.${message}` : 'errors.validation.invalidInput');
}

/** Puts each field issue of a refused save on its field, so the officer sees where. */
export function issuesOnFields(error: unknown, setError: (path: string, error: { message: string }) => void): void {
  if (!(error instanceof ApiError)) return;
  for (const issue of error.shape.issues ?? []) setError(issue.path.join('.') || 'root', { message: issue.messageKey });
}

import type { TFunction } from 'i18next';
import { get, type FieldErrors } from 'react-hook-form';

/** The first message at or under an error node: a field shows what is wrong with any of its parts. */
function firstMessage(node: unknown): string | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  const { message } = node as { message?: unknown };
  if (typeof message === 'string' && message !== '') return message;
  for (const [key, child] of Object.entries(node)) {
    // `ref` is the input element itself, not an error.
    const found = key === 'ref' ? undefined : firstMessage(child);
    if (found) return found;
  }
  return undefined;
}

/**
 * The translated message of a form field's error, whether the form's check or the handler set it:
 * at the field itself or at any part of it (one language of a name, one entry of a list).
 */
export function fieldErrorText(errors: FieldErrors, path: string, t: TFunction): string | undefined {
  const message = firstMessage(get(errors, path));
  return message && t(`errors.${message}`, { defaultValue: t('errors.validation.invalidInput') });
}

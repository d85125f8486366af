// The one hook for every form over a contract schema: checks named as the handlers name them, a
// refused save's issues put at their fields, and the first field in error brought into view.
import { toNestErrors } from '@hookform/resolvers';
import { useEffect, useRef, type BaseSyntheticEvent, type RefObject } from 'react';
import { useForm, type DefaultValues, type FieldError, type FieldPath, type FieldValues, type Resolver, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { issueMessageKey } from '../../../domain/contract/issue-message';
import { ApiError } from '../api';
import { showError } from '../store/notices-store';

/** Validates with the schema; a field's error message is the i18n key that `fieldErrorText` shows. */
function contractResolver<Values extends FieldValues, Saved>(schema: z.ZodType<Saved, Values>): Resolver<Values, unknown, Saved> {
  return async (values, _context, options) => {
    const parsed = await schema.safeParseAsync(values, { reportInput: true });
    if (parsed.success) return { values: parsed.data, errors: {} };
    const errors: Record<string, FieldError> = {};
    for (const issue of parsed.error.issues) errors[issue.path.map(String).join('.')] ??= { type: issue.code, message: issueMessageKey(issue) };
    return { values: {}, errors: toNestErrors(errors, options) };
  };
}

/** A multi-select marks its box of chosen names as well as its typing field; the field takes the focus. */
const TYPING_FIELD = 'input:not([type="hidden"]), textarea';

/**
 * The form's first field in error, in reading order, scrolled to the middle of whatever scrolls it
 * (the dialog, or the page) and focused. Read from the page rather than from react-hook-form's refs,
 * which only registered inputs have: selects, date pickers and the name fields mark themselves
 * `aria-invalid` like any input.
 */
function focusFirstError(form: HTMLFormElement | null): void {
  const marked = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (!marked) return;
  const field = marked.matches('input, textarea, button') ? marked : (marked.querySelector<HTMLElement>(TYPING_FIELD) ?? marked);
  // The middle, not the nearest edge: a dialog's sticky title would cover a field scrolled to its top.
  field.scrollIntoView({ block: 'center' });
  field.focus({ preventScroll: true });
}

interface Options<Values extends FieldValues, Saved> {
  schema: z.ZodType<Saved, Values>;
  defaultValues: DefaultValues<Values>;
  /** The form's field for a path of the save channel's input, where the two name it differently. */
  fieldOf?: (inputPath: string, values: Values) => string;
}

export interface ContractForm<Values extends FieldValues, Saved> extends UseFormReturn<Values, unknown, Saved> {
  /** For the `<form>`: where the first field in error is looked for. */
  formRef: RefObject<HTMLFormElement | null>;
  /** The form's submit: checks, then saves; a refusal is put at its fields and shown as a notice. */
  submit(save: (values: Saved) => Promise<unknown>): (event?: BaseSyntheticEvent) => Promise<void>;
  /** Puts a refused save's issues at their fields and brings the first into view. */
  showIssues(failure: unknown): void;
}

export function useContractForm<Values extends FieldValues, Saved = Values>({
  schema,
  defaultValues,
  fieldOf = (inputPath) => inputPath,
}: Options<Values, Saved>): ContractForm<Values, Saved> {
  const form = useForm<Values, unknown, Saved>({ resolver: contractResolver(schema), defaultValues, shouldFocusError: false });
  const formRef = useRef<HTMLFormElement>(null);
  // Set when a submit or a refusal brings errors; the focus moves in the first render that draws
  // them. react-hook-form calls `onInvalid` before it publishes the errors, so not at once.
  const focusPending = useRef(false);
  const hasErrors = Object.keys(form.formState.errors).length > 0;
  useEffect(() => {
    if (!focusPending.current || !hasErrors) return;
    focusPending.current = false;
    focusFirstError(formRef.current);
  });

  const showIssues = (failure: unknown) => {
    if (!(failure instanceof ApiError) || !failure.shape.issues?.length) return;
    const values = form.getValues();
    const placed = new Set<string>();
    focusPending.current = true;
    for (const issue of failure.shape.issues) {
      // A field shows the first issue about it; one about the whole input goes to the form's root.
      const field = fieldOf(issue.path.join('.'), values) || 'root';
      if (placed.has(field)) continue;
      placed.add(field);
      form.setError(field as FieldPath<Values>, { message: issue.messageKey });
    }
  };

  const submit = (save: (values: Saved) => Promise<unknown>) =>
    form.handleSubmit(
      async (values) => {
        try {
          await save(values);
        } catch (failure) {
          showIssues(failure);
          showError(failure);
        }
      },
      () => {
        focusPending.current = true;
      },
    );

  return { ...form, formRef, submit, showIssues };
}

// How a failed check of a contract schema is named to the officer: the same rule in the forms
// (their resolver) and in a handler's refusal (`ValidationError.fromZod`), so a field says the same
// thing whichever side judged it.

/** What this rule reads of a zod issue; `input` is there only when the parse asked for `reportInput`. */
export interface CheckedIssue {
  code: string;
  message: string;
  input?: unknown;
}

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/**
 * The i18n key (under `errors.`) for an issue. A value left empty is "fill in this field", whatever
 * check it failed (a country not chosen is not a badly typed country code); a refinement (`custom`)
 * judges more than its own value and keeps its words. Otherwise our key, or zod's check by code.
 */
export function issueMessageKey(issue: CheckedIssue): string {
  if (issue.code !== 'custom' && 'input' in issue && isBlank(issue.input)) return 'validation.required';
  return issue.message.startsWith('validation.') ? issue.message : `validation.${issue.code}`;
}

// A form whose values differ in shape from its channel's input (strings where the channel takes ids
// or nulls, clock times where it takes instants) is still judged by the channel's own schema.
import type { z } from 'zod';
import { issueMessageKey } from '../../../domain/contract/issue-message';

/**
 * For a form schema's `superRefine`: turns the values into the channel's input with `inputOf`,
 * parses that with the contract's `schema`, and puts each issue at the form's field(s) `fieldsOf`
 * names for its path (the same path by default), named as a refused save would name it.
 */
export function checkedByContract<Values>(
  schema: z.ZodType,
  inputOf: (values: Values) => unknown,
  fieldsOf: (inputPath: string, values: Values) => string[] = (inputPath) => [inputPath],
) {
  return (values: Values, ctx: z.RefinementCtx) => {
    const checked = schema.safeParse(inputOf(values), { reportInput: true });
    if (checked.success) return;
    for (const issue of checked.error.issues) {
      const message = issueMessageKey(issue);
      for (const field of fieldsOf(issue.path.map(String).join('.'), values)) {
        ctx.addIssue({ code: 'custom', path: field === '' ? [] : field.split('.'), message });
      }
    }
  };
}

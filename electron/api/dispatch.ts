import { contract, READ_ONLY_CHANNELS, RECOVERY_CHANNELS, type ApiResult, type Channel } from '../../domain/contract';
import type { HandlerContext, Handlers } from './context';
import { ConflictError, ValidationError, toApiError } from './errors';

const isChannel = (name: unknown): name is Channel => typeof name === 'string' && Object.hasOwn(contract, name);

/**
 * The single entry point for a call from the renderer: refuses unknown channels, parses the input
 * with the channel's schema, runs the handler and returns a result envelope. The Electron shell
 * and the end-to-end harness both route every call through here.
 */
export async function dispatch(
  handlers: Handlers,
  ctx: HandlerContext,
  channel: unknown,
  rawInput: unknown,
  onInternalError: (error: unknown, channel: string) => void = () => {},
): Promise<ApiResult<unknown>> {
  if (!isChannel(channel)) return { ok: false, error: new ValidationError('validation.unknownChannel').toShape() };
  // While the database can't be used, only the way back answers; nothing is written to the stand-in.
  if (ctx.office?.problem && !RECOVERY_CHANNELS.includes(channel)) {
    return { ok: false, error: new ConflictError('conflict.databaseUnavailable').toShape() };
  }
  // A read-only database answers what only reads; the rest is refused before it does anything.
  if (ctx.db.readonly && !READ_ONLY_CHANNELS.includes(channel)) {
    return { ok: false, error: new ConflictError('conflict.readOnly').toShape() };
  }
  // With the input in each issue, an empty field is refused as "fill in", as the forms say it.
  const parsed = contract[channel].input.safeParse(rawInput, { reportInput: true });
  if (!parsed.success) return { ok: false, error: ValidationError.fromZod(parsed.error).toShape() };
  try {
    const handler = handlers[channel] as (ctx: HandlerContext, input: unknown) => unknown;
    return { ok: true, value: await handler(ctx, parsed.data) };
  } catch (error) {
    const shape = toApiError(error);
    if (shape.code === 'internal') onInternalError(error, channel);
    return { ok: false, error: shape };
  }
}

// The one place that talks to the main process. Everything else calls `call()`.
import type { DeskApi } from '../../electron/bridge';
import type { ApiErrorShape, Channel, ChannelInput, ChannelOutput } from '../../domain/contract';

declare global {
  interface Window {
    api: DeskApi;
  }
}

/** A handler's typed failure, carried to the screen that shows it translated. */
export class ApiError extends Error {
  constructor(readonly shape: ApiErrorShape) {
    super(shape.messageKey);
    this.name = 'ApiError';
  }
}

export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await window.api.invoke(channel, input);
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

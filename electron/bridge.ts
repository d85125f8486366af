import type { ApiResult, Channel, ChannelInput, ChannelOutput } from '../domain/contract';

/** The one object the renderer sees as `window.api`. */
export interface DeskApi {
  invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ApiResult<ChannelOutput<C>>>;
}

/**
 * Builds `window.api` around a transport. The preload passes `ipcRenderer.invoke`; the
 * end-to-end harness passes a Playwright binding. This function must stay self-contained (no
 * imports used in its body): the harness injects its source text into the page.
 */
export function makeApi(
  transport: (channel: string, input: unknown) => Promise<unknown>,
  channels: readonly string[],
): DeskApi {
  const known = new Set(channels);
  return Object.freeze({
    invoke(channel: string, input: unknown) {
      if (!known.has(channel)) return Promise.reject(new Error(`Unknown channel: ${channel}`));
      return transport(channel, input);
    },
  }) as DeskApi;
}

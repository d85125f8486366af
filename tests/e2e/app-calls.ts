// A test's direct line to the app's channels, through the page's window.api as the renderer calls
// them: to set a scene, and to read what the database holds after the officer's clicks.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Channel, ChannelInput, ChannelOutput } from '../../domain/contract';

export async function invoke<C extends Channel>(page: Page, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = (await page.evaluate(([c, i]) => window.api.invoke(c as Channel, i as never), [channel, input] as const)) as {
    ok: boolean;
    value: ChannelOutput<C>;
  };
  expect(result, channel).toMatchObject({ ok: true });
  return result.value;
}

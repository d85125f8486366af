import { describe, expect, it } from 'vitest';
import { makeApi } from '../../electron/bridge';
import { CHANNELS } from '../../domain/contract';

describe('window.api', () => {
  it('passes known channels to the transport and refuses any other', async () => {
    const calls: [string, unknown][] = [];
    const api = makeApi(async (channel, input) => {
      calls.push([channel, input]);
      return { ok: true, value: 'sent' };
    }, CHANNELS);
    await expect(api.invoke('visits:list', {})).resolves.toEqual({ ok: true, value: 'sent' });
    await expect(api.invoke('shell:openExternal' as never, {} as never)).rejects.toThrow(/Unknown channel/);
    expect(calls).toEqual([['visits:list', {}]]);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('can be rebuilt from its source text alone, as the end-to-end harness injects it', async () => {
    const rebuilt = new Function(`return (${makeApi.toString()})`)() as typeof makeApi;
    const api = rebuilt(async () => ({ ok: true, value: 1 }), ['visits:list']);
    await expect(api.invoke('visits:list', {})).resolves.toEqual({ ok: true, value: 1 });
  });
});

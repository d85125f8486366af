import { ipcMain } from 'electron';
import log from 'electron-log/main';
import type { HandlerContext } from '../api/context';
import { dispatch, isTrustedSender } from '../api/dispatch';
import { handlers } from '../api';
import { CHANNELS } from '../contract';
import { APP_ORIGIN } from './security-config';

/** Registers every channel of the contract; each call is checked for its sender, then dispatched. */
export function registerChannels(ctx: HandlerContext): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, input: unknown) => {
      if (!isTrustedSender(event.senderFrame?.url, APP_ORIGIN)) {
        log.warn(`refused ${channel} from ${event.senderFrame?.url ?? 'an unknown frame'}`);
        return { ok: false, error: { code: 'validation', messageKey: 'validation.untrustedSender' } };
      }
      return dispatch(handlers, ctx, channel, input, (error) => log.error(`${channel} failed`, error));
    });
  }
}

import { ipcMain } from 'electron';
import log from 'electron-log/main';
import type { HandlerContext } from '../api/context';
import { dispatch } from '../api/dispatch';
import { handlers } from '../api';
import { CHANNELS, type Channel } from '../../domain/contract';
import { isAppPage } from './security-config';

const UNTRUSTED_SENDER = { ok: false, error: { code: 'validation', messageKey: 'validation.untrustedSender' } } as const;

/**
 * Registers every channel of the contract; each call is checked for its sender, then dispatched.
 * `afterCall` hears of each call that was dispatched (the menu follows a change of language).
 */
export function registerChannels(ctx: HandlerContext, afterCall: (channel: Channel) => void = () => {}): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      // Electron gives the frame's URL as it now is, and no frame at all once it has navigated
      // away or been destroyed (IpcMainInvokeEvent.senderFrame); neither may call in.
      const frameUrl = event.senderFrame?.url;
      if (!isAppPage(frameUrl)) {
        log.warn(`refused ${channel} from ${frameUrl || 'an unknown frame'}`);
        return UNTRUSTED_SENDER;
      }
      const result = await dispatch(handlers, ctx, channel, input, (error) => log.error(`${channel} failed`, error));
      afterCall(channel);
      return result;
    });
  }
}

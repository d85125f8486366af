import { app, type Session, type WebContents } from 'electron';
import { GRANTED_PERMISSIONS, isAppPage, isAppRequest } from './security-config';

/** Cancels every request that isn't the app's own and refuses every permission. */
export function hardenSession(session: Session): void {
  session.webRequest.onBeforeRequest((details, respond) => respond({ cancel: !isAppRequest(details.url) }));
  session.setPermissionRequestHandler((_contents, permission, respond) => respond(GRANTED_PERMISSIONS.includes(permission)));
  session.setPermissionCheckHandler((_contents, permission) => GRANTED_PERMISSIONS.includes(permission));
}

/**
 * No new windows, no webviews, and no navigation to anything but the app's own pages, in any
 * frame — for every web contents ever created. `data:` and `blob:` may be fetched by a page, but
 * never navigated to: a document there would run outside the app's origin and CSP.
 */
export function hardenAllContents(): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-frame-navigate', (event) => {
      if (!isAppPage(event.url)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => {
      if (!isAppPage(event.url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

import { app, type Session, type WebContents } from 'electron';
import { GRANTED_PERMISSIONS, isAppRequest } from './security-config';

/** Cancels every request that isn't the app's own and refuses every permission. */
export function hardenSession(session: Session): void {
  session.webRequest.onBeforeRequest((details, respond) => respond({ cancel: !isAppRequest(details.url) }));
  session.setPermissionRequestHandler((_contents, permission, respond) => respond(GRANTED_PERMISSIONS.includes(permission)));
  session.setPermissionCheckHandler((_contents, permission) => GRANTED_PERMISSIONS.includes(permission));
}

/** No new windows, no navigation away from the app, no webviews — for every web contents ever created. */
export function hardenAllContents(): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event, url) => {
      if (!isAppRequest(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppRequest(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

// The default session: the request filter and the permission handlers the shell installs.
import type { StandInApp } from './app';
import { enforce } from './rules';

export interface BeforeRequestDetails {
  id: number;
  url: string;
  method: string;
  resourceType: string;
  referrer: string;
  timestamp: number;
  webContentsId?: number;
}
type BeforeRequestListener = (details: BeforeRequestDetails, callback: (response: { cancel?: boolean }) => void) => void;
type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: object) => void;
type PermissionCheckHandler = (contents: unknown, permission: string, origin: string, details: object) => boolean;

let requestIds = 0;

class StandInWebRequest {
  listener: BeforeRequestListener | null = null;
  // session.md, webRequest.onBeforeRequest([filter, ]listener): one listener; a later one
  // replaces it, and null removes it.
  onBeforeRequest = (filterOrListener: BeforeRequestListener | object | null, maybeListener?: BeforeRequestListener | null) => {
    this.listener = (typeof filterOrListener === 'function' ? (filterOrListener as BeforeRequestListener) : maybeListener) ?? null;
  };
}

export class StandInSession {
  readonly webRequest = new StandInWebRequest();
  private permissionRequest: PermissionRequestHandler | null = null;
  private permissionCheck: PermissionCheckHandler | null = null;

  setPermissionRequestHandler = (handler: PermissionRequestHandler | null) => {
    this.permissionRequest = handler;
  };
  setPermissionCheckHandler = (handler: PermissionCheckHandler | null) => {
    this.permissionCheck = handler;
  };

  /** What the request filter decides for `url`; with no listener, Electron lets it through. */
  beforeRequest(details: Omit<BeforeRequestDetails, 'id' | 'timestamp'>): Promise<{ cancel: boolean }> {
    const listener = this.webRequest.listener;
    if (!listener) return Promise.resolve({ cancel: false });
    return new Promise((done) => listener({ ...details, id: ++requestIds, timestamp: Date.now() }, (response) => done({ cancel: response.cancel === true })));
  }

  /**
   * A page asks for `permission`. With no handler set, "Electron will automatically approve all
   * permission requests" (docs/tutorial/security.md, item 5) — which is why the shell sets one.
   */
  requestPermission(contents: unknown, permission: string, requestingUrl: string): Promise<boolean> {
    const handler = this.permissionRequest;
    if (!handler) return Promise.resolve(true);
    return new Promise((done) => handler(contents, permission, done, { requestingUrl, isMainFrame: true }));
  }

  /** Likewise granted when no check handler is set (docs/api/session.md, setPermissionCheckHandler). */
  checkPermission(contents: unknown, permission: string, origin: string): boolean {
    return this.permissionCheck ? this.permissionCheck(contents, permission, origin, { requestingUrl: origin, isMainFrame: true }) : true;
  }
}

/** Electron refuses a session before `ready` ("Session can only be received when app is ready", lib/browser/api/session.ts). */
export function defaultSessionOf(app: StandInApp, session: StandInSession): StandInSession {
  app.assertReady('session.defaultSession');
  enforce(session, 'no default session', 'docs/api/session.md');
  return session;
}

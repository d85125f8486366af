// Every request a page makes, taken as Electron's network stack would take it: a page that is no
// window's is a window.open (setWindowOpenHandler decides), a navigation the page starts asks
// will-frame-navigate/will-navigate, then the session's request filter, then the scheme's
// protocol handler answers. Nothing reaches the network: a request the filter lets through to a
// scheme with no handler is recorded as one that would have gone out, and aborted.
import type { BrowserContext, Page, Route } from 'playwright-core';
import type { StandInProtocol } from './protocol';
import type { StandInSession } from './session';
import { enforce } from './rules';
import { toElectronUrl } from './urls';
import type { StandInWebContents } from './web-contents';

export interface RequestLog {
  /** app:// requests the protocol handler answered, with its status. */
  answered: { url: string; status: number; contentType: string | null; csp: string | null }[];
  /** Requests the session's filter cancelled. */
  cancelled: string[];
  /** Navigations refused by will-frame-navigate or will-navigate. */
  navigationsRefused: string[];
  /** window.open attempts refused by setWindowOpenHandler. */
  windowsRefused: string[];
  /** Requests that would have gone to the network: none may. */
  toNetwork: string[];
  /** Errors thrown by the shell's protocol handler. */
  handlerErrors: string[];
}

export const emptyRequestLog = (): RequestLog => ({
  answered: [],
  cancelled: [],
  navigationsRefused: [],
  windowsRefused: [],
  toNetwork: [],
  handlerErrors: [],
});

export interface Router {
  session: StandInSession;
  protocol: StandInProtocol;
  pages: Map<Page, StandInWebContents>;
  customSchemes: () => string[];
  log: RequestLog;
  /** URLs of window.open navigations not yet decided. */
  popupRequests: string[];
}

/** Each window's page hands its popups to the opener's window-open handler. */
export function watchPopups(page: Page, opener: StandInWebContents, router: Router): void {
  page.on('popup', (popup) => void decidePopup(popup, opener, router));
}

/**
 * window.open: Playwright gives a new window's first request before its frame exists, so that
 * request is held back (aborted) and its URL kept; when the opener's page reports the popup,
 * the opener's setWindowOpenHandler decides with that URL, as Electron asks it before creating
 * the window. The shell denies all; the stand-in opens no child windows.
 */
async function decidePopup(popup: Page, opener: StandInWebContents, router: Router): Promise<void> {
  const deadline = Date.now() + 2_000;
  while (router.popupRequests.length === 0 && Date.now() < deadline) await new Promise((done) => setTimeout(done, 20));
  const url = router.popupRequests.shift() ?? toElectronUrl(popup.url());
  const allowed = opener.windowOpenAllowed(url);
  enforce(!allowed, 'the stand-in opens no child windows', 'tests/shell/electron-stand-in');
  router.log.windowsRefused.push(url);
  await popup.close();
}

async function routeRequest(route: Route, router: Router): Promise<void> {
  const request = route.request();
  const url = toElectronUrl(request.url());
  let page: Page;
  try {
    page = request.frame().page();
  } catch {
    router.popupRequests.push(url);
    return route.abort('blockedbyclient');
  }
  const contents = router.pages.get(page);
  if (contents && request.isNavigationRequest()) {
    const isMainFrame = request.frame() === page.mainFrame();
    if (!contents.navigationAllowed(url, isMainFrame)) {
      router.log.navigationsRefused.push(url);
      return route.abort('aborted');
    }
  }
  const headers = await request.allHeaders();
  const { cancel } = await router.session.beforeRequest({
    url,
    method: request.method(),
    resourceType: request.resourceType(),
    referrer: headers.referer ?? '',
    webContentsId: contents?.id,
  });
  if (cancel) {
    router.log.cancelled.push(url);
    return route.abort('blockedbyclient');
  }
  if (!router.customSchemes().includes(new URL(url).protocol.slice(0, -1))) {
    router.log.toNetwork.push(url);
    return route.abort('internetdisconnected');
  }
  let response: Response;
  try {
    response = await router.protocol.answer(url, { method: request.method(), headers });
  } catch (error) {
    router.log.handlerErrors.push(`${url}: ${String(error)}`);
    return route.abort('failed');
  }
  const responseHeaders = Object.fromEntries(response.headers);
  router.log.answered.push({ url, status: response.status, contentType: response.headers.get('content-type'), csp: response.headers.get('content-security-policy') });
  return route.fulfill({ status: response.status, headers: responseHeaders, body: Buffer.from(await response.arrayBuffer()) });
}

export async function routeAllRequests(context: BrowserContext, router: Router): Promise<void> {
  await context.route('**/*', (route) => routeRequest(route, router));
}

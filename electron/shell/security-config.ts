// The shell's security settings as plain data, so tests can read them without Electron.
// Every item follows Electron's security checklist; see README "Security".

/** The app's own origin: the renderer is served from this custom scheme, never from file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Mantine writes inline style attributes; scripts stay strictly same-origin.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: false,
} as const;

/** The app's own pages. Only these may call `window.api`, and only these may be navigated to. */
export const APP_PAGES: readonly string[] = ['/index.html', '/print.html'];

/**
 * Whether `url` is one of the app's own pages on `origin`, with any query or hash. Scheme, host
 * and path are compared as parsed rather than through `URL.origin`: for a non-special scheme such
 * as `app:` the WHATWG origin is the string "null", which would refuse the app's own window.
 */
export function isAppPage(url: string | null | undefined, origin: string = APP_ORIGIN): boolean {
  if (!url) return false;
  try {
    const page = new URL(url);
    const expected = new URL(origin);
    return (
      page.protocol === expected.protocol &&
      page.host === expected.host &&
      page.username === '' &&
      page.password === '' &&
      APP_PAGES.includes(page.pathname)
    );
  } catch {
    return false;
  }
}

/** Requests the session lets through: the app's own files and in-page data. Everything else is cancelled. */
export function isAppRequest(url: string): boolean {
  return url.startsWith(`${APP_ORIGIN}/`) || url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('devtools:');
}

/** No permission (camera, geolocation, notifications…) is ever granted. */
export const GRANTED_PERMISSIONS: readonly string[] = [];

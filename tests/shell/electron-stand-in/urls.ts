// Chromium without Electron can't load a custom scheme (a navigation to app://desk/ is aborted
// before any request exists), so the stand-in shows the app's pages in Chromium under an https
// origin of the reserved .invalid domain, and translates every URL back to what Electron would
// report before any shell code sees it: the protocol handler, frame URLs, navigation events and
// the request filter all get `app://desk/…`. Nothing is ever fetched from the network: every
// request is answered by the shell's handler or aborted.
const SHOWN_AS = '.stand-in.invalid';

export function toPageUrl(electronUrl: string, customSchemes: readonly string[]): string {
  const url = new URL(electronUrl);
  const scheme = url.protocol.slice(0, -1);
  if (!customSchemes.includes(scheme)) return electronUrl;
  return `https://${url.host}.${scheme}${SHOWN_AS}${url.pathname}${url.search}${url.hash}`;
}

export function toElectronUrl(pageUrl: string): string {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return pageUrl;
  }
  if (url.protocol !== 'https:' || !url.hostname.endsWith(SHOWN_AS)) return pageUrl;
  const [host, scheme] = url.hostname.slice(0, -SHOWN_AS.length).split('.');
  return `${scheme}://${host}${url.pathname}${url.search}${url.hash}`;
}

export const withoutHash = (url: string) => url.split('#')[0] ?? url;

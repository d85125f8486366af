// The `protocol` module: privileged schemes before `ready`, one handler per scheme after it.
import type { StandInApp } from './app';
import { enforce } from './rules';

type SchemeHandler = (request: Request) => Response | Promise<Response>;
interface CustomScheme {
  scheme: string;
  privileges?: { standard?: boolean; secure?: boolean; supportFetchAPI?: boolean };
}

export class StandInProtocol {
  private privileged: CustomScheme[] | undefined;
  private readonly handlers = new Map<string, SchemeHandler>();

  constructor(private readonly app: StandInApp) {}

  // protocol.md, registerSchemesAsPrivileged: "can only be used before the ready event of the
  // app module gets emitted and can be called only once."
  registerSchemesAsPrivileged = (schemes: CustomScheme[]): void => {
    this.app.assertAlive('protocol.registerSchemesAsPrivileged');
    enforce(!this.app.isReady(), 'registerSchemesAsPrivileged after ready', 'docs/api/protocol.md');
    enforce(!this.privileged, 'registerSchemesAsPrivileged called twice', 'docs/api/protocol.md');
    this.privileged = schemes.map((scheme) => ({ ...scheme, privileges: { ...scheme.privileges } }));
  };

  // protocol.md: "All methods unless specified can only be used after the ready event"; a second
  // handler for a scheme fails to register ("isProtocolHandled" tells whether one exists).
  handle = (scheme: string, handler: SchemeHandler): void => {
    this.app.assertReady('protocol.handle');
    enforce(!this.handlers.has(scheme), `a second protocol.handle for '${scheme}'`, 'docs/api/protocol.md, protocol.isProtocolHandled');
    this.handlers.set(scheme, handler);
  };

  isProtocolHandled = (scheme: string) => this.handlers.has(scheme);

  /** The schemes registered as standard: the ones whose pages the stand-in can show. */
  standardSchemes = (): string[] => (this.privileged ?? []).filter((entry) => entry.privileges?.standard).map((entry) => entry.scheme);

  /**
   * A page's request for `url`, answered by the registered handler with a GlobalRequest as
   * protocol.handle describes. The scheme must be standard, or relative URLs would not resolve
   * (protocol.md, registerSchemesAsPrivileged), and the app's pages are full of them.
   */
  async answer(url: string, init: { method: string; headers: Record<string, string> }): Promise<Response> {
    const scheme = new URL(url).protocol.slice(0, -1);
    const handler = this.handlers.get(scheme);
    enforce(handler, `a request for ${url} with no handler for '${scheme}:'`, 'docs/api/protocol.md, protocol.handle');
    const registered = this.privileged?.find((entry) => entry.scheme === scheme);
    enforce(registered?.privileges?.standard, `pages from '${scheme}:' need it registered as standard`, 'docs/api/protocol.md');
    return handler(new Request(url, init));
  }
}

// Watches this process's own sockets: in the harness the handlers, the printer and the database
// run here, as they run in the main process of the app. Any connection to an address that isn't
// this machine's loopback, and any name looked up in DNS, is recorded and refused: nothing leaves.
import dns from 'node:dns';
import net from 'node:net';

const isLoopback = (host: unknown) => host === undefined || host === 'localhost' || (typeof host === 'string' && (host.startsWith('127.') || host === '::1'));

export interface OutboundGuard {
  /** Outbound connections and DNS look-ups seen since the guard was set. */
  attempts: string[];
  remove(): void;
}

export function guardOutbound(): OutboundGuard {
  const attempts: string[] = [];
  const connect = net.Socket.prototype.connect;
  const lookup = dns.lookup;
  net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: unknown[]) {
    // net.connect() hands Socket#connect its arguments already normalised, as one array.
    const [first, second] = (Array.isArray(args[0]) ? args[0] : args) as [unknown, unknown];
    const options = typeof first === 'object' && first !== null ? (first as { host?: unknown; port?: unknown; path?: unknown }) : { port: first, host: second };
    // A pipe or a Unix socket (options.path) is local by nature.
    if (!('path' in options && options.path) && !isLoopback(options.host)) {
      attempts.push(`connect ${String(options.host)}:${String(options.port)}`);
      process.nextTick(() => this.destroy(Object.assign(new Error('refused outbound connection'), { code: 'ECONNREFUSED' })));
      return this;
    }
    return (connect as (...inner: unknown[]) => net.Socket).apply(this, args);
  } as typeof connect;
  dns.lookup = function guardedLookup(hostname: string, ...rest: unknown[]) {
    if (!isLoopback(hostname)) {
      attempts.push(`dns ${hostname}`);
      const callback = rest.at(-1) as (error: Error) => void;
      return process.nextTick(() => callback(Object.assign(new Error(`refused look-up of ${hostname}`), { code: 'ENOTFOUND' })));
    }
    return (lookup as (...inner: unknown[]) => void)(hostname, ...rest);
  } as typeof dns.lookup;
  return {
    attempts,
    remove() {
      net.Socket.prototype.connect = connect;
      dns.lookup = lookup;
    },
  };
}

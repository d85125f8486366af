// The zero-network test's guard must see what it claims to see: an outbound connection and a DNS
// look-up are recorded and refused before anything leaves the machine; loopback is let through.
import { once } from 'node:events';
import dns from 'node:dns';
import { createServer, type AddressInfo } from 'node:net';
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { guardOutbound } from '../e2e/outbound-guard';

describe('the outbound guard', () => {
  it('records and refuses a connection to another machine and a name look-up, and lets loopback through', async () => {
    const server = createServer((socket) => socket.end('hello'));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const guard = guardOutbound();
    try {
      // TEST-NET-1 (RFC 5737): never routed; and the guard refuses before any packet is sent.
      const outbound = net.connect({ host: '192.0.2.1', port: 9 });
      const [error] = (await once(outbound, 'error')) as [NodeJS.ErrnoException];
      expect(error.code).toBe('ECONNREFUSED');
      const lookup = await new Promise<NodeJS.ErrnoException | null>((done) => dns.lookup('fonts.example.org', (failure) => done(failure)));
      expect(lookup?.code).toBe('ENOTFOUND');

      const local = net.connect({ host: '127.0.0.1', port: (server.address() as AddressInfo).port });
      const [greeting] = (await once(local.setEncoding('utf8'), 'data')) as [string];
      expect(greeting).toBe('hello');
      expect(guard.attempts).toEqual(['connect 192.0.2.1:9', 'dns fonts.example.org']);
    } finally {
      guard.remove();
      server.close();
    }
  });
});

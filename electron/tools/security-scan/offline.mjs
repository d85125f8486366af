// Loaded with `node --import` before the scanner: it may not reach the network (it would fetch
// translations and Electron's release list). Every socket connect fails at once, so the scanner
// falls back to its bundled data, and CI proves it runs on an air-gapped machine.
import net from 'node:net';

net.Socket.prototype.connect = function refuseConnect() {
  throw new Error('Protocol Desk security scan runs offline: network connections are refused');
};

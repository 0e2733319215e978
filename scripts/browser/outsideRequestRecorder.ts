/**
 * An HTTP proxy that answers nothing and records every request sent to it: a browser set to use it for every
 * address but loopback shows here each request it tried to send off the machine, whoever made it (Firefox's
 * WebDriver BiDi reports no request of an extension's background page). Plain HTTP requests are recorded by
 * URL, HTTPS and WebSocket tunnels (CONNECT) by host and port.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface OutsideRequestRecorder {
  port: number;
  requests: string[];
  close(): Promise<void>;
}

export async function startOutsideRequestRecorder(): Promise<OutsideRequestRecorder> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    requests.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

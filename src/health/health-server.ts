/**
 * `GET /healthz` over plain node:http, for a port of its own (HEALTH_PORT, or PORT when Slack is
 * not in HTTP mode). In Slack HTTP mode the same handler is mounted as a Bolt custom route.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HealthStatus } from './health-status.ts';

export const HEALTH_PATH = '/healthz';

/** Writes the status as JSON: 200 when ok, 503 otherwise. */
export function writeHealth(res: ServerResponse, status: HealthStatus): void {
  res.writeHead(status.ok ? 200 : 503, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(JSON.stringify(status));
}

export interface HealthServer {
  readonly port: number;
  close(): Promise<void>;
}

export function startHealthServer(
  port: number,
  status: () => HealthStatus,
  host = '0.0.0.0',
): Promise<HealthServer> {
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '').split('?')[0];
    if (req.method === 'GET' && path === HEALTH_PATH) return writeHealth(res, status());
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found\n');
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      resolve({
        port: (server.address() as AddressInfo).port,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

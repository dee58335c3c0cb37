/** The response_url poster: kept-alive sockets, and the one retry a reset reused socket deserves. */
import { createServer, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { postToResponseUrl } from '../../../src/adapters/slack/response-url.ts';

/**
 * A raw HTTP server: answers the first request of each connection with 200 (keep-alive), and with
 * `resetSecond` resets the connection when a second request arrives on it, as a server does that
 * closes an idle kept-alive socket just as the client reuses it.
 */
async function rawServer(resetSecond: boolean) {
  const bodies: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    let seen = 0;
    let buffered = '';
    socket.on('data', (chunk) => {
      buffered += chunk.toString('utf8');
      const end = buffered.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/content-length: (\d+)/i.exec(buffered)?.[1] ?? 0);
      if (buffered.length < end + 4 + length) return;
      bodies.push(buffered.slice(end + 4, end + 4 + length));
      buffered = '';
      seen += 1;
      if (seen === 2 && resetSecond) {
        socket.resetAndDestroy();
        return;
      }
      socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: keep-alive\r\n\r\nok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/respond/1`,
    bodies,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

let close: (() => Promise<void>) | null = null;
afterEach(async () => {
  await close?.();
  close = null;
});

describe('postToResponseUrl', () => {
  it('retries once on a new socket when a reused kept-alive socket is reset', async () => {
    const server = await rawServer(true);
    close = server.close;
    await postToResponseUrl(server.url, { text: 'first' });
    await postToResponseUrl(server.url, { text: 'second' });
    // The reset request was never answered; the retry on a new connection was.
    expect(server.bodies.map((b) => (JSON.parse(b) as { text: string }).text)).toEqual([
      'first',
      'second',
      'second',
    ]);
  });

  it('retries on a connection of its own, not on another idle socket that is closing too', async () => {
    const server = await rawServer(true);
    close = server.close;
    // Two requests at once: two kept-alive sockets, both idle in the pool afterwards.
    await Promise.all([
      postToResponseUrl(server.url, { text: 'a' }),
      postToResponseUrl(server.url, { text: 'b' }),
    ]);
    // Each pooled socket is reset on its next request (as a server's keep-alive timeout does to
    // every socket that went quiet at the same time); the retry must not take the other one.
    await postToResponseUrl(server.url, { text: 'c' });
    const texts = server.bodies.map((b) => (JSON.parse(b) as { text: string }).text);
    expect(texts.slice(0, 2).sort()).toEqual(['a', 'b']);
    expect(texts.slice(2)).toEqual(['c', 'c']);
  });

  it('rejects an HTTP error status without retrying', async () => {
    const server = createServer((socket) =>
      socket.on('data', () => {
        socket.end('HTTP/1.1 404 Not Found\r\nContent-Length: 11\r\n\r\nexpired_url');
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    close = () => new Promise<void>((resolve) => server.close(() => resolve()));
    const { port } = server.address() as { port: number };
    await expect(
      postToResponseUrl(`http://127.0.0.1:${port}/respond/x`, { text: 'x' }),
    ).rejects.toThrow('response_url answered HTTP 404');
  });
});

/**
 * Replies through a Slack `response_url` with node:http(s) and keep-alive agents. Bolt's own
 * `respond` goes through fetch (undici and web streams), which cost about a fifth of the CPU of a
 * click in the answer-path benchmark; a plain request on a kept-alive socket does the same job.
 */
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { RespondArguments } from '@slack/bolt';

const httpAgent = new HttpAgent({ keepAlive: true, maxSockets: 64 });
const httpsAgent = new HttpsAgent({ keepAlive: true, maxSockets: 64 });

/** Gives up on a response_url that does not answer in time (then the caller falls back). */
export const RESPONSE_URL_TIMEOUT_MS = 10_000;

/**
 * Posts `message` to `url`; rejects on a network error, a timeout or a non-2xx status. A kept-alive
 * socket the server closed just as it was reused (ECONNRESET or EPIPE before any answer) is retried
 * once, as Node's documentation advises (the server never read that request), on a connection of
 * its own: the pool's other idle sockets went quiet at the same time and may be closing too.
 */
export async function postToResponseUrl(url: string, message: RespondArguments): Promise<void> {
  const target = new URL(url);
  const body = Buffer.from(JSON.stringify(message));
  try {
    await post(target, body);
  } catch (err) {
    if (!(err instanceof ReusedSocketReset)) throw err;
    await post(target, body, false);
  }
}

/** The server closed a kept-alive socket as it was reused; the request never reached it. */
class ReusedSocketReset extends Error {}

/** @param pooled false: a new connection, closed after the answer (the retry). */
function post(target: URL, body: Buffer, pooled = true): Promise<void> {
  const secure = target.protocol === 'https:';
  const send = secure ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      target,
      {
        method: 'POST',
        agent: pooled ? (secure ? httpsAgent : httpAgent) : false,
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'content-length': body.length,
        },
        timeout: RESPONSE_URL_TIMEOUT_MS,
      },
      (res) => {
        const status = res.statusCode ?? 0;
        res.resume();
        res.on('end', () =>
          status >= 200 && status < 300
            ? resolve()
            : reject(new Error(`response_url answered HTTP ${status}`)),
        );
        res.on('error', reject);
      },
    );
    req.on('timeout', () =>
      req.destroy(new Error(`response_url did not answer within ${RESPONSE_URL_TIMEOUT_MS} ms`)),
    );
    req.on('error', (err: NodeJS.ErrnoException) =>
      reject(
        req.reusedSocket && (err.code === 'ECONNRESET' || err.code === 'EPIPE')
          ? new ReusedSocketReset(err.message, { cause: err })
          : err,
      ),
    );
    req.end(body);
  });
}

/** A `respond`-like function for one event: our poster when there is a response_url, else Bolt's. */
export function responderFor(
  responseUrl: string | undefined,
  fallback: (message: RespondArguments) => Promise<unknown>,
) {
  return async (message: RespondArguments): Promise<void> => {
    if (responseUrl) await postToResponseUrl(responseUrl, message);
    else await fallback(message);
  };
}

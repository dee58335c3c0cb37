/**
 * HTTP mode: every signed request to `/slack/events` is read (bounded), checked against the
 * signing secret and judged (slack-payload-shape.ts) *before* Bolt's HTTPReceiver sees it. Bolt
 * reads `body.ssl_check` of whatever JSON it parsed, so a signed `payload=null` used to end the
 * process; a payload of the wrong shape waited 3 s for a 404 or got a 500. Now: malformed → 400 at
 * once, a kind we do not handle → 200 (acknowledged), everything else → Bolt, which reuses the
 * body already read. Unsigned or badly signed requests go to Bolt unchanged (it answers 401).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import type { Logger } from '../../logger.ts';
import { judgePayload } from './slack-payload-shape.ts';

/** Largest body taken (Slack's payloads are far smaller; Bolt's own default is 4 MB). */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Slack's replay window for a request timestamp. */
const MAX_AGE_S = 5 * 60;

const FORM = 'application/x-www-form-urlencoded';

export interface RequestGuardOptions {
  signingSecret: string;
  /** The path Bolt serves events on (`/slack/events`). */
  path: string;
  logger: Logger;
  /** Unix seconds (tests pass their own). */
  nowSeconds?: () => number;
}

/** Whether the request carries a valid v0 signature of `body` made in the last five minutes. */
export function isSignedBySlack(
  secret: string,
  req: IncomingMessage,
  body: Buffer,
  nowSeconds: number,
): boolean {
  const signature = req.headers['x-slack-signature'];
  const timestamp = Number(req.headers['x-slack-request-timestamp']);
  if (typeof signature !== 'string' || !Number.isInteger(timestamp)) return false;
  if (Math.abs(nowSeconds - timestamp) > MAX_AGE_S) return false;
  const expected = Buffer.from(
    `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:`).update(body).digest('hex')}`,
  );
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Parses a body the way Bolt does (form with a `payload` field, form, or JSON); throws when it cannot. */
export function parseSlackBody(contentType: string | undefined, body: Buffer): unknown {
  const text = body.toString('utf8');
  if (contentType === FORM) {
    const form = parseQuery(text);
    return typeof form.payload === 'string' ? JSON.parse(form.payload) : form;
  }
  return JSON.parse(text);
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function answer(res: ServerResponse, status: number): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(status === 200 ? '' : `${status}\n`);
}

/**
 * Wraps Bolt's request listener. Only POSTs to `options.path` are screened; any other request
 * (custom routes such as /healthz) goes straight to Bolt.
 */
export function guardRequests(
  inner: RequestListener,
  options: RequestGuardOptions,
): RequestListener {
  const now = options.nowSeconds ?? (() => Math.floor(Date.now() / 1000));
  const log = options.logger;

  async function screen(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === null) {
      log.warn({ limitBytes: MAX_BODY_BYTES }, 'Slack request refused: the body is too large');
      return answer(res, 413);
    }
    // Bolt reads the body from here instead of the (already consumed) stream.
    (req as IncomingMessage & { rawBody?: Buffer }).rawBody = body;
    if (!isSignedBySlack(options.signingSecret, req, body, now())) return inner(req, res);
    let parsed: unknown;
    try {
      parsed = parseSlackBody(req.headers['content-type'], body);
    } catch {
      log.warn({ bytes: body.length }, 'Slack request refused: the body is not readable');
      return answer(res, 400);
    }
    const verdict = judgePayload(parsed);
    if (verdict.kind === 'malformed') {
      log.warn(
        { reason: verdict.reason, bytes: body.length },
        'Slack request refused: a signed body of the wrong shape',
      );
      return answer(res, 400);
    }
    if (verdict.kind === 'ignored') {
      log.debug(
        { type: verdict.type },
        'Slack request acknowledged and ignored (not a kind we use)',
      );
      return answer(res, 200);
    }
    return inner(req, res);
  }

  return (req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (req.method !== 'POST' || path !== options.path) return inner(req, res);
    screen(req, res).catch((err: unknown) => {
      log.error({ err }, 'Slack request failed before it reached Bolt');
      answer(res, 500);
    });
  };
}

/** HTTP plumbing of the fake Slack Web API: body parsing and Slack-shaped answers. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';

/** How the next call of a method fails. */
export type FakeFailure =
  | { error: string; needed?: string; extra?: Record<string, unknown> }
  | { status: 429; retryAfter: number }
  | { status: number };

export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const JSON_ARGS = new Set(['blocks', 'attachments', 'files', 'metadata', 'view']);

/** Form bodies carry JSON-encoded arrays/objects (blocks, files); JSON bodies are taken as they are. */
export function parseArgs(contentType: string, raw: Buffer): Record<string, unknown> {
  const text = raw.toString('utf8');
  if (contentType.includes('application/json'))
    return JSON.parse(text || '{}') as Record<string, unknown>;
  if (!contentType.includes('application/x-www-form-urlencoded')) return { _bytes: raw.length };
  const args: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parseQuery(text))) {
    const single = Array.isArray(value) ? value[0] : value;
    args[key] = single !== undefined && JSON_ARGS.has(key) ? JSON.parse(single) : single;
  }
  return args;
}

export function sendJson(
  res: ServerResponse,
  body: unknown,
  status = 200,
  headers: Record<string, string> = {},
): void {
  res
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
    .end(JSON.stringify(body));
}

export function sendFailure(res: ServerResponse, failure: FakeFailure): void {
  if ('error' in failure) {
    sendJson(res, {
      ok: false,
      error: failure.error,
      ...(failure.needed ? { needed: failure.needed } : {}),
      ...failure.extra,
    });
  } else if (failure.status === 429 && 'retryAfter' in failure) {
    sendJson(res, { ok: false, error: 'ratelimited' }, 429, {
      'retry-after': String(failure.retryAfter),
    });
  } else {
    res
      .writeHead(failure.status, { 'content-type': 'text/html' })
      .end('<html><body>upstream error</body></html>');
  }
}

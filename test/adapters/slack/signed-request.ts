/** Slack's request signing (v0), to post commands and clicks into the HTTP receiver. */
import { createHmac } from 'node:crypto';

/** `v0=` + HMAC-SHA256(secret, `v0:<timestamp>:<body>`). */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SignedPostOptions {
  secret: string;
  /** Unix seconds; defaults to now. */
  timestamp?: number;
  /** Overrides the computed signature (to send a bad one); null leaves the header out. */
  signature?: string | null;
  retryNum?: number;
  /** Default: a form body; the Events API posts JSON. */
  contentType?: 'application/x-www-form-urlencoded' | 'application/json';
}

/** Form body of a slash command. */
export function commandBody(fields: Record<string, unknown>): string {
  return new URLSearchParams(
    Object.entries(fields).map(([k, v]): [string, string] => [k, String(v)]),
  ).toString();
}

/** Form body of an interactive payload (`payload=<json>`). */
export function interactiveBody(payload: unknown): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** POSTs a signed form body; resolves with the status and body of the response. */
export async function postSigned(
  url: string,
  body: string,
  options: SignedPostOptions,
): Promise<{ status: number; body: string }> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const signature =
    options.signature === undefined
      ? slackSignature(options.secret, timestamp, body)
      : options.signature;
  const headers: Record<string, string> = {
    'content-type': options.contentType ?? 'application/x-www-form-urlencoded',
    'x-slack-request-timestamp': String(timestamp),
  };
  if (signature !== null) headers['x-slack-signature'] = signature;
  if (options.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(options.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  const res = await fetch(url, { method: 'POST', headers, body });
  return { status: res.status, body: await res.text() };
}

// Slack's v0 request signing, as Slack does it: HMAC-SHA256 of "v0:<timestamp>:<raw body>" with the signing secret.
// The fake signs everything it sends to the app; tests forge or age the headers to check the app refuses them.
import { createHmac } from 'node:crypto';

export interface SignedHeaders {
  'x-slack-request-timestamp': string;
  'x-slack-signature': string;
}

/** Headers for `body` signed with `secret` at `timestamp` (seconds; now by default). */
export function sign(body: string, secret: string, timestamp = Math.floor(Date.now() / 1000)): SignedHeaders {
  const signature = createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex');
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': `v0=${signature}` };
}

// Who may use the web routes. /healthz is for everyone; the preview, its API (which opens real cases) and
// /metrics answer only on this machine, unless WEB_EXPOSE opens them to others behind WEB_TOKEN.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError } from './http.ts';

/** Local only (the default), or open to other machines to whoever sends the token. */
export type WebAccess = { exposed: false } | { exposed: true; token: string };

export const LOCAL_ONLY: WebAccess = { exposed: false };

/** Tokens shorter than this are refused at start: the token is all that guards the preview when exposed. */
export const MIN_TOKEN_LENGTH = 16;

const LOOPBACK_ADDRESS = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;
/** Names a browser on this machine uses; any other Host is a page elsewhere resolving its name to us (DNS rebinding). */
const LOOPBACK_HOST = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/i;

/** Throws the HttpError to answer when `req` may not use a route other than /healthz. */
export function checkAccess(req: IncomingMessage, res: ServerResponse, access: WebAccess): void {
  if (!access.exposed) {
    if (!LOOPBACK_ADDRESS.test(req.socket.remoteAddress ?? '') || !LOOPBACK_HOST.test(req.headers.host ?? '')) {
      throw new HttpError(403, 'the preview, /api and /metrics answer only on this machine, at localhost; set WEB_EXPOSE=true and WEB_TOKEN to open them to others');
    }
    return;
  }
  if (!sameSecret(tokenOf(req), access.token)) {
    // Browsers ask for Basic credentials themselves: any user name, the token as password.
    res.setHeader('www-authenticate', 'Basic realm="shoplink", charset="UTF-8"');
    throw new HttpError(401, 'send WEB_TOKEN: Authorization: Bearer <token>, or Basic with the token as password');
  }
}

function tokenOf(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization ?? '';
  const bearer = /^Bearer\s+(.+)$/i.exec(header)?.[1];
  if (bearer) return bearer.trim();
  const basic = /^Basic\s+(.+)$/i.exec(header)?.[1];
  if (!basic) return undefined;
  const decoded = Buffer.from(basic, 'base64').toString('utf8');
  return decoded.slice(decoded.indexOf(':') + 1);
}

/** Compares digests, so the time taken says nothing about how much of the token was right. */
function sameSecret(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(token));
}

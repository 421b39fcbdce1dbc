// What a failed Discord call looks like in the logs: status, code, route and message, never the request body
// (it can hold user text) nor the interaction token in the URL (it lets anyone answer for the bot).
import { DiscordAPIError, HTTPError } from 'discord.js';

export function describeError(err: unknown): Record<string, unknown> {
  if (err instanceof DiscordAPIError) {
    return { name: err.name, status: err.status, code: err.code, method: err.method, route: redact(err.url), message: err.message };
  }
  if (err instanceof HTTPError) return { name: err.name, status: err.status, method: err.method, route: redact(err.url), message: err.message };
  if (err instanceof Error) return { name: err.name, message: err.message, stack: err.stack };
  return { message: String(err) };
}

/** Hides the token part of interaction and webhook URLs. */
export function redact(url: string): string {
  return url.replace(/(\/interactions\/\d+\/)[^/?]+/, '$1:token').replace(/(\/webhooks\/\d+\/)[^/?]+/, '$1:token');
}

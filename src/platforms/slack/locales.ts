// Slack sends no locale with events, commands or clicks: a user's locale ("es-ES") is read with users.info
// (include_locale, scope users:read) and kept a while per user. Never waited on for long: slow or failed means none.
import type { webApi } from '@slack/bolt';
import { languageOfLocale } from '../../i18n/locale.ts';
import type { Language } from '../../i18n/languages.ts';
import type { Logger } from '../../log.ts';

/** People rarely change their Slack language; a change shows within this long. */
export const LOCALE_TTL_MS = 6 * 3_600_000;
/** A lookup that failed (a scope missing, Slack down) is not tried again for every message. */
export const FAILED_LOOKUP_TTL_MS = 5 * 60_000;
/** Users remembered at most; the least recently asked about go first. */
export const MAX_LOCALES = 10_000;
/**
 * How long a turn waits for a user's first lookup. An event is acknowledged once its turn is stored (within
 * 2.5 s), so this must stay small; a lookup still running goes on and serves the user's next turn.
 */
export const LOCALE_WAIT_MS = 400;

interface Known {
  locale?: string;
  until: number;
}

export class SlackLocales {
  private known = new Map<string, Known>();
  private pending = new Map<string, Promise<string | undefined>>();

  constructor(
    private readonly client: webApi.WebClient,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
    private readonly max = MAX_LOCALES,
  ) {}

  /** The user's locale as known now, without asking Slack. */
  cached(user: string): string | undefined {
    const k = this.known.get(user);
    if (!k || k.until <= this.now()) return undefined;
    // Asked about again: the most recently used stay when the map is full.
    this.known.delete(user);
    this.known.set(user, k);
    return k.locale;
  }

  /** The language of the user's locale as known now (one shoplink speaks), without asking Slack. */
  languageKnown(user: string): Language | undefined {
    return languageOfLocale(this.cached(user));
  }

  /**
   * The user's locale: known, or looked up, waiting at most `waitMs`. Undefined when Slack does not say in time
   * (the lookup then finishes for next time) or at all.
   */
  async of(user: string, waitMs = LOCALE_WAIT_MS): Promise<string | undefined> {
    const k = this.known.get(user);
    if (k && k.until > this.now()) return this.cached(user);
    const lookup = this.pending.get(user) ?? this.lookUp(user);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), waitMs);
      timer.unref();
    });
    try {
      return await Promise.race([lookup, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  private lookUp(user: string): Promise<string | undefined> {
    const lookup = this.client.users
      .info({ user, include_locale: true })
      .then(
        (res) => {
          const locale = typeof res.user?.locale === 'string' && res.user.locale ? res.user.locale : undefined;
          this.remember(user, { locale, until: this.now() + LOCALE_TTL_MS });
          return locale;
        },
        (err: unknown) => {
          const error = (err as { data?: { error?: string } }).data?.error ?? (err as Error).message;
          this.log.debug({ user, error }, 'users.info gave no locale; the user is answered without one (users:read is needed)');
          this.remember(user, { until: this.now() + FAILED_LOOKUP_TTL_MS });
          return undefined;
        },
      )
      .finally(() => this.pending.delete(user));
    this.pending.set(user, lookup);
    return lookup;
  }

  private remember(user: string, k: Known): void {
    this.known.delete(user);
    this.known.set(user, k);
    if (this.known.size > this.max) this.known.delete(this.known.keys().next().value!);
  }
}

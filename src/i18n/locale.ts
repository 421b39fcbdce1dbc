// Which of our languages a platform's locale means: Discord's "es-ES", a browser's Accept-Language list,
// a terminal's LANG ("id_ID.UTF-8"). A locale in a language we do not speak says nothing.
import { isLanguage, type Language } from './languages.ts';

/** POSIX locales ("es_MX.UTF-8@euro") written as BCP 47 ("es-MX"); "C" and "POSIX" name no language. */
function bcp47(tag: string): string | undefined {
  const t = tag.trim().replace(/[.@].*$/, '').replace(/_/g, '-');
  if (!t || t === 'C' || t === 'POSIX' || t === '*') return undefined;
  return t;
}

/**
 * Tags already read: every Discord interaction carries its user's locale, and there are a few dozen of them, while
 * building an Intl.Locale costs about 30 µs. `null` is a tag naming none of our languages.
 */
const known = new Map<string, Language | null>();
/** Far more than the tags in use (a header or a terminal could send any text); past it the map starts again. */
const KNOWN = 1000;

/** Our language for one locale tag ("es-419" → es, "in-ID" → id, "fr-FR" → undefined). */
export function languageOfLocale(tag: string | undefined): Language | undefined {
  if (tag === undefined) return undefined;
  let language = known.get(tag);
  if (language === undefined) {
    language = readLocale(tag) ?? null;
    if (known.size >= KNOWN) known.clear();
    known.set(tag, language);
  }
  return language ?? undefined;
}

function readLocale(tag: string): Language | undefined {
  const t = bcp47(tag);
  if (!t) return undefined;
  try {
    // Intl.Locale knows the aliases (Java's "in" for Indonesian) and ignores region and script.
    const language = new Intl.Locale(t).language;
    return isLanguage(language) ? language : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The locale an Accept-Language header prefers among ours ("fr-CA, es;q=0.8, en;q=0.5" → "es"), in its own
 * form, so a conversation can read it as any platform's locale. Undefined when it names none of ours.
 */
export function localeOfAcceptLanguage(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.split(';').map((p) => p.trim());
      const q = params.find((p) => p.startsWith('q='));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { tag, weight: Number.isFinite(weight) ? weight : 0, order };
    })
    .filter((r) => r.weight > 0 && languageOfLocale(r.tag) !== undefined)
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
  return ranked[0]?.tag;
}

/** The terminal's locale, as the C library reads it: LC_ALL, then LC_MESSAGES, then LANG. */
export function terminalLocale(env: NodeJS.ProcessEnv): string | undefined {
  const tag = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return tag === undefined ? undefined : bcp47(tag);
}

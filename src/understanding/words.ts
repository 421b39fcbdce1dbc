// The content words of a message in a language: its tokens without filler, stemmed, synonyms folded,
// so "Can't connect my store", "cannot link shop" and "no puedo vincular mi tienda" share their words.
import type { Lexicon } from './lexicon.ts';
import { EN } from './lexicons/en.ts';
import { normalize, tokens } from './text.ts';

interface Prepared {
  filler: Set<string>;
  /** Synonyms by the word as written and by its stem. */
  synonyms: Map<string, string>;
  /** One pattern for all compounds, longest first, and the word each stands for. */
  compounds?: { re: RegExp; to: Map<string, string> };
}

const prepared = new WeakMap<Lexicon, Prepared>();

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * Every country's name in the lexicon's languages (Intl.DisplayNames) → "country": "is TikTok Shop in
 * Brunei?" asks what "in my country" asks. Short names ("Ý", "Oman") are too often other words.
 */
function countryNames(lex: Lexicon): [string, string][] {
  const out: [string, string][] = [];
  for (const code of new Set([lex.code, lex.also?.code ?? lex.code])) {
    const names = new Intl.DisplayNames([code], { type: 'region', fallback: 'none' });
    for (const a of LETTERS) {
      for (const b of LETTERS) {
        const name = names.of(a + b);
        if (name && name.length >= 5) out.push([name, 'country']);
      }
    }
  }
  return out;
}

function prepare(lex: Lexicon): Prepared {
  let p = prepared.get(lex);
  if (p) return p;
  const synonyms = new Map<string, string>();
  // A target is stemmed like any word, so the word itself and its synonyms fold to the same thing.
  const entries = Object.entries(lex.synonyms).map(([k, v]) => [normalize(k) || k, lex.stem(v)] as const);
  for (const [k, v] of entries) synonyms.set(k, v);
  for (const [k, v] of entries) if (!synonyms.has(lex.stem(k))) synonyms.set(lex.stem(k), v);
  const to = new Map([...countryNames(lex), ...Object.entries(lex.compounds)].map(([k, v]) => [normalize(k), v] as const));
  const keys = [...to.keys()].filter(Boolean).sort((a, b) => b.length - a.length);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  p = {
    filler: new Set(lex.filler.map((w) => normalize(w) || w)),
    synonyms,
    compounds: keys.length ? { re: new RegExp(`(?<=^| )(?:${keys.map(escape).join('|')})(?= |$)`, 'g'), to } : undefined,
  };
  prepared.set(lex, p);
  return p;
}

/** One word as the router compares it: mapped to its synonym as written ("penjual" is a seller, not "jual"), else stemmed and mapped. */
export function fold(word: string, lex: Lexicon = EN): string {
  const { synonyms } = prepare(lex);
  const s = lex.stem(word);
  return synonyms.get(word) ?? synonyms.get(s) ?? s;
}

/** A normalised text with its compounds made one word ("cua hang" → "shop"). */
export function joinCompounds(normalized: string, lex: Lexicon = EN): string {
  const { compounds } = prepare(lex);
  return compounds ? normalized.replace(compounds.re, (m) => compounds.to.get(m) ?? m) : normalized;
}

/** The content words of a text, folded, without duplicates. */
export function contentWords(text: string, lex: Lexicon = EN): string[] {
  const { filler } = prepare(lex);
  // A number ("17", "2", "12k") says how much, not what about.
  const words = tokens(joinCompounds(normalize(text), lex)).filter((w) => !filler.has(w) && !/^\d+[a-z]{0,2}$/.test(w));
  return [...new Set(words.map((w) => fold(w, lex)).filter((w) => !filler.has(w)))];
}

/** Whether a normalised text starts with a phrase (whole words). */
export function startsWithPhrase(normalized: string, phrase: string): boolean {
  return normalized === phrase || normalized.startsWith(`${phrase} `);
}

/** Whether a normalised text holds a phrase as whole words. */
export function hasPhrase(normalized: string, phrase: string): boolean {
  return ` ${normalized} `.includes(` ${phrase} `);
}

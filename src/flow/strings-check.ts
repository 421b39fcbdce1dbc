// Checks the engine's sentences per language (src/i18n/strings/<lang>.json) against English: the same keys,
// and in each sentence the same {{values}}, so no translation drops a case number or names one that isn't there.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isLanguage, SOURCE_LANGUAGE } from '../i18n/languages.ts';
import { STRINGS_DIR } from '../i18n/strings.ts';
import type { Problem } from './problem.ts';
import { shortPath } from './translations.ts';

/** Every sentence by dotted key ("topics.payouts"). */
function flatten(value: unknown, prefix = '', into = new Map<string, unknown>()): Map<string, unknown> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, into);
  } else into.set(prefix, value);
  return into;
}

const variables = (text: unknown) => [...new Set(typeof text === 'string' ? [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]!) : [])].sort();

/** The line a dotted key is written on: each part found after the one before it. */
function lineOf(source: string, key: string): number | undefined {
  let at = 0;
  for (const part of key.split('.')) {
    const found = source.indexOf(`${JSON.stringify(part)}:`, at);
    if (found < 0) return undefined;
    at = found;
  }
  return source.slice(0, at).split('\n').length;
}

export function checkStrings(dir: URL | string = STRINGS_DIR): Problem[] {
  const folder = typeof dir === 'string' ? dir : fileURLToPath(dir);
  const read = (name: string) => readFileSync(`${folder}/${name}`, 'utf8');
  const english = flatten(JSON.parse(read(`${SOURCE_LANGUAGE}.json`)));
  const problems: Problem[] = [];
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.json')).sort()) {
    const language = name.slice(0, -'.json'.length);
    if (language === SOURCE_LANGUAGE) continue;
    const file = shortPath(`${folder}/${name}`);
    if (!isLanguage(language)) {
      problems.push({ file, path: '', message: `"${language}" is not a language shoplink speaks (src/i18n/languages.ts)` });
      continue;
    }
    const source = read(name);
    let strings: Map<string, unknown>;
    try {
      strings = flatten(JSON.parse(source));
    } catch (err) {
      problems.push({ file, path: '', message: `not valid JSON: ${(err as Error).message}` });
      continue;
    }
    for (const [key, text] of english) {
      if (!strings.has(key)) {
        problems.push({ file, path: key, message: `not translated (English: "${String(text).slice(0, 50)}${String(text).length > 50 ? '…' : ''}")` });
        continue;
      }
      const theirs = strings.get(key);
      if (typeof theirs !== 'string' || theirs.trim() === '') {
        problems.push({ file, path: key, line: lineOf(source, key), message: 'must be a sentence (a non-empty string)' });
        continue;
      }
      const want = variables(text);
      const have = variables(theirs);
      if (want.join() !== have.join()) {
        const names = (list: string[]) => (list.length ? list.map((v) => `{{${v}}}`).join(', ') : 'none');
        problems.push({ file, path: key, line: lineOf(source, key), message: `has ${names(have)} where English has ${names(want)}` });
      }
    }
    for (const key of strings.keys()) {
      if (!english.has(key)) problems.push({ file, path: key, line: lineOf(source, key), message: 'English has no such sentence (renamed or removed?)' });
    }
  }
  return problems;
}

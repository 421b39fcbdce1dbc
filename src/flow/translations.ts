// Reads flows/i18n/<lang>/<flow>.yaml into the words of each flow per language. Schema problems are
// reported with file, path and line like a flow's; whether the keys fit the flows is check's business.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { isLanguage, SOURCE_LANGUAGE, type Language } from '../i18n/languages.ts';
import { readYaml } from './load.ts';
import type { Problem } from './problem.ts';
import { FlowText } from './translation.ts';

/** Where translations live, inside the flows folder. */
export const TRANSLATIONS_DIR = 'i18n';

/** Per language, per flow id, that flow's words. English is the flows themselves and never appears here. */
export type Translations = ReadonlyMap<Language, ReadonlyMap<string, FlowText>>;

export interface TranslationFile {
  language: Language;
  flow: string;
  file: string;
  text: FlowText;
  lineOf(path: readonly (string | number)[]): number | undefined;
}

/** A path relative to the working directory when it is inside it, for problems. */
export function shortPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** Parses one translation file's text. */
export function parseTranslation(file: string, language: Language, flow: string, source: string): { file?: TranslationFile; problems: Problem[] } {
  const read = readYaml(file, source);
  if ('problems' in read) return read;
  const { lineOf } = read;
  const parsed = FlowText.safeParse(read.value);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.flatMap((issue): Problem[] => {
        const path = issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k));
        if (issue.code === 'unrecognized_keys') {
          return issue.keys.map((key) => ({ file, path: [...path, key].join('.'), line: lineOf([...path, key]), message: `unknown key "${key}"` }));
        }
        return [{ file, path: path.join('.'), line: lineOf(path), message: issue.message }];
      }),
    };
  }
  return { file: { language, flow, file, text: parsed.data, lineOf }, problems: [] };
}

/** Loads every language folder under `<flowsDir>/i18n`; a missing folder means English only. */
export function loadTranslations(flowsDir: string): { files: TranslationFile[]; translations: Translations; problems: Problem[] } {
  const root = join(flowsDir, TRANSLATIONS_DIR);
  const files: TranslationFile[] = [];
  const problems: Problem[] = [];
  if (existsSync(root)) {
    for (const lang of readdirSync(root).sort()) {
      const dir = join(root, lang);
      if (!isLanguage(lang) || lang === SOURCE_LANGUAGE) {
        problems.push({ file: shortPath(dir), path: '', message: `"${lang}" is not a language shoplink speaks besides English (src/i18n/languages.ts)` });
        continue;
      }
      for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
        const path = join(dir, name);
        const result = parseTranslation(shortPath(path), lang, name.replace(/\.ya?ml$/, ''), readFileSync(path, 'utf8'));
        problems.push(...result.problems);
        if (result.file) files.push(result.file);
      }
    }
  }
  const translations = new Map<Language, Map<string, FlowText>>();
  for (const f of files) {
    if (!translations.has(f.language)) translations.set(f.language, new Map());
    translations.get(f.language)!.set(f.flow, f.text);
  }
  return { files, translations, problems };
}

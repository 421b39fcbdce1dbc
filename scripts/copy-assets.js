// Build step after tsc: copies what the compiled bot reads at run time but tsc does not emit, so dist/ runs
// with plain node and a production install (`npm ci --omit=dev`): the preview's scripts and styles,
// Mermaid's single browser file (Mermaid itself is a devDependency; only this file ships), and the engine's
// sentences per language (src/i18n/strings/*.json) and the learned readings (src/understanding/learned/*.json), read
// from beside the code.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const from = `${root}src/web/assets/`;
const to = `${root}dist/web/assets/`;
mkdirSync(to, { recursive: true });
const own = readdirSync(from).filter((name) => /\.(js|css)$/.test(name));
for (const name of own) copyFileSync(from + name, to + name);
copyFileSync(createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js'), `${to}mermaid.min.js`);
console.log(`Copied ${own.length} preview assets and mermaid.min.js to dist/web/assets/.`);

const strings = `${root}src/i18n/strings/`;
mkdirSync(`${root}dist/i18n/strings/`, { recursive: true });
const languages = readdirSync(strings).filter((name) => name.endsWith('.json'));
for (const name of languages) copyFileSync(strings + name, `${root}dist/i18n/strings/${name}`);
console.log(`Copied ${languages.length} string files to dist/i18n/strings/.`);

const learned = `${root}src/understanding/learned/`;
mkdirSync(`${root}dist/understanding/learned/`, { recursive: true });
const models = readdirSync(learned).filter((name) => name.endsWith('.json'));
for (const name of models) copyFileSync(learned + name, `${root}dist/understanding/learned/${name}`);
console.log(`Copied ${models.length} learned readings to dist/understanding/learned/.`);

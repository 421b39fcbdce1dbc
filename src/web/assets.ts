// GET /assets/<name>: the preview's own scripts and styles, and Mermaid's one browser file, so the pages
// work with no internet and no CDN. Only the files named here are served: no path ever reaches the disk.
import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { ServerResponse } from 'node:http';

const own = (name: string) => fileURLToPath(new URL(`./assets/${name}`, import.meta.url));
const JS = 'text/javascript; charset=utf-8';

const FILES: Record<string, { path: () => string; type: string }> = {
  'chat.js': { path: () => own('chat.js'), type: JS },
  'markdown.js': { path: () => own('markdown.js'), type: JS },
  'flow.js': { path: () => own('flow.js'), type: JS },
  'live.js': { path: () => own('live.js'), type: JS },
  'preview.css': { path: () => own('preview.css'), type: 'text/css; charset=utf-8' },
  // The UMD build: one file that defines window.mermaid (the ESM build pulls in dozens of chunks). The build
  // copies it beside our assets, so production installs no Mermaid package; from source it comes from node_modules.
  'mermaid.min.js': { path: () => (existsSync(own('mermaid.min.js')) ? own('mermaid.min.js') : createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js')), type: JS },
};

/** Streams a known asset; false when the name is not one (the router answers 404). */
export async function sendAsset(name: string, res: ServerResponse): Promise<boolean> {
  const file = Object.hasOwn(FILES, name) ? FILES[name] : undefined;
  if (!file) return false;
  const path = file.path();
  const { size } = await stat(path);
  // Mermaid is 3.5 MB and changes only with npm install; our files change while someone develops.
  const cache = name.startsWith('mermaid') ? 'public, max-age=86400' : 'no-cache';
  res.writeHead(200, { 'content-type': file.type, 'content-length': size, 'cache-control': cache, 'x-content-type-options': 'nosniff' });
  createReadStream(path)
    .on('error', () => res.destroy())
    .pipe(res);
  return true;
}

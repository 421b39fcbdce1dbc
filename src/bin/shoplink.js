#!/usr/bin/env node
// The `shoplink` command. From a clone it runs the TypeScript through tsx, so `npm install && npm start` needs no
// build; in a production install (`npm ci --omit=dev`: no tsx) it runs the build in dist/ (`npm run build`).
let tsx;
try {
  tsx = await import('tsx/esm/api');
} catch {
  // No tsx: a production install.
}
if (tsx) {
  tsx.register();
  await import('../cli.ts');
} else {
  try {
    await import('../../dist/cli.js');
  } catch (err) {
    if (err?.code !== 'ERR_MODULE_NOT_FOUND' || !String(err.message).includes('dist/cli.js')) throw err;
    console.error('shoplink: no build in dist/ and no tsx to run the source: run `npm run build` (or `npm install` for development).');
    process.exitCode = 1;
  }
}

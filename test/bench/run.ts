// `npm run bench`: runs every benchmark script in turn and prints their figures.
// Each script also runs alone: node --import tsx test/bench/<name>.ts
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SCRIPTS = ['engine', 'slack', 'discord', 'scale', 'faults'];

console.log(`shoplink benchmarks — node ${process.version}, ${new Date().toISOString()}`);
for (const name of SCRIPTS) {
  const file = fileURLToPath(new URL(`./${name}.ts`, import.meta.url));
  if (!existsSync(file)) continue;
  const { main } = (await import(file)) as { main: () => Promise<void> };
  await main();
}

// Where a turn's time goes: reads a `node --cpu-prof` profile of the engine bench and splits the samples
// taken in the engine's code into restore, interpret, language, transition, render, transcript, save, metrics.
//   BENCH_STORES=sqlite node --cpu-prof --cpu-prof-dir=prof --cpu-prof-interval 100 --import tsx test/bench/engine.ts
//   node --import tsx test/bench/breakdown.ts prof/*.cpuprofile
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

type Part = 'restore' | 'interpret' | 'language' | 'transition' | 'render' | 'transcript' | 'save' | 'metrics' | 'other';

/** Our functions, by file and name, and the part of a turn they do; the innermost one on a stack decides. */
const PARTS: [file: RegExp, name: RegExp, part: Part | 'pass'][] = [
  // Every store call passes through these: the store method that called them decides.
  [/src\/store\/(busy|sqlite)\.ts$/, /^(whileBusy|retry|busy)$/, 'pass'],
  [/src\/understanding\//, /./, 'interpret'],
  [/src\/i18n\//, /./, 'language'],
  [/src\/metrics\.ts$/, /./, 'metrics'],
  [/src\/conversation\/(render|action)\.ts$/, /^(?!decodeAction)/, 'render'],
  [/src\/store\/rows\.ts$/, /^fromRow$/, 'restore'],
  [/src\/store\/rows\.ts$/, /^toRow$/, 'save'],
  [/src\/store\/\w+\.ts$/, /^loadConversation$/, 'restore'],
  [/src\/store\/\w+\.ts$/, /^appendTurn$/, 'transcript'],
  [/src\/store\/\w+\.ts$/, /./, 'save'],
  [/src\/conversation\/conversation\.ts$/, /^load$/, 'restore'],
  [/src\/conversation\/conversation\.ts$/, /^(run|withFacts|back)$/, 'transition'],
  [/src\/conversation\/conversation\.ts$/, /^transcriptOf$/, 'transcript'],
  [/src\/flow\/compile\.ts$/, /./, 'transition'],
  [/src\//, /./, 'other'],
];

function partOf(frame: ProfileNode['callFrame']): Part | undefined {
  if (!frame.url.includes('/src/') || frame.functionName === '') return undefined;
  const part = PARTS.find(([file, name]) => file.test(frame.url) && name.test(frame.functionName))?.[2];
  return part === 'pass' ? undefined : part;
}

/**
 * What the innermost frame is, whoever called it: engine code, xstate, SQLite, or the rest. Node 20's profiles
 * show no frame for a native call (a statement's run, JSON.parse): its time is the calling function's own.
 */
function leafKind(frame: ProfileNode['callFrame']): string {
  if (frame.url.includes('/node_modules/xstate/')) return 'xstate';
  if (frame.url.includes('better-sqlite3') || frame.url.includes('/src/store/')) return 'SQLite (statements, and the store code calling them)';
  if (frame.url.endsWith('bare-turn.ts')) return 'SQLite and JSON (the bare turn calling them)';
  if (frame.url.includes('/src/')) return 'shoplink code';
  return 'other (V8 builtins, node)';
}

function analyse(profile: Profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stackOf = (id: number) => {
    const stack: ProfileNode[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(byId.get(at)!);
    return stack; // leaf first
  };
  const engine = new Map<Part, number>();
  const engineLeaf = new Map<string, number>();
  const bare = new Map<string, number>();
  let total = 0;
  let gc = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i + 1] ?? 0;
    total += us;
    const stack = stackOf(id);
    if (stack[0]!.callFrame.functionName === '(garbage collector)') gc += us;
    if (stack.some((n) => n.callFrame.functionName === 'turn' && n.callFrame.url.endsWith('bare-turn.ts'))) {
      const kind = leafKind(stack[0]!.callFrame);
      bare.set(kind, (bare.get(kind) ?? 0) + us);
      return;
    }
    // A turn resumes after each await without Conversations.handle on its stack: any of our code counts,
    // except the flows being loaded (the cold start).
    if (!stack.some((n) => n.callFrame.url.includes('/src/')) || stack.some((n) => n.callFrame.url.endsWith('src/flow/open.ts') || n.callFrame.url.endsWith('src/platforms/open-flows.ts'))) return;
    const part = stack.map((n) => partOf(n.callFrame)).find((p) => p !== undefined) ?? 'other';
    engine.set(part, (engine.get(part) ?? 0) + us);
    const kind = leafKind(stack[0]!.callFrame);
    engineLeaf.set(kind, (engineLeaf.get(kind) ?? 0) + us);
  });
  return { engine, engineLeaf, bare, total, gc };
}

function print(title: string, parts: Map<string, number>, order?: string[]): void {
  const sum = [...parts.values()].reduce((a, b) => a + b, 0);
  console.log(`${title}: ${(sum / 1000).toFixed(0)} ms of samples`);
  const keys = order ? order.filter((k) => parts.has(k)) : [...parts.keys()].sort((a, b) => parts.get(b)! - parts.get(a)!);
  for (const k of keys) console.log(`  ${k.padEnd(54)} ${((parts.get(k)! / sum) * 100).toFixed(1).padStart(5)} %  ${(parts.get(k)! / 1000).toFixed(0).padStart(7)} ms`);
}

for (const file of process.argv.slice(2)) {
  const { engine, engineLeaf, bare, total, gc } = analyse(JSON.parse(readFileSync(file, 'utf8')) as Profile);
  if (engine.size === 0 && bare.size === 0) continue;
  console.log(`${file}: ${(total / 1000).toFixed(0)} ms sampled, garbage collection ${((gc / total) * 100).toFixed(1)} % of it (not attributed)`);
  print('engine turn (our code on the stack), by part', engine, ['restore', 'interpret', 'language', 'transition', 'render', 'transcript', 'save', 'metrics', 'other']);
  print('engine turn, by what runs', engineLeaf);
  print('bare turn, by what runs', bare);
}

// An app under bench in its own worker thread: the main thread starts it and asks for its CPU; the worker
// serves those asks. Shared by the Slack and Discord benches so both sides of each are measured alike.
import { once } from 'node:events';
import { parentPort, Worker } from 'node:worker_threads';
import { threadCpuMs } from './thread-cpu.ts';

export interface AppThread<Ready> {
  /** What the worker sent once its app was up (a URL, or just "ready"). */
  ready: Ready;
  /** CPU the worker's own thread has used, in ms (undefined off Linux). */
  cpuMs: () => Promise<number | undefined>;
  stop: () => Promise<void>;
}

/** Starts `moduleUrl` in a worker with `data` as its workerData, and waits for its first message. */
export async function startAppThread<Ready>(moduleUrl: string, data: unknown): Promise<AppThread<Ready>> {
  // A worker does not inherit the tsx loader and Node 20 cannot start one on a .ts file: a JS stub loads both.
  const stub = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(moduleUrl)}); });`;
  const worker = new Worker(stub, { eval: true, workerData: data });
  const [ready] = (await once(worker, 'message')) as [Ready];
  return {
    ready,
    async cpuMs() {
      worker.postMessage('cpu');
      const [{ cpuMs }] = (await once(worker, 'message')) as [{ cpuMs?: number }];
      return cpuMs;
    },
    async stop() {
      worker.postMessage('stop');
      await once(worker, 'exit');
    },
  };
}

/** In the worker: says the app is up, then answers CPU asks until told to stop the app. */
export function serveAppThread(ready: unknown, stop: () => Promise<void>): void {
  parentPort!.postMessage(ready);
  parentPort!.on('message', (m) => {
    if (m === 'cpu') parentPort!.postMessage({ cpuMs: threadCpuMs() });
    else void stop().then(() => parentPort!.close());
  });
}

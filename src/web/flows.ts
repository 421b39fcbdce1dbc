// The flows the web preview runs: fixed, or reloaded from FLOWS_DIR whenever a file changes (--watch).
// A broken edit keeps the last good flows for conversations and keeps its problems for the pages to show.
import { watch, type FSWatcher } from 'node:fs';
import type { CompiledFlows } from '../flow/compile.ts';
import { checkedFlows } from '../platforms/open-flows.ts';
import type { Problem } from '../flow/problem.ts';
import type { Conversations } from '../conversation/conversation.ts';
import type { Logger } from '../log.ts';

/** Editors save in bursts (temp file, rename, chmod): one reload after the burst settles. */
const SETTLE_MS = 150;

export interface FlowSource {
  /** The engine over the last good flows; undefined only while the folder has never loaded cleanly. */
  readonly conversations: Conversations | undefined;
  /** What `flows check` finds in the folder now; empty when the running flows are the folder's. */
  readonly problems: readonly Problem[];
  /** Bumped by every reload, so open pages know to refresh. */
  readonly version: number;
  readonly watching: boolean;
  close(): void;
}

/** The flows the bot started with, never reloaded. */
export function fixedFlows(conversations: Conversations): FlowSource {
  return { conversations, problems: [], version: 1, watching: false, close() {} };
}

/**
 * Loads `dir` now and again whenever a file in it changes. `engine` builds a Conversations for freshly
 * compiled flows (the caller decides its store and observers).
 */
export class WatchedFlows implements FlowSource {
  conversations: Conversations | undefined;
  problems: Problem[] = [];
  version = 0;
  readonly watching = true;
  private watcher?: FSWatcher;
  private timer?: NodeJS.Timeout;

  constructor(
    readonly dir: string,
    private engine: (flows: CompiledFlows) => Conversations,
    private log: Logger,
  ) {
    this.reload();
    try {
      // Recursive: translations live in i18n/<lang>/ below the flows.
      this.watcher = watch(dir, { recursive: true }, () => this.soon());
      this.watcher.on('error', (err) => this.log.warn({ err, dir }, 'stopped watching the flows folder'));
    } catch (err) {
      // The folder may not exist yet; reload() has already reported that as a problem for the page.
      this.log.warn({ err, dir }, 'cannot watch the flows folder');
    }
  }

  private soon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.reload(), SETTLE_MS);
  }

  /** Loads and checks the folder and its translations; only flows without problems replace the running ones. */
  reload(): void {
    this.version++;
    try {
      // Gaps in a translation (English shows meanwhile) are `flows check`'s to list; they hold nothing back.
      const { compiled, problems } = checkedFlows(this.dir);
      this.problems = problems;
      if (!compiled) {
        this.log.warn({ problems: problems.length }, this.conversations ? 'flows have problems; the preview keeps the last good flows' : 'flows have problems; the preview shows them until they are fixed');
        return;
      }
      this.conversations = this.engine(compiled);
      this.log.info({ flows: compiled.contentFlows.length, version: this.version }, 'flows reloaded');
    } catch (err) {
      // A bug of ours in compiling must not take the preview down while someone is editing.
      this.problems = [{ file: this.dir, path: '', message: `could not load the flows: ${(err as Error).message}` }];
      this.log.error({ err }, 'reloading the flows failed');
    }
  }

  close(): void {
    clearTimeout(this.timer);
    this.watcher?.close();
  }
}

// Reads flows/*.yaml into validated Flow objects, keeping each node's line for error messages.
// Schema problems are reported here; cross-step and cross-flow rules are in check.ts.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { LineCounter, isNode, parseDocument, type Document } from 'yaml';
import { FlowFile } from './schema.ts';
import type { Problem } from './problem.ts';

export interface Flow extends FlowFile {
  /** Path of the file, relative to the working directory, for messages. */
  file: string;
  /** Short hash of the flow's content: conversations record it to notice edits. */
  version: string;
  /** The line of a path inside the file (the nearest existing parent if the path is missing). */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

export interface LoadResult {
  flows: Flow[];
  problems: Problem[];
}

function lineLocator(doc: Document, counter: LineCounter) {
  return (path: readonly (string | number)[]): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
    }
    return undefined;
  };
}

/** Parses and validates one flow file's text. */
export function parseFlow(file: string, text: string): { flow?: Flow; problems: Problem[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => ({
        file,
        path: '',
        line: e.linePos?.[0]?.line,
        message: `not valid YAML: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  const lineOf = lineLocator(doc, counter);
  const parsed = FlowFile.safeParse(doc.toJS());
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) => {
        const path = issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k));
        return { file, path: path.join('.'), line: lineOf(path), message: issue.message };
      }),
    };
  }
  const version = createHash('sha256').update(JSON.stringify(parsed.data)).digest('base64url').slice(0, 8);
  return { flow: { ...parsed.data, file, version, lineOf }, problems: [] };
}

/** Loads every `*.yaml` / `*.yml` file of a folder; a file whose name differs from its id is a problem. */
export function loadFlows(dir: string): LoadResult {
  const flows: Flow[] = [];
  const problems: Problem[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort();
  } catch (err) {
    return { flows, problems: [{ file: dir, path: '', message: `cannot read the flows folder (${(err as Error).message})` }] };
  }
  for (const name of names) {
    const path = join(dir, name);
    const file = relative(process.cwd(), path) || path;
    const result = parseFlow(file, readFileSync(path, 'utf8'));
    problems.push(...result.problems);
    if (!result.flow) continue;
    const expected = basename(name).replace(/\.ya?ml$/, '');
    if (result.flow.id !== expected) {
      problems.push({ file, path: 'id', line: result.flow.lineOf(['id']), message: `the id "${result.flow.id}" should match the file name "${expected}"` });
    }
    flows.push(result.flow);
  }
  return { flows, problems };
}

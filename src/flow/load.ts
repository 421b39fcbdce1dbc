// Reads flows/*.yaml into validated Flow objects, keeping each node's line for error messages.
// Schema problems are reported here; cross-step and cross-flow rules are in check.ts.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, isAbsolute, join, relative } from 'node:path';
import { LineCounter, isMap, isNode, isScalar, parseDocument, type Document } from 'yaml';
import { closest } from 'fastest-levenshtein';
import { Ask, Choice, FlowFile, Handoff, Remind, Step } from './schema.ts';
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

/** Every key the schema knows, to suggest the intended one for a misspelled key. */
const KNOWN_KEYS = [
  ...new Set([
    ...Object.keys(FlowFile.shape),
    ...Object.keys(Step.shape),
    ...Object.keys(Choice.shape),
    ...Object.keys(Ask.shape),
    ...Object.keys(Handoff.shape),
    ...Object.keys(Remind.shape),
  ]),
];

/** The line of a path inside a parsed file: a map entry at its key's line, a missing path at its nearest parent's. */
export function lineLocator(doc: Document, counter: LineCounter) {
  return (path: readonly (string | number)[]): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      // A map entry is found at its key's line: the value of a nested map starts a line later.
      const parent = n === 0 ? undefined : n === 1 ? doc.contents : doc.getIn(path.slice(0, n - 1), true);
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path[n - 1]);
        if (isNode(pair?.key) && pair.key.range) return counter.linePos(pair.key.range[0]).line;
      }
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
    }
    return undefined;
  };
}

/**
 * A YAML file's text as plain values, with a line locator for its paths; or why it is no valid YAML, as problems
 * (an alias before its anchor only shows when the values are built).
 */
export function readYaml(file: string, text: string): { value: unknown; lineOf: ReturnType<typeof lineLocator> } | { problems: Problem[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const problem = (message: string, line?: number): Problem => ({ file, path: '', line, message: `not valid YAML: ${message.split('\n')[0]}` });
  if (doc.errors.length > 0) return { problems: doc.errors.map((e) => problem(e.message, e.linePos?.[0]?.line)) };
  try {
    return { value: doc.toJS(), lineOf: lineLocator(doc, counter) };
  } catch (err) {
    return { problems: [problem(err instanceof Error ? err.message : String(err))] };
  }
}

/** Parses and validates one flow file's text. */
export function parseFlow(file: string, text: string): { flow?: Flow; problems: Problem[] } {
  const read = readYaml(file, text);
  if ('problems' in read) return read;
  const { lineOf } = read;
  const parsed = FlowFile.safeParse(read.value);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.flatMap((issue): Problem[] => {
        const path = issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k));
        if (issue.code === 'unrecognized_keys') {
          return issue.keys.map((key) => ({
            file,
            path: [...path, key].join('.'),
            line: lineOf([...path, key]),
            message: `unknown key "${key}" (did you mean "${closest(key, KNOWN_KEYS)}"?)`,
          }));
        }
        return [{ file, path: path.join('.'), line: lineOf(path), message: issue.message }];
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
  if (names.length === 0) problems.push({ file: dir, path: '', message: 'no flow files (*.yaml) in this folder' });
  for (const name of names) {
    const path = join(dir, name);
    // Short paths for files under the working directory (flows/menu.yaml), full ones elsewhere.
    const rel = relative(process.cwd(), path);
    const file = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
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

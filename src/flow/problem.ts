// A problem found in a flow file, pinned to file, path inside it and line, so staff can fix it fast.
// Loader and checker both report these; FlowError carries them when loading must stop.

export interface Problem {
  file: string;
  /** Dotted path inside the file, e.g. `steps.escalate.goto`. */
  path: string;
  line?: number;
  message: string;
}

export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return p.path ? `${where}: ${p.path}: ${p.message}` : `${where}: ${p.message}`;
}

/** Thrown when flows cannot be used; its message lists every problem, one a line. */
export class FlowError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => `FlowError: ${formatProblem(p)}`).join('\n'));
    this.name = 'FlowError';
  }
}

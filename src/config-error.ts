// A setting that is wrong or missing: one line per problem, each starting with the variable and saying the fix.
// Every part of the configuration (the core, each platform's settings) reports in this one format.

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** zod's issues as lines `VARIABLE: what to do`. */
export function issueLines(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string[] {
  return issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`);
}

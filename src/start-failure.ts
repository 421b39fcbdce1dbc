// Turns what can stop start-up into one line naming the setting to change and how: a refused or missing database,
// a taken port, a token the platform refuses. The operator reads a sentence, not a stack.
/** Where DATABASE_URL points, without its password. */
const where = (url: string) => url.replace(/\/\/[^@/]*@/, '//').replace(/\?.*$/, '');

/** The error as the one line shoplink prints, or undefined when it is not one start-up knows (a bug: keep the stack). */
export function explainStartFailure(err: unknown, databaseUrl?: string): string | undefined {
  if (!(err instanceof Error)) return undefined;
  if (err.name === 'ConfigError' || err.name === 'FlowError') return err.message;
  const code = (err as NodeJS.ErrnoException).code;
  const db = databaseUrl ? where(databaseUrl) : 'the database';
  if (databaseUrl?.startsWith('postgres')) {
    if (code === 'ECONNREFUSED') return `DATABASE_URL: nothing answers at ${db} (connection refused); start PostgreSQL there or point DATABASE_URL at the running server`;
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `DATABASE_URL: the host of ${db} is not known (${code}); check the host name in DATABASE_URL`;
    if (code === 'ETIMEDOUT') return `DATABASE_URL: ${db} did not answer in time; check that the server is up and reachable from here`;
    if (code === '3D000') return `DATABASE_URL: ${err.message} on ${db}; create it (createdb <name>) or fix the database name in DATABASE_URL`;
    if (code === '28P01' || code === '28000') return `DATABASE_URL: PostgreSQL refused the login (${err.message}); fix the user or password in DATABASE_URL`;
    if (code === '42501') return `DATABASE_URL: the user has no right to create shoplink's tables (${err.message}); grant it CREATE on the database or use its owner`;
  }
  if (databaseUrl?.startsWith('sqlite') && (err.name === 'SqliteError' || ['EACCES', 'ENOTDIR', 'EEXIST', 'EROFS', 'EPERM'].includes(code ?? ''))) {
    return `DATABASE_URL: cannot open the SQLite file of ${databaseUrl} (${err.message}); point it at a file in a folder this user can write`;
  }
  if (code === 'EADDRINUSE') return `PORT: ${(err as { port?: number }).port ?? 'the port'} is already in use; stop what listens there or set PORT to a free port`;
  if (code === 'EACCES' && 'port' in err) return `PORT: ${(err as { port?: number }).port} needs privileges this user lacks; set PORT above 1023`;
  if (code === 'TokenInvalid') return 'DISCORD_TOKEN: Discord refused this token; copy it again from the Developer Portal (your application → Bot → Reset Token)';
  return undefined;
}


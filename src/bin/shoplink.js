#!/usr/bin/env node
// The `shoplink` command: runs the TypeScript CLI through tsx, so a fresh clone needs no build step.
// Kept as plain JS because npm links it as the package's bin.
import { register } from 'tsx/esm/api';

register();
await import('../cli.ts');

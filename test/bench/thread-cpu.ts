// CPU time of the calling thread alone (Linux: /proc/thread-self/stat), so a bench can tell an app's own work from
// the fake's and the harness's, and from other work on a shared machine. Undefined where the file cannot be read.
import { readFileSync } from 'node:fs';

/** Linux reports utime and stime in clock ticks of 10 ms (USER_HZ is 100 on every common build). */
const TICK_MS = 10;

/** Milliseconds of CPU this thread has used (user + system), or undefined off Linux. */
export function threadCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    // The name (field 2) may hold spaces: count from its closing parenthesis; the state is field 3.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[14 - 3]) + Number(fields[15 - 3])) * TICK_MS;
  } catch {
    return undefined;
  }
}

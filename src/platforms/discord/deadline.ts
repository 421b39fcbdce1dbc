// Discord drops an interaction not answered within 3 s. A turn that is not done in time is deferred first
// (type 5 or 6) and edited afterwards, so a slow store never costs the user their click.
/**
 * When to give up on answering at once. Measured from receipt, which is already some way into Discord's 3 s
 * (gateway delivery); the rest leaves room for the defer callback's own round trip.
 */
export const DEFER_AFTER_MS = 1500;

export interface Settled<T> {
  value: T;
  /** True when `defer` ran: the answer must now be an edit or a follow-up. */
  deferred: boolean;
}

/** Awaits `work`; if it is still running after `after` ms, awaits `defer()` meanwhile, then the work. */
export async function withinDeadline<T>(work: Promise<T>, after: number, defer: () => Promise<void>): Promise<Settled<T>> {
  // Marks a late failure as handled here: the caller still sees it when awaiting below.
  work.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof LATE>((resolve) => {
    timer = setTimeout(() => resolve(LATE), after);
  });
  try {
    const first = await Promise.race([work.then((value) => ({ value })), late]);
    if (first !== LATE) return { value: first.value, deferred: false };
  } finally {
    clearTimeout(timer);
  }
  await defer();
  return { value: await work, deferred: true };
}

const LATE = Symbol('late');

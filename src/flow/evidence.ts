// Facts the bot inferred from what someone wrote keep the words they came from, under `<fact>.said`,
// so a skipped question and the case can quote the user instead of claiming they pressed a button.
// Fact ids cannot hold a dot, so these keys never collide with facts a flow sets.

/** Quotes are kept to this length: enough to recognise the message, small in a snapshot. */
export const MAX_SAID = 200;

export function saidKey(fact: string): string {
  return `${fact}.said`;
}

export function isSaidKey(key: string): boolean {
  return key.endsWith('.said');
}

/** The facts without their quotes. */
export function plainFacts(facts: Record<string, string>): [string, string][] {
  return Object.entries(facts).filter(([k]) => !isSaidKey(k));
}

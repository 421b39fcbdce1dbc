// Text cut to a platform's limits, the same way on every platform: clipped with a visible "…", or split into
// pieces at a line break (else a space) so no word is cut when it need not be.

/** Cuts text to `max` characters, marking the cut, so a long text never breaks a limit. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Cuts text into pieces of at most `max`, at a line break or a space when there is one in the second half. */
export function split(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    let at = window.lastIndexOf('\n');
    if (at < max / 2) at = window.lastIndexOf(' ');
    if (at < max / 2) at = max;
    pieces.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest.length > 0) pieces.push(rest);
  return pieces;
}

// Turns of one conversation, one after another: in a process, two turns on the same conversation would only
// collide on its revision, and on PostgreSQL each waiting one would hold a connection everyone shares.

export class TurnQueue {
  private tails = new Map<string, Promise<unknown>>();

  /** Runs `work` once every earlier work of `key` has settled; other keys never wait for it. */
  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const before = this.tails.get(key) ?? Promise.resolve();
    const result = before.then(work, work);
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}

// Our messages as discord.js sends them: components marked as already in the API's form. Given plain objects,
// discord.js rewrites every key of every row with lodash's snakeCase on each send, only to get the same JSON back.
import type { JSONEncodable } from 'discord.js';
import type { OutMessage, Row } from './components.ts';

/** An OutMessage whose rows discord.js sends as they are (rowsFor builds them within Discord's limits). */
export interface EncodedMessage extends Omit<OutMessage, 'components'> {
  components: JSONEncodable<Row>[];
}

export function encoded(m: OutMessage): EncodedMessage {
  return { ...m, components: m.components.map((row) => ({ toJSON: () => row })) };
}

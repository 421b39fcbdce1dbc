// What people type, made storable everywhere before the engine sees it: a NUL character or half of a
// surrogate pair (a broken emoji) cannot be kept as text by PostgreSQL, and means nothing to a reader.
import type { Input } from './input.ts';

const NUL = /\u0000/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanText(text: string): string {
  return text.replace(NUL, '').replace(LONE_SURROGATE, '\uFFFD');
}

export function cleanInput(input: Input): Input {
  if (input.type === 'press' || input.text === undefined) return input;
  return { ...input, text: cleanText(input.text) };
}

/**
 * Finds one share of a JSON list in its bytes without parsing it, so that two workers can each
 * parse and check only their half of a large response. No Angular, no schema.
 */
import type { RecordPart } from './validation';

/** The share's records as the text of a JSON list, and the position of its first record. */
export interface ListShare {
  text: string;
  first: number;
}

const [OPEN_LIST, CLOSE_LIST, OPEN_OBJECT, CLOSE_OBJECT] = [0x5b, 0x5d, 0x7b, 0x7d];
const [QUOTE, BACKSLASH, COMMA] = [0x22, 0x5c, 0x2c];
const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

/**
 * The `index`-th of `of` shares of the list in `bytes` (UTF-8 JSON): the records starting in that
 * share of the bytes, cut at the commas between records. Null when the bytes are not a list.
 * Valid JSON is cut exactly; whatever is cut from invalid JSON is refused by the parse that
 * reads the whole body (see Validator), so it is never used.
 */
export function listShare(bytes: Uint8Array, { index, of }: RecordPart): ListShare | null {
  let at = 0;
  while (WHITESPACE.has(bytes[at]!)) at++;
  if (bytes[at] !== OPEN_LIST) return null;
  const from = index === 0 ? 0 : Math.floor((bytes.length * index) / of);
  const to = index + 1 === of ? Infinity : Math.floor((bytes.length * (index + 1)) / of);

  let begin = -1;
  let first = 0;
  let started = 0;
  const share = (end: number) => ({
    text: `[${new TextDecoder().decode(bytes.subarray(begin, end))}]`,
    first,
  });
  // A record starts after the list's opening bracket and after each comma between records.
  const recordStarts = (position: number): ListShare | null => {
    if (begin < 0 && position >= from) [begin, first] = [position, started];
    const found =
      begin >= 0 && position >= to ? share(position === begin ? begin : position - 1) : null;
    started++;
    return found;
  };

  let depth = 0;
  let inText = false;
  for (; at < bytes.length; at++) {
    const byte = bytes[at];
    if (inText) {
      if (byte === BACKSLASH) at++;
      else if (byte === QUOTE) inText = false;
    } else if (byte === QUOTE) inText = true;
    else if (byte === OPEN_LIST || byte === OPEN_OBJECT) {
      if (++depth === 1) {
        const found = recordStarts(at + 1);
        if (found) return found;
      }
    } else if (byte === CLOSE_LIST || byte === CLOSE_OBJECT) {
      if (--depth === 0) {
        if (begin < 0) [begin, first] = [at, started];
        return share(at);
      }
    } else if (byte === COMMA && depth === 1) {
      const found = recordStarts(at + 1);
      if (found) return found;
    }
  }
  return begin < 0 ? null : share(bytes.length);
}

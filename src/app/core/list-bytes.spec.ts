import { listShare } from './list-bytes';

describe('listShare', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  /** Every share of `text` cut `of` ways, parsed, with its first position. */
  const shares = (text: string, of: number) =>
    Array.from({ length: of }, (_, index) => {
      const share = listShare(bytes(text), { index, of })!;
      return { rows: JSON.parse(share.text) as unknown[], first: share.first };
    });

  it('cuts a list into consecutive runs of whole records that add up to the list', () => {
    const list = Array.from({ length: 25 }, (_, i) => ({ id: `a${i}`, n: [i, { i }] }));
    for (const text of [JSON.stringify(list), JSON.stringify(list, null, 2)])
      for (const of of [1, 2, 3, 7]) {
        const parts = shares(text, of);
        expect(parts.flatMap((p) => p.rows)).toEqual(list);
        let next = 0;
        for (const part of parts) {
          expect(part.first).toBe(next);
          next += part.rows.length;
        }
      }
  });

  it('is not misled by brackets, commas, quotes and non-ASCII text inside strings', () => {
    const list = [
      { title: 'a }, { "b": [ , ] \\', note: 'Malé — Ōtautahi 🌏' },
      { title: '\\"},{' },
      'plain text, with a comma',
      42,
      { title: '[[[' },
    ];
    for (const of of [2, 3, 5])
      expect(shares(JSON.stringify(list), of).flatMap((p) => p.rows)).toEqual(list);
  });

  it('gives empty shares of an empty or short list, and nothing for a body that is not a list', () => {
    expect(shares('[]', 2).map((p) => p.rows)).toEqual([[], []]);
    expect(shares('[{"id":"only"}]', 3).flatMap((p) => p.rows)).toEqual([{ id: 'only' }]);
    expect(listShare(bytes('{"data":[1,2]}'), { index: 0, of: 2 })).toBeNull();
    expect(listShare(bytes('  '), { index: 1, of: 2 })).toBeNull();
  });
});

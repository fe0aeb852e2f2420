import { sameJson } from './same-json';

describe('sameJson', () => {
  it('compares objects key by key in any order, and lists item by item', () => {
    expect(sameJson({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBeTrue();
    expect(sameJson({ a: 1, b: [1, { c: 'x' }] }, { a: 1, b: [1, { c: 'y' }] })).toBeFalse();
    expect(sameJson([1, 2], [2, 1])).toBeFalse();
    expect(sameJson([1], [1, 1])).toBeFalse();
  });

  it('counts a key the other side lacks, but not one holding undefined', () => {
    expect(sameJson({ a: 1, extra: 2 }, { a: 1 })).toBeFalse();
    expect(sameJson({ a: 1 }, { a: 1, extra: 2 })).toBeFalse();
    expect(sameJson({ a: 1, gone: undefined }, { a: 1 })).toBeTrue();
  });

  it('tells null, zero, empty text, an empty list and an empty object apart', () => {
    const values = [null, 0, '', [], {}, false];
    for (const [i, a] of values.entries())
      for (const [j, b] of values.entries()) expect(sameJson(a, b)).toBe(i === j);
  });
});

import type { ApexOptions } from 'ng-apexcharts';
import { escapeHtml, plainTextOptions } from './chart-text';

const hostile = '<img src=x onerror=window.__xss=1>Capacity';
const call = (f: unknown, ...args: unknown[]) => (f as (...a: unknown[]) => unknown)(...args);

describe('chart text', () => {
  it('escapes markup and quotes', () => {
    expect(escapeHtml(`${hostile} & "q" 'a'`)).toBe(
      '&lt;img src=x onerror=window.__xss=1&gt;Capacity &amp; &quot;q&quot; &#39;a&#39;',
    );
  });

  it('makes tooltip titles, series names, values and legend labels text', () => {
    const o = plainTextOptions({ tooltip: { y: { formatter: (v: number) => `${v} <b>` } } });
    expect(call(o.tooltip!.x!.formatter, hostile)).toBe(escapeHtml(hostile));
    const y = o.tooltip!.y as { formatter: unknown; title: { formatter: unknown } };
    expect(call(y.formatter, 3)).toBe('3 &lt;b&gt;');
    expect(call(y.title.formatter, hostile)).toBe(`${escapeHtml(hostile)}: `);
    expect(call(o.legend!.formatter, hostile)).toBe(escapeHtml(hostile));
  });

  it('keeps formatters of its own, escaping what they return', () => {
    const options: ApexOptions = {
      tooltip: { y: [{ title: { formatter: (n: string) => `<${n}>` } }, {}] },
      legend: { formatter: (n: string) => n.toUpperCase() },
    };
    const o = plainTextOptions(options);
    const ys = o.tooltip!.y as { title: { formatter: unknown } }[];
    expect(call(ys[0]!.title.formatter, 'a')).toBe('&lt;a&gt;');
    expect(call(ys[1]!.title.formatter, '')).toBe('');
    expect(call(o.legend!.formatter, '<i>')).toBe('&lt;I&gt;');
  });
});

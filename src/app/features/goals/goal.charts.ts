/** A goal's or purpose's indicators as a chart: % of target met against % expected by today. */
import type { IndicatorResult } from '../../results/indicators';
import { barOptions } from '../../shared/chart-options';
import type { ChartPalette } from '../../shared/chart-theme';

export function goalProgressChart(results: readonly IndicatorResult[], palette: ChartPalette) {
  const rows = results.map((r) => ({
    label: `${r.indicator.code} ${r.indicator.name}`,
    p: r.periods[0]!,
  }));
  const values = rows.map((r) => (r.p.progress === null ? null : Math.round(r.p.progress * 100)));
  const expected = rows.map((r) =>
    r.p.target === null ? null : Math.round(r.p.expectedProgress * 100),
  );
  return {
    options: barOptions(
      palette,
      rows.map((r) => r.label),
      [
        { name: $localize`% of target met`, data: values },
        { name: $localize`% expected by today`, data: expected },
      ],
      [palette.series[0]!, palette.expected],
      { horizontal: true, height: 80 + rows.length * 48 },
    ),
    table: {
      columns: [$localize`Indicator`, $localize`% of target met`, $localize`% expected by today`],
      rows: rows.map((r, i) => [
        r.label,
        values[i] === null ? '—' : `${values[i]} %`,
        expected[i] === null ? '—' : `${expected[i]} %`,
      ]),
    },
    empty: rows.length === 0,
  };
}

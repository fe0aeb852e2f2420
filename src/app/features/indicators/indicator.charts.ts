/** An indicator's yearly trend as a chart: actual against target and the expected-to-date path. */
import { formatProgress, formatValue } from '../../core/format';
import type { IndicatorPeriodResult } from '../../results/indicators';
import { targetLineOptions } from '../../shared/chart-options';
import type { ChartPalette } from '../../shared/chart-theme';
import { periodLabel } from '../../core/labels';

export function indicatorTrendChart(
  trend: readonly IndicatorPeriodResult[],
  palette: ChartPalette,
) {
  const categories = trend.map((p) => periodLabel(p.period));
  return {
    options: targetLineOptions(
      palette,
      categories,
      trend.map((p) => p.actual.value),
      trend.map((p) => p.target),
      trend.map((p) => p.expected),
      {
        actual: $localize`Actual`,
        target: $localize`Target`,
        expected: $localize`Expected by today`,
      },
    ),
    table: {
      columns: [
        $localize`Year`,
        $localize`Actual`,
        $localize`Target`,
        $localize`Expected by today`,
        $localize`% met`,
      ],
      rows: trend.map((p) => [
        periodLabel(p.period),
        formatValue(p.actual.value),
        formatValue(p.target),
        formatValue(p.expected),
        formatProgress(p.progress, p.bands),
      ]),
    },
    summary: $localize`Actual per year against the target and the path expected by today (for a year still running, the target pro-rated by elapsed days).`,
  };
}

/**
 * Pure builders from view models to ApexCharts options. Pages call them inside computed(), so
 * an options object changes only when its data or the theme does. Category labels travel with
 * the data points ({x, y}), not in the axis, so a change of period changes only the series and
 * the chart updates in place instead of being rebuilt.
 */
import type { ApexOptions } from 'ng-apexcharts';
import { formatValue } from '../core/format';
import type { ChartPalette } from './chart-theme';

const label = (value: number | string) =>
  formatValue(typeof value === 'string' ? Number(value) : value);

export interface Series {
  name: string;
  data: (number | null)[];
}

function points(categories: readonly string[], series: readonly Series[]) {
  return series.map((s) => ({
    name: s.name,
    data: s.data.map((y, i) => ({ x: categories[i], y })),
  }));
}

function base(palette: ChartPalette, type: 'bar' | 'donut' | 'line', height: number): ApexOptions {
  return {
    chart: {
      type,
      height,
      background: 'transparent',
      foreColor: palette.muted,
      fontFamily: 'Roboto, "Helvetica Neue", Arial, sans-serif',
      animations: { enabled: false },
      toolbar: {
        show: true,
        tools: {
          download: true,
          selection: false,
          zoom: false,
          zoomin: false,
          zoomout: false,
          pan: false,
          reset: false,
        },
      },
      zoom: { enabled: false },
      parentHeightOffset: 0,
    },
    theme: { mode: palette.mode },
    grid: { borderColor: palette.grid },
    legend: { labels: { colors: palette.text }, position: 'bottom' },
    tooltip: { theme: palette.mode, y: { formatter: (v: number) => formatValue(v) } },
    dataLabels: { enabled: false },
  };
}

export function barOptions(
  palette: ChartPalette,
  categories: string[],
  series: Series[],
  colors: readonly string[],
  options: {
    stacked?: boolean;
    horizontal?: boolean;
    height?: number;
    max?: number;
    unit?: string;
  } = {},
): ApexOptions {
  const o = base(palette, 'bar', options.height ?? 300);
  return {
    ...o,
    chart: { ...o.chart, stacked: options.stacked ?? false },
    series: points(categories, series),
    colors: [...colors],
    plotOptions: {
      bar: {
        horizontal: options.horizontal ?? false,
        borderRadius: 2,
        columnWidth: '70%',
        barHeight: '70%',
      },
    },
    // On horizontal bars the y axis carries the categories and the x axis the values.
    xaxis: {
      type: 'category',
      labels: {
        style: { colors: palette.muted },
        hideOverlappingLabels: true,
        rotate: -45,
        ...(options.horizontal ? { formatter: label } : {}),
      },
    },
    yaxis: {
      max: options.max,
      labels: {
        style: { colors: [palette.muted] },
        maxWidth: 260,
        ...(options.horizontal ? {} : { formatter: label }),
      },
      forceNiceScale: true,
    },
    stroke: { width: 0 },
  };
}

export function donutOptions(
  palette: ChartPalette,
  labels: string[],
  values: number[],
  colors: readonly string[],
  height = 280,
): ApexOptions {
  const o = base(palette, 'donut', height);
  return {
    ...o,
    series: values,
    labels,
    colors: [...colors],
    stroke: { colors: ['transparent'] },
    plotOptions: { pie: { donut: { size: '60%', labels: { show: false } } } },
    dataLabels: { enabled: false },
  };
}

/** Actual per period as columns, with the target and the expected-to-date path as lines. */
export function targetLineOptions(
  palette: ChartPalette,
  categories: string[],
  actual: (number | null)[],
  target: (number | null)[],
  expected: (number | null)[],
  names: { actual: string; target: string; expected: string },
  height = 320,
): ApexOptions {
  const o = base(palette, 'line', height);
  return {
    ...o,
    series: points(categories, [
      { name: names.actual, data: actual },
      { name: names.target, data: target },
      { name: names.expected, data: expected },
    ]).map((s, i) => ({ ...s, type: i === 0 ? 'column' : 'line' })),
    colors: [palette.series[0], palette.target, palette.expected],
    stroke: { width: [0, 3, 2], dashArray: [0, 0, 6], curve: 'straight' },
    markers: { size: [0, 4, 3] },
    xaxis: { type: 'category', labels: { style: { colors: palette.muted } } },
    yaxis: {
      labels: { style: { colors: [palette.muted] }, formatter: label },
      forceNiceScale: true,
      min: 0,
    },
    plotOptions: { bar: { columnWidth: '55%', borderRadius: 2 } },
  };
}

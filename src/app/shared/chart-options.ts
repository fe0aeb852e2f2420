/**
 * Pure builders from view models to ApexCharts options. Pages call them inside computed(), so
 * an options object changes only when its data or the theme does. Category labels travel with
 * the data points ({x, y}), not in the axis, so a change of period changes only the series and
 * the chart updates in place instead of being rebuilt.
 */
import type { ApexOptions } from 'ng-apexcharts';
import apexIndonesian from 'apexcharts/dist/locales/id.json';
import { formatValue } from '../core/format';
import { runningLanguage } from '../core/language';
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

function base(
  palette: ChartPalette,
  type: 'bar' | 'donut' | 'line' | 'heatmap',
  height: number,
): ApexOptions {
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
      // ApexCharts' own texts (the download menu) in the reader's language.
      ...(runningLanguage() === 'id' ? { locales: [apexIndonesian], defaultLocale: 'id' } : {}),
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

/** Where a heatmap's shades change: four bands from 1 to the largest value, in whole numbers. */
export function heatBands(max: number): [number, number][] {
  if (max < 1) return [];
  const bands: [number, number][] = [];
  let from = 1;
  for (let i = 1; i <= 4 && from <= max; i++) {
    const to = i === 4 ? max : Math.max(from, Math.round((max * i) / 4));
    bands.push([from, to]);
    from = to + 1;
  }
  return bands;
}

/**
 * A heatmap of rows × columns. An empty cell (0) and an unknown one (null) get colours of their
 * own, named in the legend, so neither reads as a pale "few". Rows are drawn top to bottom in
 * the order given.
 */
export function heatmapOptions(
  palette: ChartPalette,
  rows: readonly string[],
  columns: readonly string[],
  values: readonly (readonly (number | null)[])[],
  names: { none: string; unknown: string },
  height = 60 + 36 * rows.length,
  /** What a cell is in words, by row (top first) and column, for its tooltip. */
  cellText?: (row: number, column: number) => string,
): ApexOptions {
  const o = base(palette, 'heatmap', height);
  const max = Math.max(0, ...values.flat().map((v) => v ?? 0));
  const UNKNOWN = -1;
  return {
    ...o,
    // ApexCharts draws the first series at the bottom.
    series: rows
      .map((name, r) => ({
        name,
        data: columns.map((x, c) => ({ x, y: values[r][c] ?? UNKNOWN })),
      }))
      .reverse(),
    colors: [palette.heat[palette.heat.length - 1]],
    plotOptions: {
      heatmap: {
        enableShades: false,
        radius: 2,
        colorScale: {
          ranges: [
            ...(values.some((row) => row.some((v) => v === null))
              ? [
                  {
                    from: UNKNOWN,
                    to: UNKNOWN,
                    color: palette.unknown,
                    foreColor: palette.text,
                    name: names.unknown,
                  },
                ]
              : []),
            { from: 0, to: 0, color: palette.none, foreColor: palette.text, name: names.none },
            ...heatBands(max).map(([from, to], i) => ({
              from,
              to,
              color: palette.heat[i],
              // The darker half of the light shades (the lighter half of the dark ones) takes
              // the opposite text colour, for contrast.
              foreColor: i < 2 ? palette.text : palette.mode === 'light' ? '#ffffff' : '#1a1c1e',
              name: from === to ? formatValue(from) : `${formatValue(from)}–${formatValue(to)}`,
            })),
          ],
        },
      },
    },
    // An empty cell is blank (the legend names its colour), never a "0" beside real counts.
    dataLabels: {
      enabled: true,
      formatter: (v: number) => (v < 0 ? '?' : v === 0 ? '' : formatValue(v)),
      style: { colors: [palette.text] },
    },
    tooltip: {
      theme: palette.mode,
      y: cellText
        ? {
            // The series are drawn bottom-up; the text says the whole cell, names included.
            formatter: (_: number | null, c?: { seriesIndex?: number; dataPointIndex?: number }) =>
              cellText(rows.length - 1 - (c?.seriesIndex ?? 0), c?.dataPointIndex ?? 0),
            title: { formatter: () => '' },
          }
        : { formatter: (v: number) => (v < 0 ? names.unknown : formatValue(v)) },
    },
    stroke: { width: 1, colors: [palette.grid] },
    xaxis: { type: 'category', labels: { style: { colors: palette.muted }, rotate: -30 } },
    yaxis: { labels: { style: { colors: [palette.muted] }, maxWidth: 260 } },
    legend: { labels: { colors: palette.text }, position: 'bottom' },
  };
}

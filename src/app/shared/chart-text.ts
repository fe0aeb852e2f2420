/**
 * ApexCharts writes tooltip titles, series names, tooltip values and legend labels into the page
 * as HTML. Names come from records (an indicator's name, a goal's title), so every chart's
 * options pass through here: each of those strings is escaped and shows as the text it is.
 * Axis labels and data labels are SVG text nodes, already text, and are left alone.
 */
import type { ApexOptions, ApexTooltip } from 'ng-apexcharts';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

// ApexCharts' formatter signatures vary by chart type; they take a value and its context.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Formatter = (value: any, context?: any) => string;

const escaped =
  (format?: Formatter): Formatter =>
  (value, context) =>
    escapeHtml(format ? format(value, context) : value);

type TooltipY = NonNullable<Exclude<ApexTooltip['y'], unknown[]>>;

function textOnlyY(y: TooltipY = {}): TooltipY {
  const title = y.title?.formatter as Formatter | undefined;
  return {
    ...y,
    formatter: escaped(y.formatter as Formatter | undefined),
    title: {
      ...y.title,
      // Without a formatter of its own, ApexCharts shows "name: ".
      formatter: (name: string) => {
        const text = title ? title(name) : name;
        return text ? `${escapeHtml(text)}${title ? '' : ': '}` : '';
      },
    },
  };
}

export function plainTextOptions(options: ApexOptions): ApexOptions {
  const tooltip = options.tooltip ?? {};
  const y = Array.isArray(tooltip.y) ? tooltip.y.map(textOnlyY) : textOnlyY(tooltip.y);
  return {
    ...options,
    tooltip: {
      ...tooltip,
      x: { ...tooltip.x, formatter: escaped(tooltip.x?.formatter as Formatter | undefined) },
      y,
    },
    legend: {
      ...options.legend,
      formatter: escaped(options.legend?.formatter as Formatter | undefined),
    },
  };
}

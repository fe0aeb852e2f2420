import { computed, inject, Injectable } from '@angular/core';
import { Theme } from '../core/theme';
import type { Status } from '../results/status';

/** Every colour a chart uses, for one theme. Charts take colours only from here. */
export interface ChartPalette {
  mode: 'light' | 'dark';
  text: string;
  muted: string;
  grid: string;
  /** Categorical series, in order (activity types, goals…). */
  series: readonly string[];
  status: Record<Status, string>;
  women: string;
  men: string;
  unrecorded: string;
  target: string;
  expected: string;
  /** Heatmap shades from fewest to most; `none` marks an empty cell, `unknown` a cell whose value is unknown. */
  heat: readonly string[];
  none: string;
  unknown: string;
}

export const LIGHT: ChartPalette = {
  mode: 'light',
  text: '#1a1c1e',
  muted: '#43474e',
  grid: '#c3c6cf',
  series: [
    '#005cbb',
    '#b45309',
    '#2e7d32',
    '#7b1fa2',
    '#00838f',
    '#c2185b',
    '#5d4037',
    '#455a64',
    '#827717',
    '#283593',
  ],
  status: {
    'on-track': '#1b6c36',
    'at-risk': '#8a5100',
    'off-track': '#b3261e',
    depends: '#4a4fa8',
    'no-data': '#74777f',
    'no-target': '#a9acb4',
    'no-baseline': '#8f9099',
    'not-yet-due': '#c9ccd4',
  },
  women: '#7b1fa2',
  men: '#00838f',
  unrecorded: '#a9acb4',
  target: '#b3261e',
  expected: '#8a5100',
  heat: ['#c5dbff', '#7eaaf0', '#2f72cf', '#003f87'],
  none: '#f1f2f6',
  unknown: '#d8cff0',
};

const DARK: ChartPalette = {
  mode: 'dark',
  text: '#e2e2e6',
  muted: '#c3c6cf',
  grid: '#43474e',
  series: [
    '#a8c8ff',
    '#ffb95c',
    '#8fd694',
    '#e1b0ff',
    '#7fd8e0',
    '#ffafc9',
    '#d7b8aa',
    '#b0bec5',
    '#dce775',
    '#9fa8da',
  ],
  status: {
    'on-track': '#7ddc95',
    'at-risk': '#ffb95c',
    'off-track': '#ffb4ab',
    depends: '#bcc2ff',
    'no-data': '#8d9199',
    'no-target': '#5e6169',
    'no-baseline': '#6c6f78',
    'not-yet-due': '#44474e',
  },
  women: '#e1b0ff',
  men: '#7fd8e0',
  unrecorded: '#8d9199',
  target: '#ffb4ab',
  expected: '#ffb95c',
  heat: ['#1f3a63', '#2c5a9b', '#5d8fd8', '#a8c8ff'],
  none: '#26282d',
  unknown: '#463c66',
};

@Injectable({ providedIn: 'root' })
export class ChartTheme {
  private readonly theme = inject(Theme);
  readonly palette = computed(() => (this.theme.dark() ? DARK : LIGHT));
}

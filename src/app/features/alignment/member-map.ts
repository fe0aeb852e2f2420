import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatIconModule } from '@angular/material/icon';
import { geoCentroid, geoEqualEarth, geoPath, geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Member } from '../../domain/schema';
import { ChartTheme } from '../../shared/chart-theme';
import { download } from '../../shared/export';
import { mapArea } from './map-areas';
import { formatValue } from '../../core/format';
import type { MapValue } from './alignment.view';

const WIDTH = 960;
const HEIGHT = 520;
/** Natural Earth 1:50m countries (world-atlas), copied into the build by angular.json. */
const GEOGRAPHY = 'geo/countries-50m.json';
/** Areas smaller than this (steradians) also get a dot, so small island states can be seen. */
const SMALL = 2e-5;

interface Area {
  id: string;
  d: string;
  fill: string;
  /** The state and its figures in words, for the pointer, the keyboard and screen readers. */
  text: string;
  code: string | null;
  reached: boolean;
  dot: [number, number] | null;
}

/** Colour classes for a measure: up to four ranges of the values present, lowest first. */
export function valueBins(values: readonly number[], classes = 4): { from: number; to: number }[] {
  const sorted = [...new Set(values.filter((v) => v > 0))].sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const n = Math.min(classes, sorted.length);
  const bins: { from: number; to: number }[] = [];
  for (let i = 0; i < n; i++) {
    const from = sorted[Math.floor((i * sorted.length) / n)]!;
    const to = sorted[Math.floor(((i + 1) * sorted.length) / n) - 1]!;
    bins.push({ from, to });
  }
  return bins;
}

/** "Thailand: 38 participants from 4 activities (1 count not recorded)"; "…: not reached". */
export function memberText(v: MapValue): string {
  if (v.activities === 0) return $localize`${v.name}:state:: not reached in this period`;
  const activities =
    v.activities === 1 ? $localize`1 activity` : $localize`${v.activities}:count: activities`;
  if (v.participants === null)
    return $localize`${v.name}:state:: ${activities}:activities:, participant counts not recorded`;
  const people = $localize`${formatValue(v.participants)}:count: participants`;
  return v.countUnknown === 0
    ? $localize`${v.name}:state:: ${people}:people: from ${activities}:activities:`
    : v.countUnknown === 1
      ? $localize`${v.name}:state:: at least ${people}:people: from ${activities}:activities: (1 count not recorded)`
      : $localize`${v.name}:state:: at least ${people}:people: from ${activities}:activities: (${v.countUnknown}:unknown: counts not recorded)`;
}

/**
 * A choropleth of member-state participation: the real borders of Natural Earth, loaded only
 * when the map is shown. Member states are coloured by participants or activities in ranges
 * (a legend names them), "count not recorded" in a colour of its own, never as 0; small island
 * states get a dot large enough to point at. Each state's figures show on pointer and keyboard
 * focus, and the table under the map holds the same figures.
 */
@Component({
  selector: 'app-member-map',
  imports: [MatButtonModule, MatButtonToggleModule, MatIconModule],
  template: `
    @if (failed()) {
      <p class="problem" role="alert" i18n>
        The map could not be loaded. The table lists the same member states.
      </p>
      <button mat-stroked-button type="button" (click)="loadGeography()" i18n>Try again</button>
    } @else if (areas(); as list) {
      <div class="measure" role="group" i18n-aria-label aria-label="What the map shows">
        <mat-button-toggle-group
          [value]="measure()"
          (change)="measure.set($event.value)"
          hideSingleSelectionIndicator
          i18n-aria-label
          aria-label="Colour member states by"
        >
          <mat-button-toggle value="participants" i18n>Participants</mat-button-toggle>
          <mat-button-toggle value="activities" i18n>Activities</mat-button-toggle>
        </mat-button-toggle-group>
      </div>
      <svg
        #svg
        xmlns="http://www.w3.org/2000/svg"
        [attr.viewBox]="'0 0 ' + width + ' ' + height"
        role="group"
        [attr.aria-label]="summary()"
        data-testid="member-map"
      >
        <title>{{ summary() }}</title>
        <rect [attr.width]="width" [attr.height]="height" [attr.fill]="background()" />
        @for (a of list; track a.id) {
          <path
            [attr.d]="a.d"
            [attr.fill]="a.fill"
            [attr.stroke]="stroke()"
            stroke-width="0.4"
            [attr.data-code]="a.code"
            [attr.data-reached]="a.code ? a.reached : null"
            [attr.tabindex]="a.code && !a.dot ? 0 : null"
            [attr.role]="a.code && !a.dot ? 'img' : null"
            [attr.aria-label]="a.code && !a.dot ? a.text : null"
            (mouseenter)="show(a)"
            (focus)="show(a)"
          >
            <title>{{ a.text }}</title>
          </path>
        }
        @for (a of list; track a.id) {
          @if (a.dot) {
            <circle
              [attr.cx]="a.dot[0]"
              [attr.cy]="a.dot[1]"
              r="9"
              [attr.fill]="a.fill"
              [attr.stroke]="text()"
              stroke-width="1"
              [attr.data-code]="a.code"
              [attr.data-reached]="a.reached"
              tabindex="0"
              role="img"
              [attr.aria-label]="a.text"
              (mouseenter)="show(a)"
              (focus)="show(a)"
            >
              <title>{{ a.text }}</title>
            </circle>
          }
        }
      </svg>
      <p class="readout" aria-live="polite" data-testid="map-readout">
        {{ shown() ?? pointHint }}
      </p>
      <ul class="legend" data-testid="map-legend">
        @for (b of legend(); track b.label) {
          <li><span class="swatch" [style.background]="b.colour"></span>{{ b.label }}</li>
        }
      </ul>
      <details>
        <summary i18n>The member states as a table</summary>
        <div class="table-wrap" tabindex="0" i18n-aria-label aria-label="Member states, scrollable">
          <table class="data" i18n-aria-label aria-label="Participation by member state">
            <thead>
              <tr>
                <th scope="col" i18n>Member state</th>
                <th scope="col" class="num" i18n>Activities</th>
                <th scope="col" class="num" i18n>Participants</th>
              </tr>
            </thead>
            <tbody>
              @for (v of sortedValues(); track v.code) {
                <tr>
                  <th scope="row">{{ v.name }}</th>
                  <td class="num">{{ v.activities }}</td>
                  <td class="num">{{ participantsText(v) }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      </details>
      <div class="actions">
        <button mat-stroked-button type="button" (click)="exportSvg()">
          <mat-icon svgIcon="download" aria-hidden="true" /><ng-container i18n
            >Map as SVG</ng-container
          >
        </button>
        <button mat-stroked-button type="button" (click)="exportPng()">
          <mat-icon svgIcon="download" aria-hidden="true" /><ng-container i18n
            >Map as PNG</ng-container
          >
        </button>
      </div>
    } @else {
      <p class="loading" i18n>Loading the map…</p>
    }
  `,
  styles: `
    svg {
      width: 100%;
      height: auto;
      display: block;
      border-radius: 12px;
    }
    .readout {
      min-height: 1.5em;
      margin: 4px 0;
      font: var(--mat-sys-body-medium);
    }
    path[tabindex]:focus-visible,
    circle:focus-visible {
      outline: 3px solid var(--mat-sys-primary);
      outline-offset: 1px;
    }
    .measure {
      margin-bottom: 8px;
    }
    details {
      margin: 8px 0;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      list-style: none;
      padding: 0;
      font: var(--mat-sys-body-small);
    }
    .swatch {
      display: inline-block;
      width: 12px;
      height: 12px;
      margin-right: 4px;
      vertical-align: middle;
      border: 1px solid var(--mat-sys-outline);
    }
    .actions {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
    }
    .problem {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MemberMap {
  private readonly palette = inject(ChartTheme).palette;
  /** The member states (kind state, status member). */
  readonly memberStates = input.required<readonly Member[]>();
  /** What each member state took part in; a state with no activity was not reached. */
  readonly values = input.required<readonly MapValue[]>();
  /** The figure the states are coloured by. */
  protected readonly measure = signal<'participants' | 'activities'>('participants');
  /** The state under the pointer or the keyboard focus, in words. */
  protected readonly shown = signal<string | null>(null);
  protected readonly pointHint = $localize`Point at or tab to a member state for its figures.`;
  readonly summary = input.required<string>();
  /** File name of the exports, without extension. */
  readonly file = input.required<string>();
  protected readonly width = WIDTH;
  protected readonly height = HEIGHT;
  private readonly svg = viewChild<ElementRef<SVGSVGElement>>('svg');

  private readonly world = signal<FeatureCollection<Geometry> | null>(null);
  protected readonly failed = signal(false);

  constructor() {
    void this.loadGeography();
  }

  protected async loadGeography(): Promise<void> {
    this.failed.set(false);
    try {
      const response = await fetch(GEOGRAPHY);
      if (!response.ok) throw new Error(String(response.status));
      const topology = (await response.json()) as Topology<{ countries: GeometryCollection }>;
      this.world.set(feature(topology, topology.objects.countries) as FeatureCollection<Geometry>);
    } catch {
      this.failed.set(true);
    }
  }

  protected readonly colours = computed(() => {
    const p = this.palette();
    return {
      heat: p.heat,
      // Took part, count not recorded: reached beyond doubt, so a strong colour of its own,
      // not the heatmap's pale "unknown" that reads as not reached on a map.
      unknown: p.mode === 'light' ? '#7c5cc4' : '#b69cf0',
      // Not reached: nearly the paper's colour, so every shade of "reached" stands out from it;
      // countries outside the Bali Process are the map's grey background.
      notReached: p.mode === 'light' ? '#fbfbfd' : '#24262a',
      other: p.mode === 'light' ? '#e3e5ea' : '#34373d',
    };
  });
  protected readonly background = computed(() =>
    this.palette().mode === 'light' ? '#ffffff' : '#1a1c1e',
  );
  protected readonly stroke = computed(() => this.palette().grid);
  protected readonly text = computed(() => this.palette().text);

  private readonly byCode = computed(() => new Map(this.values().map((v) => [v.code, v])));
  private figure(v: MapValue | undefined): number | null {
    if (!v) return 0;
    return this.measure() === 'activities' ? v.activities : v.participants;
  }
  private readonly bins = computed(() =>
    valueBins(
      this.values()
        .map((v) => this.figure(v))
        .filter((v): v is number => v !== null),
    ),
  );

  private fill(v: MapValue | undefined): string {
    const c = this.colours();
    if (!v || v.activities === 0) return c.notReached;
    const value = this.figure(v);
    if (value === null) return c.unknown;
    const bins = this.bins();
    const i = bins.findIndex((b) => value <= b.to);
    // With fewer ranges than shades, the ranges take the darker end so each stays distinct.
    return c.heat[c.heat.length - bins.length + Math.max(i, 0)]!;
  }

  protected readonly legend = computed(() => {
    const c = this.colours();
    const bins = this.bins();
    const unit = this.measure() === 'activities' ? $localize`Activities` : $localize`Participants`;
    const items = bins.map((b, i) => ({
      label: `${unit}: ${b.from === b.to ? formatValue(b.from) : `${formatValue(b.from)}–${formatValue(b.to)}`}`,
      colour: c.heat[c.heat.length - bins.length + i]!,
    }));
    if (
      this.measure() === 'participants' &&
      this.values().some((v) => v.activities > 0 && v.participants === null)
    )
      items.push({ label: $localize`Took part, count not recorded`, colour: c.unknown });
    items.push({ label: $localize`Member state not reached`, colour: c.notReached });
    items.push({ label: $localize`Not a member state`, colour: c.other });
    return items;
  });

  protected readonly sortedValues = computed(() =>
    [...this.values()].sort((a, b) => b.activities - a.activities || a.name.localeCompare(b.name)),
  );
  protected participantsText(v: MapValue): string {
    if (v.activities === 0) return '—';
    if (v.participants === null) return $localize`not recorded`;
    return v.countUnknown
      ? $localize`at least ${formatValue(v.participants)}:count:`
      : formatValue(v.participants);
  }

  protected show(a: Area): void {
    if (a.code) this.shown.set(a.text);
  }

  /** Projected areas; recomputed only when the geography, the members or the theme change. */
  private readonly projected = computed(() => {
    const world = this.world();
    if (!world) return null;
    const codeByArea = new Map<string, Member>();
    for (const m of this.memberStates()) {
      const area = mapArea(m.code);
      if (area) codeByArea.set(area, m);
    }
    const members = world.features.filter((f) => codeByArea.has(String(f.id)));
    // Centred on the Pacific, fitted to the member states.
    const projection = geoEqualEarth()
      .rotate([-150, 0])
      .fitExtent(
        [
          [8, 8],
          [WIDTH - 8, HEIGHT - 8],
        ],
        { type: 'FeatureCollection', features: members } as FeatureCollection,
      );
    const path = geoPath(projection);
    return world.features
      .map((f: Feature<Geometry>, i) => {
        const member = codeByArea.get(String(f.id)) ?? null;
        const d = path(f);
        if (!d) return null;
        const dot = member && geoArea(f) < SMALL ? projection(geoCentroid(f)) : null;
        return {
          id: `${f.id}-${i}`,
          d,
          member,
          dot: dot ?? null,
          name: member?.name ?? String(f.properties?.['name'] ?? ''),
        };
      })
      .filter((a) => a !== null);
  });

  protected readonly areas = computed((): Area[] | null => {
    const projected = this.projected();
    if (!projected) return null;
    const byCode = this.byCode();
    const c = this.colours();
    return projected.map((a) => {
      const value = a.member ? byCode.get(a.member.code) : undefined;
      return {
        id: a.id,
        d: a.d,
        text: value ? memberText(value) : a.name,
        code: a.member?.code ?? null,
        reached: !!value && value.activities > 0,
        dot: a.dot,
        fill: a.member ? this.fill(value) : c.other,
      };
    });
  });

  private svgText(): string | null {
    const svg = this.svg()?.nativeElement;
    return svg ? new XMLSerializer().serializeToString(svg) : null;
  }

  protected exportSvg(): void {
    const text = this.svgText();
    if (text) download(`${this.file()}.svg`, text, 'image/svg+xml');
  }

  protected exportPng(): void {
    const text = this.svgText();
    if (!text) return;
    const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = WIDTH * 2;
      canvas.height = HEIGHT * 2;
      canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
      URL.revokeObjectURL(url);
      canvas.toBlob((blob) => blob && download(`${this.file()}.png`, blob, 'image/png'));
    };
    image.src = url;
  }
}

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
import { MatIconModule } from '@angular/material/icon';
import { geoCentroid, geoEqualEarth, geoPath, geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Member } from '../../domain/schema';
import { ChartTheme } from '../../shared/chart-theme';
import { download } from '../../shared/export';
import { mapArea } from './map-areas';

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
  name: string;
  code: string | null;
  reached: boolean;
  dot: [number, number] | null;
}

/**
 * A choropleth of the member states reached: the real borders of Natural Earth, loaded only
 * when the map is shown. Member states are coloured reached or not reached; others are
 * background. The reached list and the table beside it are the same set.
 */
@Component({
  selector: 'app-member-map',
  imports: [MatButtonModule, MatIconModule],
  template: `
    @if (failed()) {
      <p class="problem" role="alert" i18n>
        The map could not be loaded. The table lists the same member states.
      </p>
      <button mat-stroked-button type="button" (click)="loadGeography()" i18n>Try again</button>
    } @else if (areas(); as list) {
      <svg
        #svg
        xmlns="http://www.w3.org/2000/svg"
        [attr.viewBox]="'0 0 ' + width + ' ' + height"
        role="img"
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
          >
            <title>{{ a.name }}</title>
          </path>
        }
        @for (a of list; track a.id) {
          @if (a.dot) {
            <circle
              [attr.cx]="a.dot[0]"
              [attr.cy]="a.dot[1]"
              r="4"
              [attr.fill]="a.fill"
              [attr.stroke]="stroke()"
              aria-hidden="true"
            />
          }
        }
      </svg>
      <ul class="legend">
        <li>
          <span class="swatch" [style.background]="colours().reached"></span
          ><ng-container i18n>Reached</ng-container>
        </li>
        <li>
          <span class="swatch" [style.background]="colours().notReached"></span
          ><ng-container i18n>Member state not reached</ng-container>
        </li>
      </ul>
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
    .legend {
      display: flex;
      gap: 16px;
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
  /** Codes of the member states reached. */
  readonly reached = input.required<ReadonlySet<string>>();
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
      reached: p.heat[3],
      notReached: p.none,
      other: p.mode === 'light' ? '#eceef4' : '#2a2c31',
    };
  });
  protected readonly background = computed(() =>
    this.palette().mode === 'light' ? '#ffffff' : '#1a1c1e',
  );
  protected readonly stroke = computed(() => this.palette().grid);

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
    const reached = this.reached();
    const c = this.colours();
    return projected.map((a) => {
      const isReached = !!a.member && reached.has(a.member.code);
      return {
        id: a.id,
        d: a.d,
        name: a.name,
        code: a.member?.code ?? null,
        reached: isReached,
        dot: a.dot,
        fill: !a.member ? c.other : isReached ? c.reached : c.notReached,
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

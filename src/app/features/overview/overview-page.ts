import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Router } from '@angular/router';
import { Store } from '@ngrx/store';
import { ACTIVITY_TYPE_LABELS, formatRange, NOT_RECORDED, STATUS_LABELS } from '../../core/labels';
import { coverageNote, formatValue } from '../../core/format';
import { ACTIVITY_TYPES } from '../../core/vocabulary';
import { STATUSES } from '../../results/status';
import { Chart, ChartTable, PointSelection } from '../../shared/chart';
import { barOptions, donutOptions } from '../../shared/chart-options';
import { ChartTheme } from '../../shared/chart-theme';
import { KpiCard } from '../../shared/kpi-card';
import { referenceFeature } from '../../state/reference';
import { selectLoadState, selectOverview } from '../../state/results';

/** The overview: headline figures and charts for the selected period, each linked to its records. */
/** The coverage notes that apply, in order. */
const notes = (...texts: (string | null)[]): string[] => texts.filter((t) => t !== null);

@Component({
  selector: 'app-overview-page',
  imports: [KpiCard, Chart],
  templateUrl: './overview-page.html',
  styleUrl: './overview-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OverviewPage {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly palette = inject(ChartTheme).palette;
  protected readonly vm = this.store.selectSignal(selectOverview);
  protected readonly load = this.store.selectSignal(selectLoadState);
  private readonly goals = this.store.selectSignal(referenceFeature.selectGoals);

  protected readonly cards = computed(() => {
    const vm = this.vm();
    if (!vm) return null;
    const h = vm.headline;
    const assessed = vm.statusMix['on-track'] + vm.statusMix['at-risk'] + vm.statusMix['off-track'];
    return {
      // "2026 · 1 Jan 2026 – 31 Dec 2026"; a custom period's name is its range already.
      range:
        vm.period.granularity === 'custom'
          ? formatRange(vm.period.start, vm.period.end)
          : `${vm.period.label} · ${formatRange(vm.period.start, vm.period.end)}`,
      delivered: formatValue(h.delivered.value),
      participants: formatValue(h.participants.value),
      // Both notes: the total and the share of women can each miss different records.
      participantsNotes: notes(
        coverageNote(h.participants, $localize`Participants`),
        h.womenShare.unknown > 0
          ? $localize`Sex recorded for ${h.womenShare.known}:known: of ${h.womenShare.records}:records: activities`
          : null,
      ),
      women:
        h.womenShare.value === null
          ? $localize`Share of women unknown`
          : $localize`${formatValue(h.womenShare.value, '%')}:share: women`,
      members: $localize`${formatValue(h.memberStates.value)}:reached: of ${vm.memberStatesTotal}:total:`,
      membersNotes: notes(coverageNote(h.memberStates, $localize`Participating members`)),
      onTrack: $localize`${vm.statusMix['on-track']}:onTrack: of ${vm.indicators}:total:`,
      onTrackDetail: $localize`${vm.statusMix['at-risk']}:atRisk: at risk, ${vm.statusMix['off-track']}:offTrack: off track, ${vm.indicators - assessed}:other: without a status yet`,
    };
  });

  /** Every type, in a fixed order, so a type keeps its colour from one period to the next. */
  private readonly deliveryTypes = computed(() => ACTIVITY_TYPES);

  protected readonly delivery = computed(() => {
    const vm = this.vm();
    const palette = this.palette();
    if (!vm) return null;
    const types = this.deliveryTypes();
    const categories = vm.delivery.map((b) => b.period.label);
    const series = types.map((t) => ({
      name: ACTIVITY_TYPE_LABELS[t],
      data: vm.delivery.map((b) => b.byType[t] ?? 0),
    }));
    const colors = types.map(
      (t) => palette.series[ACTIVITY_TYPES.indexOf(t) % palette.series.length],
    );
    // Activities whose type is not recorded stay in the chart as their own series.
    const unrecorded = vm.delivery.map((b) => b.typeNotRecorded);
    if (unrecorded.some((n) => n > 0)) {
      series.push({ name: NOT_RECORDED, data: unrecorded });
      colors.push(palette.unrecorded);
    }
    const table: ChartTable = {
      columns: [$localize`Period`, ...series.map((s) => s.name), $localize`Total`],
      rows: vm.delivery.map((b, i) => [
        b.period.label,
        ...series.map((s) => s.data[i] ?? 0),
        b.total,
      ]),
    };
    const total = vm.delivery.reduce((s, b) => s + b.total, 0);
    return {
      options: barOptions(palette, categories, series, colors, { stacked: true }),
      table,
      empty: total === 0,
      summary: $localize`${total}:total: completed activities, by the period they ended in and by type.`,
    };
  });

  protected readonly sex = computed(() => {
    const vm = this.vm();
    const palette = this.palette();
    if (!vm) return null;
    const women = vm.sex.female.value ?? 0;
    const men = vm.sex.male.value ?? 0;
    const labels = [$localize`Women`, $localize`Men`, $localize`Sex not recorded`];
    const values = [women, men, vm.sex.notRecorded];
    return {
      options: donutOptions(palette, labels, values, [
        palette.women,
        palette.men,
        palette.unrecorded,
      ]),
      table: {
        columns: [$localize`Participants`, $localize`Number`],
        rows: labels.map((l, i) => [l, values[i]]),
      },
      empty: values.every((v) => v === 0),
      summary:
        vm.sex.femaleShare === null
          ? $localize`No participant's sex is recorded in this period.`
          : $localize`Women are ${formatValue(vm.sex.femaleShare * 100, '%')}:share: of participants whose sex is recorded; ${vm.sex.notRecorded}:unrecorded: participants are counted without their sex.`,
    };
  });

  protected readonly byGoal = computed(() => {
    const vm = this.vm();
    const palette = this.palette();
    if (!vm) return null;
    const goals = this.goals();
    const categories = vm.byGoal.map((g) => goals.find((x) => x.id === g.id)?.code ?? g.id);
    const series = STATUSES.map((s) => ({
      name: STATUS_LABELS[s],
      data: vm.byGoal.map((g) => g.counts[s]),
    }));
    return {
      options: barOptions(
        palette,
        categories,
        series,
        STATUSES.map((s) => palette.status[s]),
        {
          stacked: true,
          horizontal: true,
          height: 320,
        },
      ),
      table: {
        columns: [$localize`Goal`, ...STATUSES.map((s) => STATUS_LABELS[s])],
        rows: vm.byGoal.map((g, i) => [
          `${categories[i]} ${goals.find((x) => x.id === g.id)?.title ?? ''}`,
          ...STATUSES.map((s) => g.counts[s]),
        ]),
      },
      summary: $localize`The status of the indicators that measure each strategic goal, for this period.`,
    };
  });

  protected readonly mix = computed(() => {
    const vm = this.vm();
    const palette = this.palette();
    if (!vm) return null;
    // Every status, always in the same order and colour; empty ones draw no slice.
    const shown = STATUSES;
    return {
      options: donutOptions(
        palette,
        shown.map((s) => STATUS_LABELS[s]),
        shown.map((s) => vm.statusMix[s]),
        shown.map((s) => palette.status[s]),
      ),
      shown,
      table: {
        columns: [$localize`Status`, $localize`Indicators`],
        rows: STATUSES.map((s) => [STATUS_LABELS[s], vm.statusMix[s]]),
      },
      empty: vm.indicators === 0,
      summary: $localize`${vm.statusMix['on-track']}:onTrack: of ${vm.indicators}:total: indicators are on track against what was expected by today.`,
    };
  });

  protected openDelivery(selection: PointSelection): void {
    const vm = this.vm();
    const type = this.deliveryTypes()[selection.series];
    const bucket = vm?.delivery[selection.point];
    if (!vm || !type || !bucket) return;
    const start = bucket.period.start < vm.period.start ? vm.period.start : bucket.period.start;
    const end = bucket.period.end > vm.period.end ? vm.period.end : bucket.period.end;
    void this.router.navigate(['/activities'], {
      queryParams: { period: 'custom', from: start, to: end, type, status: 'completed' },
      queryParamsHandling: 'merge',
    });
  }

  protected openGoal(selection: PointSelection): void {
    const goal = this.vm()?.byGoal[selection.point];
    if (goal) void this.router.navigate(['/goals', goal.id], { queryParamsHandling: 'preserve' });
  }

  protected openIndicators(selection: PointSelection): void {
    const status = this.mix()?.shown[selection.point];
    void this.router.navigate(['/indicators'], {
      queryParams: { status },
      queryParamsHandling: 'merge',
    });
  }

  protected openActivities(): void {
    void this.router.navigate(['/activities'], {
      queryParams: { status: 'completed' },
      queryParamsHandling: 'merge',
    });
  }
}

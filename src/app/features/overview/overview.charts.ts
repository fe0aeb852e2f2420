/**
 * The overview's cards and charts as pure functions of its view model: the page, and any other
 * screen that shows the same figures (the co-chairs' brief), build them the same way.
 */
import { coverageNote, formatValue } from '../../core/format';
import {
  ACTIVITY_TYPE_LABELS,
  formatRange,
  NOT_RECORDED,
  periodLabel,
  STATUS_LABELS,
} from '../../core/labels';
import type { Goal } from '../../domain/schema';
import { ACTIVITY_TYPES, type ActivityType } from '../../domain/vocabulary';
import { STATUSES } from '../../results/status';
import type { ChartTable } from '../../shared/chart';
import { barOptions, donutOptions } from '../../shared/chart-options';
import type { ChartPalette } from '../../shared/chart-theme';
import type { selectOverview } from './overview.selectors';

export type OverviewVm = NonNullable<ReturnType<typeof selectOverview>>;

/** The coverage notes that apply, in order. */
const notes = (...texts: (string | null)[]): string[] => texts.filter((t) => t !== null);

export function overviewCards(vm: OverviewVm) {
  const h = vm.headline;
  const assessed = vm.statusMix['on-track'] + vm.statusMix['at-risk'] + vm.statusMix['off-track'];
  return {
    // "2026 · 1 Jan 2026 – 31 Dec 2026"; a custom period's name is its range already.
    range:
      vm.period.granularity === 'custom'
        ? formatRange(vm.period.start, vm.period.end)
        : `${periodLabel(vm.period)} · ${formatRange(vm.period.start, vm.period.end)}`,
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
    onTrackLabel: vm.narrowed ? $localize`RSO indicators on track` : $localize`Indicators on track`,
    onTrack: $localize`${vm.statusMix['on-track']}:onTrack: of ${vm.indicators}:total:`,
    onTrackNotes: notes(
      vm.narrowed
        ? $localize`The RSO as a whole: a filtered part is not judged against the RSO's targets`
        : null,
      vm.groupMix
        ? $localize`Against the group's own targets: ${vm.groupMix.counts['on-track']}:onTrack: of ${vm.groupMix.indicators}:total: on track`
        : null,
    ),
    onTrackDetail:
      vm.statusMix.depends > 0
        ? $localize`${vm.statusMix['at-risk']}:atRisk: at risk, ${vm.statusMix['off-track']}:offTrack: off track, ${vm.statusMix.depends}:depends: depending on missing data, ${vm.indicators - assessed - vm.statusMix.depends}:other: without a status yet`
        : $localize`${vm.statusMix['at-risk']}:atRisk: at risk, ${vm.statusMix['off-track']}:offTrack: off track, ${vm.indicators - assessed}:other: without a status yet`,
  };
}

/**
 * Completed activities per bucket, stacked by type. Every type keeps its place and colour from
 * one period to the next; activities whose type is not recorded are a series of their own.
 * `types[i]` is the type of series i (null: not recorded), for drill-down.
 */
export function deliveryChart(vm: OverviewVm, palette: ChartPalette) {
  const types: (ActivityType | null)[] = [...ACTIVITY_TYPES];
  const categories = vm.delivery.map((b) => periodLabel(b.period));
  const series = ACTIVITY_TYPES.map((t) => ({
    name: ACTIVITY_TYPE_LABELS[t],
    data: vm.delivery.map((b) => b.byType[t] ?? 0),
  }));
  const colors = ACTIVITY_TYPES.map((_, i) => palette.series[i % palette.series.length]!);
  const unrecorded = vm.delivery.map((b) => b.typeNotRecorded);
  if (unrecorded.some((n) => n > 0)) {
    types.push(null);
    series.push({ name: NOT_RECORDED, data: unrecorded });
    colors.push(palette.unrecorded);
  }
  const table: ChartTable = {
    columns: [$localize`Period`, ...series.map((s) => s.name), $localize`Total`],
    rows: vm.delivery.map((b, i) => [
      periodLabel(b.period),
      ...series.map((s) => s.data[i] ?? 0),
      b.total,
    ]),
  };
  const total = vm.delivery.reduce((s, b) => s + b.total, 0);
  return {
    options: barOptions(palette, categories, series, colors, { stacked: true }),
    table,
    types,
    empty: total === 0,
    summary: $localize`${total}:total: completed activities, by the period they ended in and by type.`,
  };
}

export function sexChart(vm: OverviewVm, palette: ChartPalette) {
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
      rows: labels.map((l, i) => [l, values[i]!]),
    },
    // A ring of nothing but "not recorded" says nothing a sentence would not say better.
    empty: women + men === 0,
    emptyText:
      vm.sex.notRecorded > 0
        ? $localize`No participant's sex is recorded in this period: all ${vm.sex.notRecorded}:unrecorded: participants are counted without it.`
        : $localize`Nothing to show for this period.`,
    summary:
      vm.sex.femaleShare === null
        ? $localize`No participant's sex is recorded in this period.`
        : $localize`Women are ${formatValue(vm.sex.femaleShare * 100, '%')}:share: of participants whose sex is recorded; ${vm.sex.notRecorded}:unrecorded: participants are counted without their sex.`,
  };
}

export function goalStatusChart(vm: OverviewVm, palette: ChartPalette, goals: readonly Goal[]) {
  const goalOf = (id: string) => goals.find((x) => x.id === id);
  const categories = vm.byGoal.map((g) => goalOf(g.id)?.code ?? g.id);
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
      { stacked: true, horizontal: true, height: 320 },
    ),
    table: {
      columns: [$localize`Goal`, ...STATUSES.map((s) => STATUS_LABELS[s])],
      rows: vm.byGoal.map((g, i) => [
        `${categories[i]} ${goalOf(g.id)?.title ?? ''}`,
        ...STATUSES.map((s) => g.counts[s]),
      ]),
    },
    summary: $localize`The status of the indicators that measure each strategic goal, for this period.`,
  };
}

export function statusMixChart(vm: OverviewVm, palette: ChartPalette) {
  // Every status, always in the same order and colour; empty ones draw no slice.
  return {
    options: donutOptions(
      palette,
      STATUSES.map((s) => STATUS_LABELS[s]),
      STATUSES.map((s) => vm.statusMix[s]),
      STATUSES.map((s) => palette.status[s]),
    ),
    shown: STATUSES,
    table: {
      columns: [$localize`Status`, $localize`Indicators`],
      rows: STATUSES.map((s) => [STATUS_LABELS[s], vm.statusMix[s]]),
    },
    empty: vm.indicators === 0,
    summary: $localize`${vm.statusMix['on-track']}:onTrack: of ${vm.indicators}:total: indicators are on track against what was expected by today.`,
  };
}

/**
 * The brief as slides for the co-chairs' own decks (PPTX): the same content as the page, the
 * goals as an editable chart. pptxgenjs loads only when slides are asked for.
 */
import type { BriefView } from './brief.view';

const FONT = 'Arial';
const INK = '1B1B1F';
const MUTED = '5E5E66';

/** Status colours of the app's theme, for the status named on a slide (never colour alone). */
const STATUS_COLOURS: Record<string, string> = {
  'on-track': '1B6C36',
  'at-risk': '8A5100',
  'off-track': 'B3261E',
  depends: '4A4FA8',
};

/** Indicators to a slide, as on the meeting-room screen. */
const RISKS_PER_SLIDE = 3;

interface TextRun {
  text: string;
  options: Record<string, unknown>;
}

/**
 * A paragraph of its own: each run ends its line, so pptxgenjs writes one <a:p> per run with
 * its properties first (runs sharing a paragraph can come out with <a:pPr> after <a:r>).
 */
const paragraph = (text: string, options: Record<string, unknown> = {}): TextRun => ({
  text,
  options: { ...options, breakLine: true },
});

/** A title's type: as large as one line of the slide's width allows (Indonesian runs longer). */
function titleSize(text: string): number {
  if (text.length <= 55) return 28;
  return text.length <= 75 ? 22 : 18;
}

/** The headline table's column widths (inches, 12.3 in all). */
function headlineColumns(perMonth: boolean): number[] {
  const columns = [2.7, 1.5, 2.7, 1.4, 1.6, 1.2];
  const room = 12.3 - (perMonth ? 1.6 : 0);
  const scale = room / columns.reduce((a, b) => a + b, 0);
  return [...columns.map((w) => w * scale), ...(perMonth ? [1.6] : [])];
}

export async function downloadSlides(view: BriefView, fileName: string): Promise<void> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = view.title;
  const footer = [
    $localize`Prepared on ${view.prepared}:date:`,
    ...(view.demoData ? [$localize`Demonstration data, not official RSO statistics`] : []),
  ].join(' · ');
  /** A slide with its title, the interval, and on every slide the date and the label. */
  const slideWith = (text: string) => {
    const slide = pptx.addSlide();
    slide.addText(text, {
      x: 0.5,
      y: 0.3,
      w: 12.3,
      h: 0.7,
      fontFace: FONT,
      fontSize: titleSize(text),
      bold: true,
      color: INK,
    });
    slide.addText(`${view.title} · ${view.dates}`, {
      x: 0.5,
      y: 0.95,
      w: 12.3,
      h: 0.4,
      fontFace: FONT,
      fontSize: 14,
      color: MUTED,
    });
    slide.addText(footer, {
      x: 0.5,
      y: 7.0,
      w: 12.3,
      h: 0.35,
      fontFace: FONT,
      fontSize: 12,
      color: view.demoData ? 'B3261E' : MUTED,
    });
    return slide;
  };
  const body = {
    x: 0.5,
    y: 1.5,
    w: 12.3,
    h: 5.4,
    fontFace: FONT,
    color: INK,
    valign: 'top',
  } as const;

  const title = pptx.addSlide();
  title.addText($localize`Regional Support Office of the Bali Process · Results brief`, {
    x: 0.5,
    y: 1.4,
    w: 12.3,
    h: 0.5,
    fontFace: FONT,
    fontSize: 16,
    color: MUTED,
  });
  title.addText(view.title, {
    x: 0.5,
    y: 2.0,
    w: 12.3,
    h: 1.0,
    fontFace: FONT,
    fontSize: 40,
    bold: true,
    color: INK,
  });
  title.addText(
    [
      paragraph(view.dates),
      paragraph($localize`Compared with the interval before: ${view.previous}:previous:`),
      paragraph($localize`Prepared on ${view.prepared}:date:`),
      ...(view.demoData
        ? [
            paragraph($localize`Demonstration data, not official RSO statistics`, {
              color: 'B3261E',
            }),
          ]
        : []),
    ],
    { x: 0.5, y: 3.2, w: 12.3, h: 1.8, fontFace: FONT, fontSize: 18, color: MUTED },
  );

  // What the figures rest on comes before them.
  slideWith($localize`Read these figures with`).addText(
    [view.comparison, ...(view.lengths ? [view.lengths] : []), ...view.caveats].map((text) =>
      paragraph(text, { bullet: true }),
    ),
    { ...body, fontSize: 18 },
  );

  const perMonth = view.lengths !== null;
  slideWith($localize`Headline figures`).addTable(
    [
      [
        $localize`Figure`,
        $localize`This interval`,
        $localize`Previous interval`,
        $localize`Change`,
        $localize`Target`,
        $localize`% met`,
        ...(perMonth ? [$localize`Per month (this / before)`] : []),
      ].map((text) => ({ text, options: { bold: true } })),
      ...view.headline.map((f) =>
        [
          f.label,
          f.now,
          f.before,
          f.change,
          f.target,
          f.met,
          ...(perMonth ? [f.perMonth ?? ''] : []),
        ].map((text) => ({ text })),
      ),
    ],
    {
      x: 0.5,
      y: 1.6,
      w: 12.3,
      // The figure's name and the interval before ("no records before …") take the room.
      colW: headlineColumns(perMonth),
      fontFace: FONT,
      fontSize: 16,
      color: INK,
      border: { type: 'solid', pt: 0.5, color: 'C4C6D0' },
    },
  );

  // A bar chart draws its first category at the bottom: reversed, SG1 is at the top.
  const goals = [...view.goals].reverse();
  const labels = goals.map((g) => `${g.code} ${g.title}`);
  slideWith($localize`Progress by strategic goal`).addChart(
    pptx.ChartType.bar,
    [
      { name: $localize`On track`, labels, values: goals.map((g) => g.onTrack) },
      { name: $localize`At risk`, labels, values: goals.map((g) => g.atRisk) },
      { name: $localize`Off track`, labels, values: goals.map((g) => g.offTrack) },
      {
        name: $localize`Depends on missing data`,
        labels,
        values: goals.map((g) => g.depends),
      },
      { name: $localize`No status yet`, labels, values: goals.map((g) => g.other) },
    ],
    {
      x: 0.5,
      y: 1.5,
      w: 12.3,
      h: 5.4,
      barDir: 'bar',
      barGrouping: 'stacked',
      chartColors: ['1B6C36', '8A5100', 'B3261E', '4A4FA8', 'A9ACB4'],
      showLegend: true,
      legendPos: 'b',
      catAxisLabelFontSize: 12,
      valAxisLabelFontSize: 12,
    },
  );

  slideWith($localize`Highlights`).addText(
    [
      ...view.largest.map((a) =>
        paragraph(
          `${a.title} — ${a.date}, ${a.place}, ${$localize`${a.participants}:n: participants`}`,
          { bullet: true },
        ),
      ),
      paragraph(
        view.firstReached.length
          ? $localize`Reached for the first time: ${view.firstReached.join(', ')}:members:`
          : $localize`No member state was reached for the first time.`,
      ),
    ],
    { ...body, fontSize: 20 },
  );

  const riskTitle = $localize`Indicators off track, at risk or depending on missing data`;
  const pages = Math.max(1, Math.ceil(view.risks.length / RISKS_PER_SLIDE));
  for (let page = 0; page < pages; page++) {
    const mine = view.risks.slice(page * RISKS_PER_SLIDE, (page + 1) * RISKS_PER_SLIDE);
    const runs: TextRun[] = mine.length
      ? mine.flatMap((r) => [
          paragraph(`${r.code} ${r.name}`, { bullet: true, bold: true }),
          // The status named and coloured, with the figures it rests on.
          paragraph(
            `${r.statusLabel} · ${$localize`${r.actual}:actual: of ${r.target}:target: targeted · ${r.met}:met: met`}`,
            { color: STATUS_COLOURS[r.status] ?? MUTED, bold: true, indentLevel: 1 },
          ),
          ...(r.range ? [paragraph(r.range, { indentLevel: 1 })] : []),
          ...(r.narrative ? [paragraph(r.narrative, { italic: true, indentLevel: 1 })] : []),
        ])
      : [
          paragraph(
            $localize`None is off track, at risk or depending on missing data in this interval.`,
          ),
        ];
    if (page === pages - 1 && view.unexplained)
      runs.push(
        paragraph(
          view.unexplained === 1
            ? $localize`1 of these has no explanation recorded for this interval.`
            : $localize`${view.unexplained}:count: of these have no explanation recorded for this interval.`,
          { color: MUTED },
        ),
      );
    slideWith(pages === 1 ? riskTitle : `${riskTitle} (${page + 1}/${pages})`).addText(runs, {
      ...body,
      fontSize: 16,
    });
  }

  await pptx.writeFile({ fileName });
}

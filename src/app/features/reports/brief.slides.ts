/**
 * The brief as slides for the co-chairs' own decks (PPTX): the same content as the page, the
 * goals as an editable chart. pptxgenjs loads only when slides are asked for.
 */
import type { BriefView } from './brief.view';

const FONT = 'Arial';
const INK = '1B1B1F';
const MUTED = '5E5E66';

export async function downloadSlides(view: BriefView, fileName: string): Promise<void> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = view.title;
  const heading = (slide: ReturnType<typeof pptx.addSlide>, text: string) => {
    slide.addText(text, {
      x: 0.5,
      y: 0.3,
      w: 12.3,
      h: 0.7,
      fontFace: FONT,
      fontSize: 28,
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
  };

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
      view.dates,
      $localize`Compared with the interval before: ${view.previous}:previous:`,
      $localize`Prepared on ${view.prepared}:date:`,
      ...(view.demoData ? [$localize`Demonstration data, not official RSO statistics`] : []),
    ].join('\n'),
    { x: 0.5, y: 3.2, w: 12.3, h: 1.6, fontFace: FONT, fontSize: 18, color: MUTED },
  );

  const figures = pptx.addSlide();
  heading(figures, $localize`Headline figures`);
  figures.addTable(
    [
      [
        $localize`Figure`,
        $localize`This interval`,
        $localize`Previous interval`,
        $localize`Change`,
      ].map((text) => ({ text, options: { bold: true } })),
      ...view.headline.map((f) => [f.label, f.now, f.before, f.change].map((text) => ({ text }))),
    ],
    {
      x: 0.5,
      y: 1.6,
      w: 12.3,
      fontFace: FONT,
      fontSize: 20,
      color: INK,
      border: { type: 'solid', pt: 0.5, color: 'C4C6D0' },
    },
  );

  const goals = pptx.addSlide();
  heading(goals, $localize`Progress by strategic goal`);
  const labels = view.goals.map((g) => `${g.code} ${g.title}`);
  goals.addChart(
    pptx.ChartType.bar,
    [
      { name: $localize`On track`, labels, values: view.goals.map((g) => g.onTrack) },
      { name: $localize`At risk`, labels, values: view.goals.map((g) => g.atRisk) },
      { name: $localize`Off track`, labels, values: view.goals.map((g) => g.offTrack) },
      {
        name: $localize`Depends on missing data`,
        labels,
        values: view.goals.map((g) => g.depends),
      },
      { name: $localize`No status yet`, labels, values: view.goals.map((g) => g.other) },
    ],
    {
      x: 0.5,
      y: 1.5,
      w: 12.3,
      h: 5.6,
      barDir: 'bar',
      barGrouping: 'stacked',
      chartColors: ['1B6C36', '8A5100', 'B3261E', '4A4FA8', 'A9ACB4'],
      showLegend: true,
      legendPos: 'b',
      catAxisLabelFontSize: 12,
      valAxisLabelFontSize: 12,
    },
  );

  const highlights = pptx.addSlide();
  heading(highlights, $localize`Highlights`);
  highlights.addText(
    [
      ...view.largest.map((a) => ({
        text: `${a.title} — ${a.date}, ${a.place}, ${$localize`${a.participants}:n: participants`}`,
        options: { bullet: true },
      })),
      {
        text: view.firstReached.length
          ? $localize`Reached for the first time: ${view.firstReached.join(', ')}:members:`
          : $localize`No member state was reached for the first time.`,
        options: { bullet: false, breakLine: true },
      },
    ],
    { x: 0.5, y: 1.6, w: 12.3, h: 5.4, fontFace: FONT, fontSize: 20, color: INK, valign: 'top' },
  );

  const risks = pptx.addSlide();
  heading(risks, $localize`Indicators off track, at risk or depending on missing data`);
  risks.addText(
    view.risks.length
      ? view.risks.flatMap((r) => [
          { text: `${r.code} ${r.name} — ${r.statusLabel}`, options: { bullet: true, bold: true } },
          ...(r.range ? [{ text: r.range, options: { breakLine: true } }] : []),
          {
            text: r.narrative ?? $localize`No explanation recorded.`,
            options: { italic: true, breakLine: true },
          },
        ])
      : [
          {
            text: $localize`None is off track, at risk or depending on missing data in this interval.`,
            options: {},
          },
        ],
    { x: 0.5, y: 1.6, w: 12.3, h: 5.4, fontFace: FONT, fontSize: 18, color: INK, valign: 'top' },
  );

  const caveats = pptx.addSlide();
  heading(caveats, $localize`Data caveats`);
  caveats.addText(
    (view.caveats.length
      ? view.caveats
      : [$localize`Every figure is built on complete records.`]
    ).map((text) => ({
      text,
      options: { bullet: true },
    })),
    { x: 0.5, y: 1.6, w: 12.3, h: 5.4, fontFace: FONT, fontSize: 20, color: INK, valign: 'top' },
  );

  await pptx.writeFile({ fileName });
}

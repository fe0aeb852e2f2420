/**
 * A report as a Word document (DOCX) the co-managers can edit further: A4, the same headings,
 * paragraphs and tables as the page, the title and any demonstration label in the header and
 * "Page n of m" in the footer. The docx library loads only when a document is asked for.
 */
import { download } from '../../../shared/export';
import type { Block, ReportDocument } from './document';

const A4 = { width: 11906, height: 16838 };
/** 16 mm top, 14 mm bottom, 12 mm at the sides, as the printed page (twips). */
const MARGIN = { top: 907, bottom: 794, left: 680, right: 680 };
const FONT = 'Arial';
const MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type Docx = typeof import('docx');

/** The width between the margins (twips). */
const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;

/**
 * Columns as wide as their longest text asks, within bounds: names and titles get the room,
 * figures what they need (Word and LibreOffice otherwise split a table evenly).
 */
function columnWidths(block: Extract<Block, { kind: 'table' }>): number[] {
  const weights = block.head.map((head, i) => {
    const longest = Math.max(head.length, ...block.rows.map((r) => (r[i] ?? '').length));
    // At least its heading's width, so a heading never breaks inside a word.
    return Math.min(Math.max(longest, head.length + 1, 8), block.numeric?.includes(i) ? 16 : 40);
  });
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((TEXT_WIDTH * w) / sum));
}

function blockOf(d: Docx, block: Block): InstanceType<Docx['Paragraph'] | Docx['Table']>[] {
  if (block.kind === 'paragraph')
    return [
      new d.Paragraph({
        spacing: { after: 120 },
        children: [
          new d.TextRun({
            text: block.text,
            ...(block.note ? { italics: true, size: 18, color: '44474E' } : {}),
          }),
        ],
      }),
    ];
  if (block.kind === 'list')
    return block.items.map(
      (text) => new d.Paragraph({ text, bullet: { level: 0 }, spacing: { after: 60 } }),
    );
  const widths = columnWidths(block);
  const cell = (text: string, column: number, head: boolean) =>
    new d.TableCell({
      width: { size: widths[column] ?? 0, type: d.WidthType.DXA },
      children: [
        new d.Paragraph({
          alignment: block.numeric?.includes(column) ? d.AlignmentType.RIGHT : d.AlignmentType.LEFT,
          children: [new d.TextRun({ text, bold: head, size: 18 })],
        }),
      ],
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      ...(head ? { shading: { type: d.ShadingType.CLEAR, fill: 'E7E8EE', color: 'auto' } } : {}),
    });
  return [
    new d.Paragraph({
      keepNext: true,
      spacing: { before: 120, after: 60 },
      children: [new d.TextRun({ text: block.caption, bold: true, size: 18, color: '44474E' })],
    }),
    new d.Table({
      width: { size: TEXT_WIDTH, type: d.WidthType.DXA },
      columnWidths: widths,
      layout: d.TableLayoutType.FIXED,
      rows: [
        new d.TableRow({
          tableHeader: true,
          children: block.head.map((text, i) => cell(text, i, true)),
        }),
        ...block.rows.map(
          (row) =>
            new d.TableRow({
              cantSplit: true,
              children: row.map((text, i) => cell(text, i, false)),
            }),
        ),
      ],
    }),
    new d.Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}

/** "Page n of m" in the reader's language, the numbers as Word's fields. */
function pageNumbers(d: Docx): InstanceType<Docx['Paragraph']> {
  const [before, between, after] = $localize`Page ${'{page}'}:page: of ${'{pages}'}:pages:`.split(
    /\{pages?\}/,
  );
  return new d.Paragraph({
    alignment: d.AlignmentType.RIGHT,
    children: [
      new d.TextRun({
        size: 16,
        color: '44474E',
        children: [
          before ?? '',
          d.PageNumber.CURRENT,
          between ?? '',
          d.PageNumber.TOTAL_PAGES,
          after ?? '',
        ],
      }),
    ],
  });
}

export async function docxBlob(report: ReportDocument): Promise<Blob> {
  const d: Docx = await import('docx');
  const heading = (text: string, level: Docx['HeadingLevel'][keyof Docx['HeadingLevel']]) =>
    new d.Paragraph({ heading: level, keepNext: true, children: [new d.TextRun(text)] });
  const document = new d.Document({
    title: report.title,
    description: report.subtitle,
    creator: $localize`RSO Results Dashboard`,
    styles: {
      default: {
        document: { run: { font: FONT, size: 20 } },
        heading1: {
          run: { font: FONT, size: 28, bold: true },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
        title: { run: { font: FONT, size: 36, bold: true } },
      },
    },
    sections: [
      {
        properties: { page: { size: A4, margin: MARGIN } },
        headers: {
          default: new d.Header({
            children: [
              new d.Paragraph({
                children: [
                  new d.TextRun({
                    text: [report.title, ...report.meta.slice(1)].join(' · '),
                    size: 16,
                    color: '44474E',
                  }),
                ],
              }),
            ],
          }),
        },
        footers: { default: new d.Footer({ children: [pageNumbers(d)] }) },
        children: [
          heading(report.title, d.HeadingLevel.TITLE),
          new d.Paragraph({ spacing: { after: 60 }, children: [new d.TextRun(report.subtitle)] }),
          ...report.meta.map(
            (text) =>
              new d.Paragraph({
                children: [new d.TextRun({ text, italics: true, size: 18, color: '44474E' })],
              }),
          ),
          ...report.sections.flatMap((section) => [
            heading(section.heading, d.HeadingLevel.HEADING_1),
            ...section.blocks.flatMap((block) => blockOf(d, block)),
          ]),
        ],
      },
    ],
  });
  return d.Packer.toBlob(document);
}

export async function downloadDocx(report: ReportDocument): Promise<void> {
  download(`${report.fileName}.docx`, await docxBlob(report), MIME);
}

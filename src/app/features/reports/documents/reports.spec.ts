import type { Goal, Member, WorkPlanItem } from '../../../domain/schema';
import { roundBrief } from '../../../results/rounds';
import { activity, context, indicator } from '../../../results/testing';
import { implementation } from '../../../results/workplan';
import type { BriefContext } from '../brief.view';
import { annualReport, type AnnualReportInput } from './annual-report';
import type { Block, ReportDocument } from './document';
import { docxBlob } from './docx';
import { monthlyReport } from './monthly-report';
import { monthPeriod } from '../../../results/periods';

const goals: Goal[] = [
  { id: 'SG1', code: 'SG1', title: 'Cooperation', description: '', framework: 'SP2018' } as never,
];
const members: Member[] = [
  { code: 'THA', name: 'Thailand', kind: 'state' } as never,
  { code: 'IDN', name: 'Indonesia', kind: 'state' } as never,
  { code: 'IOM', name: 'IOM', kind: 'organisation' } as never,
];

function item(id: string, overrides: Partial<WorkPlanItem> = {}): WorkPlanItem {
  return {
    id,
    title: `Item ${id}`,
    type: null,
    workingGroups: [],
    goals: ['SG1'],
    purposes: [],
    plannedStart: null,
    plannedEnd: '2026-06-30',
    budget: null,
    activities: [],
    cancelled: false,
    ...overrides,
  };
}

const tables = (doc: ReportDocument) =>
  doc.sections
    .flatMap((s) => s.blocks)
    .filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
const table = (doc: ReportDocument, caption: string) =>
  tables(doc).find((t) => t.caption === caption)!;
const text = (doc: ReportDocument) =>
  doc.sections
    .flatMap((s) => s.blocks)
    .map((b) => (b.kind === 'paragraph' ? b.text : b.kind === 'list' ? b.items.join('\n') : ''))
    .join('\n');

describe('the Annual Report', () => {
  const ctx = context({ today: '2026-11-24' });
  const done = activity({
    id: 'done',
    endDate: '2026-03-03',
    cost: 500,
    workingGroups: ['WGTIP'],
    members: [
      { code: 'THA', count: 4 },
      { code: 'IOM', count: 1 },
    ],
    participants: { total: 10, female: 4, male: 6 },
  });
  const extra = activity({
    id: 'extra',
    endDate: '2026-05-05',
    participants: { total: null, female: null, male: null },
  });
  const activities = [done, extra];
  const counted = indicator({ id: 'I1', code: '1.1', targets: [{ period: '2026', value: 4 }] });
  const brief = roundBrief(
    {
      indicators: [counted],
      activities,
      all: activities,
      actuals: [],
      slice: null,
      goalIds: ['SG1'],
    },
    '2026',
    ctx,
  );
  const briefContext: BriefContext = {
    goals,
    members,
    narratives: [],
    demoData: true,
    today: '2026-11-24',
    flagged: new Set(),
    memberStatesTotal: 2,
  };
  const plan = implementation(
    [
      item('a', { activities: ['done'], budget: 1000 }),
      item('b', { plannedEnd: '2026-06-30' }),
      item('c', { cancelled: true, budget: 300 }),
    ],
    activities,
    { start: '2026-01-01', end: '2026-12-31' },
    '2026-11-24',
  );
  const input: AnnualReportInput = {
    frameworkName: 'Strategic Plan',
    brief,
    context: briefContext,
    plan,
    currency: 'USD',
    workingGroups: [{ id: 'WGTIP', code: 'WGTIP', name: 'Trafficking in Persons' } as never],
    approval: null,
  };

  it('says what the plan delivered: 1 delivered, 1 delayed, 1 cancelled, 1 of 2 due', () => {
    const doc = annualReport(input);
    expect(doc.title).toBe('Annual Report 2026');
    expect(text(doc)).toContain(
      'Annual Work Plan: 1 of 2 (50 %) items due delivered; delayed: 1; cancelled: 1.',
    );
    const states = table(doc, 'Work-plan items by state').rows;
    expect(states).toContain(['Delivered', '1']);
    expect(states).toContain(['Delayed', '1']);
    expect(states).toContain(['Cancelled', '1']);
    expect(table(doc, 'Work-plan items').rows[0]).toEqual([
      'Item a',
      '30 Jun 2026',
      'Delivered',
      done.title,
      'USD 1,000',
    ]);
  });

  it('keeps unknown amounts unknown and says on how much the sums rest', () => {
    const doc = annualReport(input);
    // Budgets: a has one, b none, c is cancelled (not planned any more).
    expect(text(doc)).toContain('Budget planned: USD 1,000 (known for 1 of 2).');
    expect(text(doc)).toContain('Spent by the activities that delivered items: USD 500.');
    expect(text(doc)).toContain('Delivered outside the plan: 1 activities');
    expect(annualReport({ ...input, currency: undefined })).toEqual(
      jasmine.objectContaining({ title: 'Annual Report 2026' }),
    );
    expect(text(annualReport({ ...input, currency: undefined }))).toContain(
      'Budget planned: 1,000 (currency not set) (known for 1 of 2).',
    );
  });

  it('holds the year’s IPTT row of every indicator', () => {
    const row = table(annualReport(input), 'Indicator Performance Tracking Table for the year')
      .rows[0]!;
    expect(row[0]).toBe('1.1');
    expect(row[3]).toBe('4');
    expect(row[4]).toBe('2');
    expect(row[5]).toBe('50 %');
  });

  it('counts working groups, member states (not organisations) and participants by sex', () => {
    const doc = annualReport(input);
    const groups = table(doc, 'Activities delivered for each working group').rows;
    expect(groups).toEqual([
      ['Trafficking in Persons', '1', '10'],
      ['Not recorded', '1', '—'],
    ]);
    expect(text(doc)).toContain('Member states that took part (1 of 2): Thailand.');
    expect(table(doc, 'Participants by sex').rows[0]).toEqual(['4', '6', '0', '40 %']);
  });

  it('says when there is no plan, and whose approval the figures are', () => {
    const none = annualReport({ ...input, plan: null });
    expect(text(none)).toContain('No Annual Work Plan was recorded for 2026.');
    const approved = annualReport({
      ...input,
      approval: { by: 'cochair', at: '2027-01-20T10:00:00Z', meeting: 'SOM 2027' },
    });
    expect(approved.meta[0]).toContain('Approved by cochair on 20 Jan 2027 (SOM 2027)');
    expect(approved.fileName).toBe('rso-annual-report-2026-approved');
    expect(text(approved)).toContain('frozen on approval');
  });
});

describe('the Monthly Report', () => {
  const ctx = context({ memberStates: new Set(['THA', 'IDN']) });
  const october = monthPeriod(2026, 10);
  const big = activity({
    id: 'big',
    title: 'Big',
    endDate: '2026-10-20',
    participants: { total: 50, female: 20, male: 30 },
    members: [{ code: 'THA', count: null }],
  });
  const small = activity({ id: 'small', title: 'Small', endDate: '2026-10-02' });
  const september = activity({ id: 'sep', endDate: '2026-09-30' });
  const activities = [september, small, big];
  const items = implementation(
    [
      item('next', { plannedEnd: '2026-11-15' }),
      item('late', { plannedEnd: '2026-08-31' }),
      item('done-next', { plannedEnd: '2026-11-20', activities: ['small'] }),
    ],
    activities,
    { start: '2026-01-01', end: '2026-12-31' },
    '2026-11-01',
  ).items;
  const input = {
    month: october,
    activities,
    ctx,
    members,
    items,
    today: '2026-11-24',
    demoData: false,
  };

  it('lists the month’s delivered activities, the largest first, with their member states', () => {
    const doc = monthlyReport(input);
    expect(doc.title).toBe('Monthly Report, Oct 2026');
    expect(text(doc)).toContain(
      'Activities completed in Oct 2026: 2. Participants: 60 (women 24, men 36).',
    );
    const rows = table(doc, 'Activities completed in the month, the largest first').rows;
    expect(rows.map((r) => r[0])).toEqual(['Big', 'Small']);
    expect(rows[0]![4]).toBe('Thailand');
    expect(text(doc)).toContain('The largest: Big (50); Small (10).');
  });

  it('names what is due next month (not delivered) and what is delayed', () => {
    const doc = monthlyReport(input);
    expect(table(doc, 'Work-plan items due next month').rows.map((r) => r[0])).toEqual([
      'Item next',
    ]);
    expect(table(doc, 'Work-plan items past their planned end, not delivered').rows).toEqual([
      ['Item late', '31 Aug 2026', 'no activity linked'],
    ]);
  });

  it('says so when the month had nothing', () => {
    const doc = monthlyReport({ ...input, month: monthPeriod(2026, 7) });
    expect(text(doc)).toContain('No activity was completed in Jul 2026.');
  });
});

describe('a report as a Word document', () => {
  it('writes every text as text, markup included, in a valid package', async () => {
    const JSZip = (await import('jszip')).default;
    const blob = await docxBlob({
      title: 'Annual Report 2026',
      subtitle: 'Sub',
      meta: ['Live'],
      fileName: 'x',
      sections: [
        {
          heading: 'Results',
          blocks: [
            { kind: 'paragraph', text: '<script>alert(1)</script> & more' },
            {
              kind: 'table',
              caption: 'T',
              head: ['A', 'B'],
              rows: [['1.1', '45 %']],
              numeric: [1],
            },
          ],
        },
      ],
    });
    const zip = await JSZip.loadAsync(await blob.arrayBuffer());
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('>45 %</w:t>');
    expect(xml).toContain('>Annual Report 2026</w:t>');
  });
});

import { BreakpointObserver } from '@angular/cdk/layout';
import { ApplicationRef, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { of } from 'rxjs';
import { TODAY } from '../core/clock';
import { selectGlobalFilter, selectSelectedPeriod, filterFromParams } from '../state/filter';
import { selectLoadState, selectRejectedRecords } from '../state/load';
import { selectQualityIssues } from '../state/quality';
import { ShellActions } from '../state/shell-actions';
import { referenceFeature } from '../state/reference';
import { Shell } from './shell';

describe('Shell', () => {
  let store: MockStore;

  // Overridden selectors are module-level: put them back so other specs see the real ones.
  afterEach(() => store.resetSelectors());

  async function render(
    load: { loading: boolean; error: string | null; hasData: boolean },
    phone = false,
  ) {
    TestBed.configureTestingModule({
      imports: [Shell],
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([]),
        provideMockStore(),
        { provide: TODAY, useValue: () => '2026-11-24' },
        {
          provide: BreakpointObserver,
          useValue: { observe: () => of({ matches: phone, breakpoints: {} }) },
        },
      ],
    });
    await TestBed.compileComponents();
    store = TestBed.inject(MockStore);
    store.overrideSelector(selectGlobalFilter, filterFromParams({}));
    store.overrideSelector(selectSelectedPeriod, { period: null, invalid: false });
    store.overrideSelector(selectLoadState, { ...load, activityCount: 0 });
    store.overrideSelector(referenceFeature.selectSettings, null);
    store.overrideSelector(referenceFeature.selectMeetings, []);
    store.overrideSelector(referenceFeature.selectWorkingGroups, []);
    store.overrideSelector(referenceFeature.selectMembers, []);
    store.overrideSelector(referenceFeature.selectCurrentFramework, null);
    store.overrideSelector(referenceFeature.selectToday, '2026-11-24');
    store.overrideSelector(selectQualityIssues, [
      {
        id: 'a1',
        title: 'A',
        rule: 'end-before-start',
        problem: { field: 'endDate', code: 'end-before-start' },
      },
      {
        id: 'a1',
        title: 'A',
        rule: 'sex-exceeds-total',
        problem: { field: 'participants', code: 'sex-exceeds-total' },
      },
    ]);
    store.overrideSelector(selectRejectedRecords, [
      { collection: 'activities', id: 'b', problems: [] },
    ]);
    spyOn(store, 'dispatch').and.callThrough();
    const fixture = TestBed.createComponent(Shell);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const sectionLabels = (el: HTMLElement) =>
    [...el.querySelectorAll('nav a .nav-label')].map((a) => a.textContent!.trim());

  it('lists every section', async () => {
    const el = await render({ loading: false, error: null, hasData: true });
    expect(sectionLabels(el)).toEqual([
      'Overview',
      'Goals and purposes',
      'Indicators',
      'Activities',
      'Alignment',
      'Reports',
      'Work plan',
      'Reporting rounds',
      'Frameworks and meetings',
      'Data quality',
      'Audit trail',
      'Settings',
    ]);
    // Two records: one with two rule violations, one set aside as unreadable.
    expect(el.querySelector('nav .count')!.textContent).toBe('2');
    expect(el.querySelector('nav .visually-hidden')!.textContent).toBe('2 records with warnings');
  });

  it('on a phone, builds the sections when the menu is first opened', async () => {
    const el = await render({ loading: false, error: null, hasData: true }, true);
    expect(sectionLabels(el)).toEqual([]);
    (el.querySelector('button[aria-label="Open navigation"]') as HTMLButtonElement).click();
    await TestBed.inject(ApplicationRef).whenStable();
    expect(el.querySelector('mat-sidenav')!.classList).toContain('mat-drawer-opened');
    expect(sectionLabels(el).length).toBe(12);
  });

  it('on a phone, folds the filters behind a button that says what is selected', async () => {
    const el = await render({ loading: false, error: null, hasData: true }, true);
    const toggle = [...el.querySelectorAll('button')].find((b) =>
      b.textContent!.includes('Filters'),
    )!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(el.querySelector('#filters')!.children.length).toBe(0);
    toggle.click();
    await TestBed.inject(ApplicationRef).whenStable();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(
      el.querySelector('#filters app-filter-bar, #filters .filter-placeholder'),
    ).not.toBeNull();
  });

  it('shows a failed load with a retry, and says the figures are from the last load', async () => {
    const el = await render({ loading: false, error: 'The server answered 503', hasData: true });
    const alert = el.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('The server answered 503');
    expect(alert.textContent).toContain('from the last successful load');
    (alert.querySelector('button') as HTMLButtonElement).click();
    expect(store.dispatch).toHaveBeenCalledWith(ShellActions.retryClicked());
  });
});

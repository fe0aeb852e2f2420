import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  OnInit,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { Api, errorMessage } from '../../core/api';
import { AuditChanges } from './audit-changes';
import { AuditRow, auditRow } from './audit.view';

/** Where a changed record can be seen. */
const RECORD_PAGES: Readonly<Record<string, string | undefined>> = {
  activities: '/activities',
  indicators: '/indicators',
};

const COLLECTION_LABELS: Readonly<Record<string, string | undefined>> = {
  activities: $localize`Activities`,
  indicators: $localize`Indicators (targets, baselines)`,
  actuals: $localize`Reported actuals`,
  narratives: $localize`Narratives`,
  meetings: $localize`Meetings`,
  frameworks: $localize`Frameworks`,
  settings: $localize`Settings`,
};

/**
 * Every change to the records, newest first: who, what and when, with the reason given.
 * Filters narrow the list by person, kind of record and dates (UTC, as recorded).
 */
@Component({
  selector: 'app-audit-page',
  imports: [
    MatFormFieldModule,
    MatSelectModule,
    MatInputModule,
    MatButtonModule,
    RouterLink,
    AuditChanges,
  ],
  templateUrl: './audit-page.html',
  styleUrl: './audit-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditPage implements OnInit {
  private readonly api = inject(Api);
  private readonly rows = signal<AuditRow[] | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly loading = signal(false);
  protected readonly who = signal('');
  protected readonly what = signal('');
  protected readonly from = signal('');
  protected readonly to = signal('');
  protected readonly labels = COLLECTION_LABELS;
  protected readonly pages = RECORD_PAGES;

  protected readonly people = computed(() => [...new Set(this.rows()?.map((r) => r.who))].sort());
  protected readonly kinds = computed(() =>
    [...new Set(this.rows()?.map((r) => r.collection))].sort(),
  );
  protected readonly shown = computed(() => {
    const rows = this.rows();
    if (!rows) return null;
    const [who, what, from, to] = [this.who(), this.what(), this.from(), this.to()];
    return rows.filter(
      (r) =>
        (!who || r.who === who) &&
        (!what || r.collection === what) &&
        (!from || r.date >= from) &&
        (!to || r.date <= to),
    );
  });

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.error.set(null);
    this.api.audit().subscribe({
      next: (entries) => {
        this.rows.set(entries.map(auditRow).reverse());
        this.loading.set(false);
      },
      error: (e: unknown) => {
        this.error.set(errorMessage(e));
        this.loading.set(false);
      },
    });
  }

  protected clear(): void {
    this.who.set('');
    this.what.set('');
    this.from.set('');
    this.to.set('');
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }
}

import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { writeError } from '../../core/api';
import { Auth } from '../../core/auth';
import { MAX_PASSWORD_BYTES, MIN_PASSWORD } from '../../domain/users';
import type { Problem } from '../../domain/problems';
import { sentence } from '../framework/rule-validator';
import { localPath } from './return-url';

/** The two new passwords must be the same. */
function sameAsNew(control: AbstractControl): ValidationErrors | null {
  const form = control.parent;
  return form && control.value !== form.get('password')?.value ? { different: true } : null;
}

/**
 * A signed-in user chooses their own password: after an administrator set one (nothing else is
 * served until then), or whenever they like. Their other sessions end; this one goes on.
 */
@Component({
  selector: 'app-password-page',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule, RouterLink],
  template: `
    <main class="page">
      <div class="card">
        @if (forced()) {
          <h1 i18n>Choose your own password</h1>
          <p class="lead" i18n>
            An administrator set your password, so they know it. Choose one only you know before
            going on.
          </p>
        } @else {
          <h1 i18n>Change your password</h1>
          <p class="lead" i18n>
            Your other sessions end when the password changes; this one goes on.
          </p>
        }
        <form [formGroup]="form" (ngSubmit)="save()" novalidate>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label i18n>Current password</mat-label>
            <input
              matInput
              type="password"
              formControlName="current"
              autocomplete="current-password"
              required
            />
            <mat-error>{{ problem('current') }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label i18n>New password</mat-label>
            <input
              matInput
              type="password"
              formControlName="password"
              autocomplete="new-password"
              required
            />
            <mat-hint i18n
              >At least {{ min }} characters and at most {{ maxBytes }} bytes; not a common
              password, a simple pattern or your name.</mat-hint
            >
            <mat-error>{{ problem('password') }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label i18n>New password again</mat-label>
            <input
              matInput
              type="password"
              formControlName="repeat"
              autocomplete="new-password"
              required
            />
            <mat-error i18n>Type the same new password again.</mat-error>
          </mat-form-field>
          @if (error(); as e) {
            <p class="error" role="alert">{{ e }}</p>
          }
          <div class="actions">
            <button mat-flat-button type="submit" [disabled]="busy()" i18n>Save password</button>
            @if (!forced()) {
              <a mat-button [routerLink]="back()" i18n>Cancel</a>
            } @else {
              <button mat-button type="button" (click)="auth.signOut()" i18n>Sign out</button>
            }
          </div>
        </form>
      </div>
    </main>
  `,
  styleUrl: './card-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordPage {
  protected readonly auth = inject(Auth);
  readonly returnUrl = input<string>();
  protected readonly min = MIN_PASSWORD;
  protected readonly maxBytes = MAX_PASSWORD_BYTES;
  protected readonly forced = computed(() => this.auth.user()?.mustChangePassword === true);
  protected readonly back = computed(() => localPath(this.returnUrl()));
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  /** What the server said of each field, shown beside it. */
  private readonly problems = signal<Record<string, string>>({});

  protected readonly form = inject(NonNullableFormBuilder).group({
    current: ['', Validators.required],
    password: ['', [Validators.required, Validators.minLength(MIN_PASSWORD)]],
    repeat: ['', [Validators.required, sameAsNew]],
  });

  protected problem(field: 'current' | 'password'): string {
    const control = this.form.controls[field];
    if (control.hasError('server')) return this.problems()[field] ?? '';
    if (control.hasError('required')) return $localize`Is required.`;
    if (control.hasError('minlength'))
      return $localize`Must be at least ${MIN_PASSWORD}:min: characters.`;
    return '';
  }

  protected async save(): Promise<void> {
    this.form.controls.repeat.updateValueAndValidity();
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.busy.set(true);
    this.error.set(null);
    const { current, password } = this.form.getRawValue();
    try {
      await this.auth.changePassword(current, password);
      // A fresh page: everything loads again under the session that goes on.
      window.location.assign(this.back());
    } catch (failure) {
      const refused = writeError(failure);
      const byField: Record<string, string> = {};
      // The server's problems carry their codes: said here as every form says them.
      for (const p of refused.problems) byField[p.field] = sentence(p as unknown as Problem);
      this.problems.set(byField);
      for (const field of ['current', 'password'] as const)
        if (byField[field]) this.form.controls[field].setErrors({ server: true });
      this.error.set(Object.keys(byField).length ? null : refused.message);
      this.busy.set(false);
    }
  }
}

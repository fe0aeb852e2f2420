import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ROLE_LABELS } from '../core/labels';
import type { DemoUser } from '../core/auth';

export interface Credentials {
  username: string;
  password: string;
}

/** User name and password, with the server's answer beside them. Presentational. */
@Component({
  selector: 'app-sign-in-form',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-form-field appearance="outline">
        <mat-label i18n>User name</mat-label>
        <input matInput formControlName="username" autocomplete="username" required />
        @if (form.controls.username.hasError('required')) {
          <mat-error i18n>Enter your user name.</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label i18n>Password</mat-label>
        <input
          matInput
          type="password"
          formControlName="password"
          autocomplete="current-password"
          required
        />
        @if (form.controls.password.hasError('required')) {
          <mat-error i18n>Enter your password.</mat-error>
        }
      </mat-form-field>
      @if (error()) {
        <p class="error" role="alert">{{ error() }}</p>
      }
      <button mat-flat-button type="submit" [disabled]="busy()" i18n>Sign in</button>
    </form>
    @if (demoUsers().length) {
      <section class="demo" aria-labelledby="demo-title">
        <h2 id="demo-title" i18n>Demonstration users</h2>
        <p i18n>This is demonstration data. Sign in as one of these users:</p>
        <table>
          <thead>
            <tr>
              <th scope="col" i18n>Role</th>
              <th scope="col" i18n>User name</th>
              <th scope="col" i18n>Password</th>
            </tr>
          </thead>
          <tbody>
            @for (u of demoUsers(); track u.username) {
              <tr>
                <td>{{ roles[u.role] }}</td>
                <td>
                  <code>{{ u.username }}</code>
                </td>
                <td>
                  <code>{{ u.password }}</code>
                </td>
              </tr>
            }
          </tbody>
        </table>
      </section>
    }
  `,
  styles: `
    form {
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    .error {
      color: var(--mat-sys-error);
      margin: 0 0 12px;
    }
    .demo {
      margin-top: 24px;
      font: var(--mat-sys-body-medium);
    }
    h2 {
      font: var(--mat-sys-title-small);
      margin: 0 0 4px;
    }
    table {
      border-collapse: collapse;
    }
    th,
    td {
      text-align: left;
      padding: 4px 12px 4px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignInForm {
  readonly error = input<string | null>(null);
  readonly busy = input(false);
  readonly demoUsers = input<readonly DemoUser[]>([]);
  readonly submitted = output<Credentials>();
  protected readonly roles = ROLE_LABELS;

  protected readonly form = new FormGroup({
    username: new FormControl('', { nonNullable: true, validators: Validators.required }),
    password: new FormControl('', { nonNullable: true, validators: Validators.required }),
  });

  protected submit(): void {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.submitted.emit(this.form.getRawValue());
  }
}

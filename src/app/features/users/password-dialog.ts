import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MIN_PASSWORD } from '../../domain/users';

/** A new password for a user, chosen by an administrator. */
@Component({
  selector: 'app-password-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
  ],
  template: `
    <h2 mat-dialog-title i18n>New password for {{ data.username }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <mat-form-field>
          <mat-label i18n>New password</mat-label>
          <input matInput type="password" formControlName="password" autocomplete="new-password" />
          <mat-hint i18n
            >Their sessions end now; they choose their own password when they next sign
            in.</mat-hint
          >
          <mat-error i18n>At least {{ min }} characters.</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" [mat-dialog-close]="null" i18n>Cancel</button>
        <button mat-flat-button type="submit" i18n>Set password</button>
      </mat-dialog-actions>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordDialog {
  protected readonly data = inject<{ username: string }>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<PasswordDialog, string | null>>(MatDialogRef);
  protected readonly min = MIN_PASSWORD;
  // A form group, so submitting is handled here and never reloads the page.
  protected readonly form = new FormGroup({
    password: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(MIN_PASSWORD)],
    }),
  });

  protected save(): void {
    this.form.markAllAsTouched();
    if (this.form.valid) this.ref.close(this.form.controls.password.value);
  }
}

import { ChangeDetectionStrategy, Component, effect, inject } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatDialog } from '@angular/material/dialog';
import { Store } from '@ngrx/store';
import { firstValueFrom } from 'rxjs';
import { Auth } from '../../core/auth';
import { ROLE_LABELS } from '../../core/labels';
import { MIN_PASSWORD, ROLES, type Role, type User } from '../../domain/users';
import { referenceFeature } from '../../state/reference';
import { PasswordDialog } from './password-dialog';
import { UsersPageActions, usersFeature } from './users.state';

/** Administration: who may sign in, and with which role. */
@Component({
  selector: 'app-users-page',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
  ],
  templateUrl: './users-page.html',
  styleUrl: './users-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsersPage {
  private readonly store = inject(Store);
  private readonly dialog = inject(MatDialog);
  protected readonly me = inject(Auth).user;
  protected readonly users = this.store.selectSignal(usersFeature.selectAll);
  protected readonly loading = this.store.selectSignal(usersFeature.selectLoading);
  protected readonly error = this.store.selectSignal(usersFeature.selectError);
  protected readonly saving = this.store.selectSignal(usersFeature.selectSaving);
  protected readonly saveError = this.store.selectSignal(usersFeature.selectSaveError);
  private readonly added = this.store.selectSignal(usersFeature.selectAdded);
  protected readonly saved = this.store.selectSignal(usersFeature.selectSaved);
  protected readonly groups = this.store.selectSignal(referenceFeature.selectWorkingGroups);
  protected readonly roles = ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }));
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly minPassword = MIN_PASSWORD;

  protected readonly form = inject(FormBuilder).nonNullable.group({
    username: ['', [Validators.required, Validators.pattern(/^[A-Za-z0-9][A-Za-z0-9_-]*$/)]],
    name: ['', Validators.required],
    role: ['co-chair' as Role, Validators.required],
    workingGroup: [null as string | null],
    password: ['', [Validators.required, Validators.minLength(MIN_PASSWORD)]],
  });

  constructor() {
    this.store.dispatch(UsersPageActions.opened());
    // The user was added: the form is free for the next one.
    effect(() => {
      if (this.added()) this.form.reset();
    });
  }

  protected add(): void {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    this.store.dispatch(
      UsersPageActions.addClicked({
        user: { ...v, workingGroup: v.role === 'wg-member' ? v.workingGroup : null },
      }),
    );
  }

  protected setRole(user: User, role: Role): void {
    this.store.dispatch(
      UsersPageActions.changeClicked({ id: user.id, change: { role, version: user.version } }),
    );
  }

  protected setWorkingGroup(user: User, workingGroup: string): void {
    this.store.dispatch(
      UsersPageActions.changeClicked({
        id: user.id,
        change: { workingGroup, version: user.version },
      }),
    );
  }

  protected async resetPassword(user: User): Promise<void> {
    const ref = this.dialog.open(PasswordDialog, { data: { username: user.username } });
    const password = await firstValueFrom(ref.afterClosed());
    if (password)
      this.store.dispatch(
        UsersPageActions.changeClicked({
          id: user.id,
          change: { password, version: user.version },
        }),
      );
  }

  protected setDisabled(user: User, disabled: boolean): void {
    this.store.dispatch(
      UsersPageActions.changeClicked({ id: user.id, change: { disabled, version: user.version } }),
    );
  }
}

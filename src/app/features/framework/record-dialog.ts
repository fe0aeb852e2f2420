import { computed, Directive, effect, inject, signal } from '@angular/core';
import { stored } from '../../core/readable';
import type { FormGroup, ValidatorFn } from '@angular/forms';
import { MatDialogRef } from '@angular/material/dialog';
import { MAT_FORM_FIELD_DEFAULT_OPTIONS } from '@angular/material/form-field';
import { Store } from '@ngrx/store';
import type { EditableCollection } from '../../domain/collections';
import type { Problem } from '../../domain/problems';
import { roundHolding } from '../../domain/rounds';
import { selectFirstMonth } from '../../state/context';
import { referenceFeature } from '../../state/reference';
import { EditableRecord, RecordEditorActions, recordWritesFeature } from '../../state/records';
import { reapplyOnto } from './merge';
import { revalidate, ruleError, ruleValidator } from './rule-validator';

/**
 * For each dialog's `providers`: a field's error takes the lines it needs. The dialogs' fields
 * are narrow, and Material's one fixed line cut their messages short.
 */
export const RECORD_DIALOG_PROVIDERS = [
  { provide: MAT_FORM_FIELD_DEFAULT_OPTIONS, useValue: { subscriptSizing: 'dynamic' } },
];

/**
 * What every dialog that edits a framework record shares: each field is checked by the shared
 * rules as the API would check it, the record is sent with the version it was read at, the
 * dialog closes when the server has saved it, and after a conflict it either loads the other
 * person's version or re-applies the form to it. A subclass builds its form (controls checked
 * with `rule`) and calls `start` at the end of its constructor.
 */
@Directive()
export abstract class RecordDialog<T extends EditableRecord> {
  protected readonly store = inject(Store);
  private readonly ref = inject(MatDialogRef);
  protected readonly writes = this.store.selectSignal(recordWritesFeature.selectRecordWritesState);
  protected abstract readonly collection: EditableCollection;
  /** The version the form is based on; a conflict moves it to the server's. */
  protected readonly version = signal(1);
  /** Whether the record does not exist yet. */
  protected abstract readonly isNew: boolean;
  /** The record as the form was opened on (or last reloaded from): what "my changes" are measured against. */
  protected base: T | null = null;
  protected abstract readonly form: FormGroup;
  /** Validators run while the form is built; the rules apply once it exists (`start`). */
  private ready = false;
  protected readonly error = ruleError;
  private readonly rounds = this.store.selectSignal(referenceFeature.selectRounds);
  private readonly firstMonth = this.store.selectSignal(selectFirstMonth);
  /** Counts the form's changes, so what depends on its record follows it. */
  private readonly edits = signal(0);

  /**
   * The reporting round that holds this record (submitted or approved): the dialog says so and
   * does not offer to save what the API would refuse.
   */
  protected readonly lock = computed(() => {
    this.edits();
    const stored = this.base as unknown as Record<string, unknown> | null;
    const edited = this.ready ? (this.record() as unknown as Record<string, unknown>) : null;
    return roundHolding(this.collection, stored, edited, this.rounds(), this.firstMonth());
  });

  constructor() {
    this.store.dispatch(RecordEditorActions.opened());
    effect(() => {
      const done = this.writes().done;
      if (done && done.collection === this.collection) this.ref.close(done.id);
    });
  }

  /** The form's record, built on the version it was read at. */
  protected abstract record(): T;
  /** Puts a record's values in the form. */
  protected abstract fill(record: T): void;
  /** The problems the shared rules find in the form's record that stop a save. */
  protected abstract problems(): Problem[];

  /** A validator for a control: the problems whose field is `field` (or passes it). */
  protected rule(field: string | ((problemField: string) => boolean)): ValidatorFn {
    const mine = typeof field === 'string' ? (f: string) => f === field : field;
    return ruleValidator(() => (this.ready ? this.problems() : []), mine);
  }

  /** Opens the form on `record` (null for a new one); every change re-checks every field. */
  protected start(readable: T | null): void {
    // The record as stored, not as read in the reader's language: a save keeps both texts.
    const record = readable && stored(readable);
    this.ready = true;
    this.base = record;
    if (record) {
      this.version.set(record.version);
      this.fill(record);
    }
    this.edits.update((n) => n + 1);
    this.form.valueChanges.subscribe(() => {
      revalidate(this.form);
      this.edits.update((n) => n + 1);
    });
  }

  /** The reason field's text, in dialogs that ask why a closed period changes. */
  protected reasonText(): string | null {
    return (this.form.get('reason')?.value as string | undefined)?.trim() || null;
  }

  /** Shows every field's problems, and asks for the reason if `reasonNeeded`: true when the record may be sent. */
  protected checked(reasonNeeded = false): boolean {
    revalidate(this.form);
    this.form.markAllAsTouched();
    const noReason = reasonNeeded && !this.reasonText();
    if (noReason) this.form.get('reason')?.setErrors({ required: true });
    return this.form.valid && !noReason;
  }

  protected save(): void {
    if (this.checked()) this.send();
  }

  protected send(reason: string | null = null, copyIndicatorsFrom: string | null = null): void {
    this.store.dispatch(
      RecordEditorActions.saveClicked({
        collection: this.collection,
        record: this.record(),
        isNew: this.isNew,
        reason,
        copyIndicatorsFrom,
      }),
    );
  }

  protected remove(record: EditableRecord, reason: string | null = null): void {
    this.store.dispatch(
      RecordEditorActions.deleteClicked({ collection: this.collection, record, reason }),
    );
  }

  /** Their version replaces the form and what every view shows. */
  protected loadTheirs(current: unknown): void {
    const theirs = current as T;
    this.store.dispatch(
      RecordEditorActions.theirsLoaded({ collection: this.collection, record: theirs }),
    );
    this.version.set(theirs.version);
    this.base = theirs;
    this.fill(theirs);
  }

  /**
   * What I changed since opening, applied on top of their version and sent: where we changed
   * different fields (or different periods' targets), both changes are kept.
   */
  protected reapply(current: unknown, reason: string | null = null): void {
    const theirs = current as T;
    const merged = this.base ? reapplyOnto(this.base, this.record(), theirs) : this.record();
    this.base = theirs;
    this.version.set(theirs.version);
    this.fill(merged);
    this.send(reason);
  }

  protected close(): void {
    this.ref.close();
  }
}

import { Directive, effect, inject, signal } from '@angular/core';
import { MatDialogRef } from '@angular/material/dialog';
import { Store } from '@ngrx/store';
import type { EditableCollection } from '../../domain/collections';
import { EditableRecord, RecordEditorActions, recordWritesFeature } from '../../state/records';
import { reapplyOnto } from './merge';

/**
 * What every dialog that edits a framework record shares: it sends the record with the version
 * it was read at, closes when the server has saved it, and after a conflict either loads the
 * other person's version or re-applies the form to it.
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

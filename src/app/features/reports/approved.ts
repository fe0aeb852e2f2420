import { effect, type EffectRef } from '@angular/core';
import type { Store } from '@ngrx/store';
import { ApprovedBriefActions } from '../../state/rounds';
import { selectApprovedBrief, selectApprovedId } from './reports.selectors';

/**
 * For a page that shows the brief: loads the approved brief its URL names, once (an approved
 * brief never changes). Call it in a field initialiser.
 */
export function loadApprovedBriefOfUrl(store: Store): EffectRef {
  const id = store.selectSignal(selectApprovedId);
  const approved = store.selectSignal(selectApprovedBrief);
  return effect(() => {
    const wanted = id();
    if (wanted && !approved()) store.dispatch(ApprovedBriefActions.opened({ id: wanted }));
  });
}

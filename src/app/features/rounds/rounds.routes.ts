import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { moveRound, roundWritesFeature } from '../../state/rounds';
import { RoundsPage } from './rounds-page';

/** The reporting rounds screen, with the slice its dialog writes through. */
export const ROUNDS_ROUTES: Routes = [
  {
    path: '',
    component: RoundsPage,
    providers: [provideState(roundWritesFeature), provideEffects({ moveRound })],
  },
];

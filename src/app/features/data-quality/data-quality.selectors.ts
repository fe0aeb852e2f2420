import { createSelector } from '@ngrx/store';
import { referenceFeature } from '../../state/reference';
import { missingTranslations } from './missing-translations';

/** The stored reference texts a reader of Bahasa Indonesia would see in English. */
export const selectMissingTranslations = createSelector(referenceFeature.selectData, (data) =>
  data ? missingTranslations(data) : [],
);

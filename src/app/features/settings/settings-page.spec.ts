import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { provideMockActions } from '@ngrx/effects/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { EMPTY } from 'rxjs';
import { referenceFeature, SettingsPageActions } from '../../state/reference';
import { SettingsPage } from './settings-page';
import { Auth } from '../../core/auth';

describe('SettingsPage', () => {
  const settings = {
    id: 'app',
    yearStartMonth: 1,
    onTrackThreshold: 0.9,
    atRiskThreshold: 0.6,
    currentFramework: 'SP2018',
    demoData: true,
    version: 1,
  };

  // Overridden selectors are module-level: put them back so other specs see the real ones.
  afterEach(() => TestBed.inject(MockStore).resetSelectors());

  async function render() {
    TestBed.configureTestingModule({
      imports: [SettingsPage],
      providers: [
        provideZonelessChangeDetection(),
        provideMockStore(),
        provideMockActions(() => EMPTY),
        // Settings are the administrator's to change.
        { provide: Auth, useValue: { can: (collection: string) => collection === 'settings' } },
      ],
    });
    const store = TestBed.inject(MockStore);
    store.overrideSelector(referenceFeature.selectSettings, settings);
    store.overrideSelector(referenceFeature.selectSaving, false);
    store.overrideSelector(referenceFeature.selectSaveError, null);
    store.overrideSelector(referenceFeature.selectSaved, false);
    spyOn(store, 'dispatch');
    const fixture = TestBed.createComponent(SettingsPage);
    await fixture.whenStable();
    return { store, fixture, loader: TestbedHarnessEnvironment.loader(fixture) };
  }

  it('fills the form from the stored settings', async () => {
    const { loader } = await render();
    const inputs = await loader.getAllHarnesses(MatInputHarness);
    expect(await Promise.all(inputs.map((i) => i.getValue()))).toEqual(['90', '60', '']);
  });

  it('saves a currency in capitals, and refuses one that is not a code', async () => {
    const { loader, store, fixture } = await render();
    const currency = await loader.getHarness(
      MatInputHarness.with({ selector: '[formControlName="currency"]' }),
    );
    await currency.setValue('us');
    await currency.blur();
    await fixture.whenStable();
    expect(fixture.nativeElement.textContent).toContain(
      'Enter a three-letter currency code such as USD, AUD or IDR.',
    );
    await currency.setValue('aud');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Save settings' }))).click();
    expect(store.dispatch).toHaveBeenCalledWith(
      SettingsPageActions.saveClicked({ settings: { ...settings, currency: 'AUD' } }),
    );
  });

  it('saves thresholds as fractions', async () => {
    const { loader, store } = await render();
    const [onTrack] = await loader.getAllHarnesses(MatInputHarness);
    await onTrack.setValue('85');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Save settings' }))).click();
    expect(store.dispatch).toHaveBeenCalledWith(
      SettingsPageActions.saveClicked({ settings: { ...settings, onTrackThreshold: 0.85 } }),
    );
  });

  it('explains thresholds in the wrong order and does not save', async () => {
    const { loader, store, fixture } = await render();
    const [, atRisk] = await loader.getAllHarnesses(MatInputHarness);
    await atRisk.setValue('95');
    await atRisk.blur();
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).textContent).toContain(
      'The at-risk threshold must be below the on-track threshold.',
    );
    expect(
      await (
        await loader.getHarness(MatButtonHarness.with({ text: 'Save settings' }))
      ).isDisabled(),
    ).toBeTrue();
    expect(store.dispatch).not.toHaveBeenCalled();
  });
});

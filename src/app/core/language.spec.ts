import { registerLocaleData } from '@angular/common';
import localeId from '@angular/common/locales/id';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { clearTranslations, loadTranslations } from '@angular/localize';
import catalogue from '../../locale/messages.id.json';
import { formatNumber, separatorsFor } from './format';

/**
 * Plural messages as the product writes them (same text, so the same message ids as the
 * screens'), rendered through Angular's runtime with the Indonesian catalogue loaded.
 */
@Component({
  selector: 'app-plurals',
  template: `<p class="activities" i18n>
      Classify {count(), plural, =1 {1 activity} other {{{ count() }} activities}}
    </p>
    <p class="gaps" i18n>
      {gaps(), plural,
        =0 {Every strategic goal served}
        =1 {1 strategic goal not served}
        other {{{ gaps() }} strategic goals not served}
      }
    </p>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Plurals {
  readonly count = input(0);
  readonly gaps = input(0);
}

describe('the Indonesian catalogue at run time', () => {
  beforeAll(() => {
    // As main.ts does before the app starts: plural cases follow the locale's rules.
    registerLocaleData(localeId);
    loadTranslations(catalogue.translations);
    $localize.locale = 'id';
  });
  afterAll(() => {
    clearTranslations();
    $localize.locale = 'en';
  });

  function render(count: number, gaps: number): { activities: string; gaps: string } {
    const fixture = TestBed.createComponent(Plurals);
    fixture.componentRef.setInput('count', count);
    fixture.componentRef.setInput('gaps', gaps);
    fixture.detectChanges();
    const text = (selector: string) =>
      (fixture.nativeElement as HTMLElement).querySelector(selector)!.textContent!.trim();
    return { activities: text('.activities'), gaps: text('.gaps') };
  }

  it('renders plural messages in Indonesian, whatever the count', () => {
    expect(render(1, 0)).toEqual({
      activities: 'Klasifikasikan 1 kegiatan',
      gaps: 'Setiap tujuan strategis dilayani',
    });
    expect(render(3, 4)).toEqual({
      activities: 'Klasifikasikan 3 kegiatan',
      gaps: '4 tujuan strategis tidak dilayani',
    });
  });

  it('translates code-side messages with their placeholders in the translated order', () => {
    const code = 'SG3';
    expect($localize`indicator ${code}:code:`).toBe('indikator SG3');
  });

  it('writes numbers with the Indonesian separators', () => {
    expect(formatNumber(1234.56, 1, separatorsFor('id'))).toBe('1.234,6');
  });
});

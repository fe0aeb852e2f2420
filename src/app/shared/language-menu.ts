import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { registerIcons } from '../core/icons';
import { LANGUAGE_NAMES, LANGUAGES } from '../core/language';
import { LanguageChoice } from '../core/language-choice';

/**
 * The language switch: the other language, named in itself ("Bahasa Indonesia" on an English
 * page, "English" on an Indonesian one). Choosing it starts the page again in that language and
 * keeps it on the account of whoever is signed in. Two languages need no menu (and a menu's
 * overlay code would weigh on every first page).
 */
@Component({
  selector: 'app-language-menu',
  imports: [MatButtonModule, MatIconModule],
  template: `
    @for (language of others; track language) {
      <button
        mat-button
        type="button"
        class="switch"
        [attr.lang]="language"
        [attr.aria-label]="names[language]"
        [title]="hint"
        (click)="choice.choose(language)"
      >
        <mat-icon class="icon" svgIcon="translate" aria-hidden="true" />
        <span class="long">{{ names[language] }}</span>
        <span class="short" aria-hidden="true">{{ language.toUpperCase() }}</span>
      </button>
    }
  `,
  styles: `
    .switch {
      min-width: 0;
      color: inherit;
    }
    .short {
      display: none;
      font-weight: 500;
      letter-spacing: 0.05em;
    }
    // A phone's toolbar has room for the code only.
    @media (max-width: 599px) {
      .switch {
        --mat-button-text-horizontal-padding: 6px;
        --mat-button-text-with-icon-horizontal-padding: 6px;
      }
      .switch .long,
      .switch .icon {
        display: none;
      }
      .short {
        display: inline;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LanguageMenu {
  protected readonly choice = inject(LanguageChoice);
  protected readonly others = LANGUAGES.filter((l) => l !== this.choice.current);
  protected readonly names = LANGUAGE_NAMES;
  protected readonly hint = $localize`Read the dashboard in ${LANGUAGE_NAMES[this.others[0]!]}:language:`;

  constructor() {
    registerIcons();
  }
}

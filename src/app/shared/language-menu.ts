import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { registerIcons } from '../core/icons';
import { LANGUAGE_NAMES, LANGUAGES } from '../core/language';
import { LanguageChoice } from '../core/language-choice';

/**
 * The language menu: each language named in itself, the one in use checked. Choosing another
 * starts the page again in it (and keeps it on the account of whoever is signed in).
 */
@Component({
  selector: 'app-language-menu',
  imports: [MatButtonModule, MatIconModule, MatMenuModule],
  template: `
    <button
      mat-button
      type="button"
      class="trigger"
      [matMenuTriggerFor]="menu"
      [attr.aria-label]="label"
      [title]="label"
    >
      <mat-icon svgIcon="translate" />
      <span class="code">{{ choice.current.toUpperCase() }}</span>
    </button>
    <mat-menu #menu="matMenu">
      @for (language of languages; track language) {
        <button
          mat-menu-item
          role="menuitemradio"
          [attr.aria-checked]="language === choice.current"
          [attr.lang]="language"
          (click)="choice.choose(language)"
        >
          {{ names[language] }}
        </button>
      }
    </mat-menu>
  `,
  styles: `
    .trigger {
      min-width: 0;
      color: inherit;
    }
    .code {
      font-weight: 500;
      letter-spacing: 0.05em;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LanguageMenu {
  protected readonly choice = inject(LanguageChoice);
  protected readonly languages = LANGUAGES;
  protected readonly names = LANGUAGE_NAMES;
  protected readonly label = $localize`Language: ${LANGUAGE_NAMES[this.choice.current]}:language:`;

  constructor() {
    registerIcons();
  }
}

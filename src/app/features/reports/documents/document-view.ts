import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { ReportDocument } from './document';

/** A report on screen and on A4 paper: the same model the DOCX is written from. */
@Component({
  selector: 'app-document-view',
  template: `
    @let r = report();
    <article class="document" [attr.aria-labelledby]="'report-title'">
      <header>
        <h1 id="report-title">{{ r.title }}</h1>
        <p class="subtitle">{{ r.subtitle }}</p>
        @for (m of r.meta; track m) {
          <p class="meta">{{ m }}</p>
        }
      </header>
      @for (s of r.sections; track s.heading; let i = $index) {
        <section [attr.aria-labelledby]="'report-section-' + i">
          <h2 [id]="'report-section-' + i">{{ s.heading }}</h2>
          @for (b of s.blocks; track $index) {
            @switch (b.kind) {
              @case ('paragraph') {
                <p [class.note]="b.note">{{ b.text }}</p>
              }
              @case ('list') {
                <ul>
                  @for (item of b.items; track $index) {
                    <li>{{ item }}</li>
                  }
                </ul>
              }
              @case ('table') {
                <div class="table-wrap">
                  <table>
                    <caption>
                      {{
                        b.caption
                      }}
                    </caption>
                    <thead>
                      <tr>
                        @for (h of b.head; track $index) {
                          <th scope="col" [class.num]="b.numeric?.includes($index)">{{ h }}</th>
                        }
                      </tr>
                    </thead>
                    <tbody>
                      @for (row of b.rows; track $index) {
                        <tr>
                          @for (c of row; track $index) {
                            @if ($first) {
                              <th scope="row">{{ c }}</th>
                            } @else {
                              <td [class.num]="b.numeric?.includes($index)">{{ c }}</td>
                            }
                          }
                        </tr>
                      }
                    </tbody>
                  </table>
                </div>
              }
            }
          }
        </section>
      }
    </article>
  `,
  styleUrl: './document-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DocumentView {
  readonly report = input.required<ReportDocument>();
}

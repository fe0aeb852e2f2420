import { ChangeDetectionStrategy, Component, inject, OnInit } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { Store } from '@ngrx/store';
import { TODAY } from './core/clock';
import { AppActions } from './state/app-actions';

/**
 * The root: starts loading the data, whatever the first route is, and renders the route. Most
 * routes sit inside the shell (layout/shell); a route can also render without it.
 */
@Component({
  selector: 'app-root',
  imports: [RouterOutlet],
  template: '<router-outlet />',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App implements OnInit {
  private readonly store = inject(Store);
  private readonly today = inject(TODAY);

  ngOnInit(): void {
    this.store.dispatch(AppActions.opened({ today: this.today() }));
  }
}

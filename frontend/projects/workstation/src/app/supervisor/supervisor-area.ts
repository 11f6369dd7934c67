import { Component } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';

/** One view of the supervisor area, reached from the area's tabs. */
export interface SupervisorPanel {
  /** Absolute, e.g. `/supervisor/recordings`. */
  readonly path: string;
  readonly label: string;
}

/**
 * The supervisor area's views, in tab order. The wallboard is the area's home; a new view (e.g.
 * the recordings library) is a child route in `supervisor.routes.ts` and an entry here.
 */
export const SUPERVISOR_PANELS: readonly SupervisorPanel[] = [
  { path: '/supervisor', label: 'Wallboard' },
  { path: '/supervisor/recordings', label: 'Recordings' },
];

/**
 * The frame of the supervisor area: its views as tabs above the one shown. Each view has its own
 * heading.
 */
@Component({
  selector: 'parley-supervisor-area',
  imports: [RouterLink, RouterLinkActive, RouterOutlet],
  template: `
    <nav class="panels" aria-label="Supervisor views">
      @for (panel of panels; track panel.path) {
        <a
          [routerLink]="panel.path"
          routerLinkActive="active"
          [routerLinkActiveOptions]="{ exact: true }"
          ariaCurrentWhenActive="page"
          data-testid="supervisor-panel"
          >{{ panel.label }}</a
        >
      }
    </nav>
    <router-outlet />
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 1rem;
    }
    .panels {
      display: flex;
      gap: 0.25rem;
      border-bottom: 1px solid var(--parley-border);
    }
    .panels a {
      padding: 0.375rem 0.75rem;
      border-bottom: 3px solid transparent;
      color: var(--parley-text);
      text-decoration: none;
    }
    .panels a.active {
      border-bottom-color: var(--parley-accent);
      color: var(--parley-accent);
      font-weight: 600;
    }
  `,
})
export class SupervisorArea {
  protected readonly panels = SUPERVISOR_PANELS;
}

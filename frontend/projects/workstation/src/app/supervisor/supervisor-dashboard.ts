import { Component } from '@angular/core';

/** Where a supervisor watches queues and agents. Empty until live statistics exist. */
@Component({
  selector: 'parley-supervisor-dashboard',
  template: `
    <h1 data-testid="area-title">Supervisor dashboard</h1>
    <p>Queues and live agents will appear here.</p>
  `,
})
export class SupervisorDashboard {}

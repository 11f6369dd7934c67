import { Component } from '@angular/core';

/** Where an administrator configures the contact center. Empty until settings can be edited. */
@Component({
  selector: 'parley-administration',
  template: `
    <h1 data-testid="area-title">Administration</h1>
    <p>Users, queues and channels will be managed here.</p>
  `,
})
export class Administration {}

import { Component } from '@angular/core';

/** Where an agent handles contacts. Empty until routing offers contacts to agents. */
@Component({
  selector: 'parley-agent-workstation',
  template: `
    <h1 data-testid="area-title">Agent workstation</h1>
    <p>Your queues and the contacts offered to you will appear here.</p>
  `,
})
export class AgentWorkstation {}

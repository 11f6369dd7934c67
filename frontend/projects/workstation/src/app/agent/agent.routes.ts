import { Routes } from '@angular/router';
import { AgentWorkstation } from './agent-workstation';

export default [
  { path: '', title: 'Agent workstation · Parley', component: AgentWorkstation },
] satisfies Routes;

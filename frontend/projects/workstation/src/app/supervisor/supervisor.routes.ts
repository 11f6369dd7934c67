import { Routes } from '@angular/router';
import { SupervisorDashboard } from './supervisor-dashboard';

export default [
  { path: '', title: 'Supervisor dashboard · Parley', component: SupervisorDashboard },
] satisfies Routes;

import { Routes } from '@angular/router';
import { requireRole, signedIn, toHomeArea } from './core/auth/guards';
import { Login } from './login/login';
import { Shell } from './shell/shell';

export const routes: Routes = [
  { path: 'login', title: 'Parley', component: Login },
  {
    path: '',
    component: Shell,
    canMatch: [signedIn],
    children: [
      {
        path: 'agent',
        canMatch: [requireRole('agent')],
        loadChildren: () => import('./agent/agent.routes'),
      },
      {
        path: 'supervisor',
        canMatch: [requireRole('supervisor')],
        loadChildren: () => import('./supervisor/supervisor.routes'),
      },
      {
        path: 'admin',
        canMatch: [requireRole('admin')],
        loadChildren: () => import('./admin/admin.routes'),
      },
      { path: '', pathMatch: 'full', redirectTo: toHomeArea },
    ],
  },
  { path: '**', redirectTo: toHomeArea },
];

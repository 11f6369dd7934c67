import { Routes } from '@angular/router';
import { Administration } from './administration';

export default [
  { path: '', title: 'Administration · Parley', component: Administration },
] satisfies Routes;

import { Component, DestroyRef, inject } from '@angular/core';
import { PRESENCE_LABELS } from '../presence-toggle';
import { Colleagues } from './colleagues';

/** The agent's colleagues with their live presence and skills. */
@Component({
  selector: 'parley-directory',
  templateUrl: './directory.html',
  styleUrl: './directory.css',
})
export class Directory {
  protected readonly colleagues = inject(Colleagues);
  protected readonly labels = PRESENCE_LABELS;

  constructor() {
    inject(DestroyRef).onDestroy(this.colleagues.watch());
  }

  protected tone(presence: string): string {
    return presence.toLowerCase().replace('_', '-');
  }
}

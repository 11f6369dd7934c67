import { DestroyRef, Injectable, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';

const COUNT_PREFIX = /^\(\d+\) /;

/**
 * Puts a count in front of the page title, e.g. `(2) Agent workstation · Parley`, so that an
 * agent sees from another tab or window that something waits. Provided by the page that uses it;
 * the plain title comes back when the count drops to zero or the page goes away.
 */
@Injectable()
export class TitleNotice {
  private readonly title = inject(Title);

  constructor() {
    inject(DestroyRef).onDestroy(() => this.show(0));
  }

  show(count: number): void {
    const plain = this.title.getTitle().replace(COUNT_PREFIX, '');
    this.title.setTitle(count > 0 ? `(${count}) ${plain}` : plain);
  }
}

import { DOCUMENT, DestroyRef, Injectable, inject, signal } from '@angular/core';

/** Whether the page is in front of the user (`document.visibilityState`), as a signal. */
@Injectable({ providedIn: 'root' })
export class PageVisibility {
  private readonly document = inject(DOCUMENT);
  private readonly shown = signal(this.document.visibilityState !== 'hidden');

  readonly visible = this.shown.asReadonly();

  constructor() {
    const update = () => this.shown.set(this.document.visibilityState !== 'hidden');
    this.document.addEventListener('visibilitychange', update);
    inject(DestroyRef).onDestroy(() =>
      this.document.removeEventListener('visibilitychange', update),
    );
  }
}

import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { LiveCall } from './board';
import { AT, call } from './board-fixtures';
import { LiveCalls } from './live-calls';

/** A parent that offers an action on each call, as the monitoring will. */
@Component({
  imports: [LiveCalls],
  template: `
    <ng-template #act let-call>
      <button type="button" data-testid="act" (click)="chosen = call">Act</button>
    </ng-template>
    <parley-live-calls [calls]="calls" [now]="now" [actions]="withActions ? act : null" />
  `,
})
class Host {
  calls: readonly LiveCall[] = [call()];
  now = Date.parse(AT);
  withActions = false;
  chosen: LiveCall | null = null;
}

describe('LiveCalls', () => {
  function render(withActions: boolean): { host: Host; page: HTMLElement } {
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.withActions = withActions;
    fixture.detectChanges();
    return { host: fixture.componentInstance, page: fixture.nativeElement as HTMLElement };
  }

  it('lists each call with its customer, agent and how long it has been going', () => {
    const { page } = render(false);

    const row = page.querySelector<HTMLElement>('[data-testid="live-call"]');
    expect(row?.dataset['contactId']).toBe('c-9');
    expect(row?.querySelector('th')?.textContent?.trim()).toBe('Jane Doe');
    expect(row?.textContent).toContain('bob');
    expect(row?.querySelector('[data-testid="call-elapsed"]')?.textContent?.trim()).toBe('5:00');
  });

  it('has no actions column unless the parent gives actions', () => {
    const { page } = render(false);

    expect(page.querySelector('[data-testid="call-actions"]')).toBeNull();
    expect(
      Array.from(page.querySelectorAll('thead th')).map((th) => th.textContent?.trim()),
    ).toEqual(['Customer', 'Channel', 'Queue', 'Agent', 'Talking for']);
  });

  it("renders the parent's actions in each row with that row's call", () => {
    const { host, page } = render(true);

    page
      .querySelector<HTMLButtonElement>('[data-testid="call-actions"] [data-testid="act"]')
      ?.click();

    expect(host.chosen?.contactId).toBe('c-9');
  });
});

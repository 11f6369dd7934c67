import { ComponentFixture, TestBed } from '@angular/core/testing';
import { CannedResponse } from '../../chat/chat-api';
import { CannedPicker } from './canned-picker';

const RESPONSES: CannedResponse[] = [
  { id: 's-1', title: 'Greeting', text: 'Hi {customer.name}', scope: 'SHARED' },
  { id: 'p-1', title: 'Mine', text: 'Bye', scope: 'PERSONAL' },
];

describe('CannedPicker', () => {
  let fixture: ComponentFixture<CannedPicker>;

  async function render(responses: CannedResponse[], loading = false): Promise<HTMLElement> {
    fixture = TestBed.createComponent(CannedPicker);
    fixture.componentRef.setInput('responses', responses);
    fixture.componentRef.setInput('active', 1);
    fixture.componentRef.setInput('loading', loading);
    fixture.componentRef.setInput('listId', 'canned');
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('lists the responses with the active one selected; only own ones can be removed', async () => {
    const page = await render(RESPONSES);
    const chosen: string[] = [];
    const removed: string[] = [];
    fixture.componentInstance.chosen.subscribe((r) => chosen.push(r.id));
    fixture.componentInstance.removed.subscribe((id) => removed.push(id));

    const options = Array.from(page.querySelectorAll<HTMLElement>('[role="option"]'));
    expect(options.map((o) => o.getAttribute('aria-selected'))).toEqual(['false', 'true']);
    expect(options[0].textContent).toContain('Hi {customer.name}');
    expect(page.querySelectorAll('[data-testid="canned-remove"]')).toHaveLength(1);

    page.querySelector<HTMLElement>('[data-testid="canned-remove"]')?.click();
    options[0].click();
    expect(removed).toEqual(['p-1']);
    expect(chosen).toEqual(['s-1']);
  });

  it('says when it is loading or nothing matches', async () => {
    expect((await render([], true)).textContent).toContain('Loading canned responses…');
    fixture.componentRef.setInput('loading', false);
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).textContent).toContain(
      'No canned response matches.',
    );
  });
});

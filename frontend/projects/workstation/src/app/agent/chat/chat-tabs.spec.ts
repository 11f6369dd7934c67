import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ChatTab, ChatTabs } from './chat-tabs';

const TABS: ChatTab[] = [
  { conversationId: 'c-1', title: 'Jane Doe', unread: 0, state: 'ACTIVE', consult: false },
  { conversationId: 'c-2', title: 'visitor-7f3a', unread: 3, state: 'ACTIVE', consult: true },
  { conversationId: 'c-3', title: 'Bo', unread: 1, state: 'WRAP_UP', consult: false },
];

describe('ChatTabs', () => {
  let fixture: ComponentFixture<ChatTabs>;
  let chosen: string[];

  beforeEach(async () => {
    fixture = TestBed.createComponent(ChatTabs);
    fixture.componentRef.setInput('tabs', TABS);
    fixture.componentRef.setInput('selected', 'c-1');
    fixture.componentRef.setInput('panelId', 'panel');
    chosen = [];
    fixture.componentInstance.selectedChange.subscribe((id) => chosen.push(id));
    await fixture.whenStable();
  });

  function tabs(): HTMLElement[] {
    return Array.from(
      (fixture.nativeElement as HTMLElement).querySelectorAll<HTMLElement>(
        '[data-testid="chat-tab"]',
      ),
    );
  }

  it('shows a tab per chat with its unread count, the selected one marked', () => {
    expect(tabs().map((t) => t.dataset['conversationId'])).toEqual(['c-1', 'c-2', 'c-3']);
    expect(tabs().map((t) => t.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false']);
    expect(
      tabs().map((t) => t.querySelector('[data-testid="chat-tab-unread"]')?.textContent ?? null),
    ).toEqual([null, '3', '1']);
    expect(tabs()[1].textContent).toContain('Consult');
    expect(tabs()[2].textContent).toContain('Wrap-up');
  });

  it('selects by click and by arrow keys', () => {
    tabs()[2].click();
    tabs()[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft' }));
    tabs()[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));

    expect(chosen).toEqual(['c-3', 'c-3', 'c-2']);
  });
});

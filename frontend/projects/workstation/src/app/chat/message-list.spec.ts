import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ChatMessage } from './chat-api';
import { message } from './chat-fixtures';
import { MessageList } from './message-list';
import { PendingMessage } from './messages';

describe('MessageList', () => {
  let fixture: ComponentFixture<MessageList>;

  async function render(
    messages: ChatMessage[],
    pending: PendingMessage[] = [],
    readUpTo = 0,
  ): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    fixture = TestBed.createComponent(MessageList);
    fixture.componentRef.setInput('messages', messages);
    fixture.componentRef.setInput('pending', pending);
    fixture.componentRef.setInput('readUpTo', readUpTo);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  function all(page: HTMLElement, testId: string): HTMLElement[] {
    return Array.from(page.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`));
  }

  it('shows each message with its seq, role, kind and author, notes labelled', async () => {
    const page = await render([
      message(1, { text: 'Hi there' }),
      message(2, { author: { role: 'SYSTEM', name: null }, kind: 'EVENT', text: 'Alice joined' }),
      message(3, { author: { role: 'AGENT', name: 'Alice Agent' }, text: 'Hello!' }),
      message(4, {
        author: { role: 'AGENT', name: 'Alice Agent' },
        kind: 'NOTE',
        visibility: 'AGENTS',
        text: 'VIP',
      }),
      message(5, { author: { role: 'EXPERT', name: null }, visibility: 'AGENTS', text: 'Psst' }),
    ]);

    const shown = all(page, 'chat-message');
    expect(shown.map((m) => [m.dataset['seq'], m.dataset['role'], m.dataset['kind']])).toEqual([
      ['1', 'CUSTOMER', 'TEXT'],
      ['2', 'SYSTEM', 'EVENT'],
      ['3', 'AGENT', 'TEXT'],
      ['4', 'AGENT', 'NOTE'],
      ['5', 'EXPERT', 'TEXT'],
    ]);
    expect(all(page, 'chat-author').map((a) => a.textContent?.trim())).toEqual([
      'Jane',
      'Alice Agent',
      'Alice Agent',
      'Expert',
    ]);
    expect(shown[3].querySelector('[data-testid="chat-note-label"]')?.textContent).toBe(
      'Internal note',
    );
    expect(shown[3].classList).toContain('kind-note');
    expect(shown[1].textContent).toContain('Alice joined');
    expect(shown[4].textContent).toContain('Not shown to the customer');
  });

  it('renders text as text, never as HTML', async () => {
    const page = await render([message(1, { text: '<img src=x onerror=alert(1)><b>bold</b>' })]);

    const text = all(page, 'chat-text')[0];
    expect(text.textContent).toBe('<img src=x onerror=alert(1)><b>bold</b>');
    expect(text.querySelector('img, b')).toBeNull();
  });

  it("marks the agents' last message the customer has read", async () => {
    const agent = { role: 'AGENT' as const, name: 'Alice' };
    const page = await render(
      [message(1, { author: agent }), message(2, { author: agent })],
      [],
      1,
    );

    expect(all(page, 'chat-read')).toHaveLength(1);
    expect(all(page, 'chat-read')[0].closest('li')?.dataset['seq']).toBe('1');
  });

  it('shows messages on their way, and offers retry and discard for a refused one', async () => {
    const page = await render(
      [],
      [
        {
          clientId: 'a',
          kind: 'TEXT',
          text: 'On its way',
          fileName: null,
          status: 'sending',
          error: null,
        },
        {
          clientId: 'b',
          kind: 'TEXT',
          text: 'Too long',
          fileName: null,
          status: 'failed',
          error: 'too long',
        },
      ],
    );
    const retried: string[] = [];
    const discarded: string[] = [];
    fixture.componentInstance.retried.subscribe((id) => retried.push(id));
    fixture.componentInstance.discarded.subscribe((id) => discarded.push(id));

    const pending = all(page, 'chat-pending');
    expect(pending.map((p) => p.dataset['status'])).toEqual(['sending', 'failed']);
    expect(pending[0].textContent).toContain('Sending…');
    expect(pending[1].textContent).toContain('Not sent: too long');
    const [retry, discard] = Array.from(pending[1].querySelectorAll('button'));
    retry.click();
    discard.click();
    expect(retried).toEqual(['b']);
    expect(discarded).toEqual(['b']);
    expect(all(page, 'chat-empty')).toHaveLength(0);
  });

  it('downloads an attachment through the API as a blob', async () => {
    const page = await render([
      message(1, {
        attachments: [{ id: 'a 1', name: 'invoice.pdf', type: 'application/pdf', size: 52311 }],
      }),
    ]);
    const http = TestBed.inject(HttpTestingController);
    const created = vi.fn().mockReturnValue('blob:x');
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() });
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);

    const link = all(page, 'chat-attachment')[0];
    expect(link.textContent).toContain('invoice.pdf');
    expect(link.textContent).toContain('51 KB');
    link.click();
    const download = http.expectOne('/api/agent/attachments/a%201');
    expect(download.request.responseType).toBe('blob');
    download.flush(new Blob(['%PDF']));
    await vi.waitFor(() => expect(click).toHaveBeenCalled());
    expect(created).toHaveBeenCalled();
    click.mockRestore();
    http.verify();
  });
});

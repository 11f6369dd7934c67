import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Frame } from '@parley/shared';
import { FakeClock } from '@parley/shared/testing';
import { CLOCK } from '../../core/time/clock';
import { ActiveContact } from '../agent-api';
import { AgentDesk, DeskListener } from '../agent-desk';
import { CannedResponses } from '../chat/canned-responses';
import { EmailMessage } from './email-api';
import { EMAIL_CONTACT, inbound, outbound, thread } from './email-fixtures';
import { DELIVERY_POLL_MS } from './email-thread';
import { EmailPanel } from './email-panel';

const THREAD_URL = '/api/agent/email/c-9';

/** The part of the desk the panel uses: its socket's frames. */
class FakeDesk {
  readonly listeners: DeskListener[] = [];

  listen(listener: DeskListener): () => void {
    this.listeners.push(listener);
    return () => this.listeners.splice(this.listeners.indexOf(listener), 1);
  }

  frame(frame: Frame): void {
    this.listeners.forEach((l) => l.frame?.(frame));
  }

  reopen(): void {
    this.listeners.forEach((l) => l.open?.());
  }
}

describe('EmailPanel', () => {
  let fixture: ComponentFixture<EmailPanel>;
  let http: HttpTestingController;
  let clock: FakeClock;
  let desk: FakeDesk;

  async function open(
    messages: readonly EmailMessage[],
    contact: ActiveContact = EMAIL_CONTACT,
  ): Promise<void> {
    clock = new FakeClock('2026-12-04T10:05:00Z');
    desk = new FakeDesk();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        CannedResponses,
        { provide: CLOCK, useValue: clock },
        { provide: AgentDesk, useValue: desk },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(EmailPanel);
    fixture.componentRef.setInput('contact', contact);
    await fixture.whenStable();
    await answerRead(messages);
  }

  async function answerRead(messages: readonly EmailMessage[]): Promise<void> {
    const read = await vi.waitFor(() => http.expectOne(THREAD_URL));
    expect(read.request.method).toBe('GET');
    read.flush(thread(messages));
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  function page(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function all(testId: string, within: ParentNode = page()): HTMLElement[] {
    return Array.from(within.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`));
  }

  function find<T extends HTMLElement>(testId: string, within: ParentNode = page()): T {
    const found = within.querySelector<T>(`[data-testid="${testId}"]`);
    if (!found) {
      throw new Error(`No element with data-testid="${testId}"`);
    }
    return found;
  }

  function message(seq: number): HTMLElement {
    const found = page().querySelector<HTMLElement>(
      `[data-testid="email-message"][data-seq="${seq}"]`,
    );
    if (!found) {
      throw new Error(`No message ${seq}`);
    }
    return found;
  }

  function text(element: HTMLElement): string {
    return element.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  it('shows the thread and its messages oldest first, with who wrote to whom and when', async () => {
    await open([
      outbound(2, { cc: ['boss@example.com'] }),
      inbound(1, { from: { address: 'jane@example.com', name: null } }),
    ]);

    expect(all('email-panel')).toHaveLength(1);
    expect(text(find('email-subject'))).toBe('My lamp arrived broken');
    expect(text(find('email-ticket'))).toBe('#1004');
    expect(text(find('email-customer'))).toBe('jane@example.com');
    expect(text(find('email-mailbox'))).toBe('support@example.com');
    const messages = all('email-message');
    expect(messages.map((m) => [m.dataset['seq'], m.dataset['direction']])).toEqual([
      ['1', 'INBOUND'],
      ['2', 'OUTBOUND'],
    ]);
    expect(text(find('email-from', messages[0]))).toBe('jane@example.com');
    expect(text(find('email-from', messages[1]))).toBe('Support <support@example.com>');
    expect(text(find('email-to', messages[1]))).toBe('jane@example.com');
    expect(text(find('email-cc', messages[1]))).toBe('boss@example.com');
    expect(all('email-cc', messages[0])).toHaveLength(0);
    expect(messages[0].querySelector('time')?.getAttribute('datetime')).toBe(
      '2026-12-04T10:00:00Z',
    );
  });

  it('renders the HTML only in a frame without any permission and with its own policy', async () => {
    await open([inbound(1)]);

    const frame = find<HTMLIFrameElement>('email-html-frame');
    expect(frame.getAttribute('sandbox')).toBe('');
    const doc = frame.srcdoc;
    expect(doc.indexOf('Content-Security-Policy')).toBeLessThan(doc.indexOf('<body>'));
    expect(doc).toContain(`content="default-src 'none'; img-src 'self'`);
    expect(doc).toContain("style-src 'unsafe-inline'");
    expect(doc).not.toContain('https: http:');
    expect(doc).toContain('<p>Hello,<br>the lamp is <b>broken</b>.</p>');
    // Nothing of the message is put into the page itself.
    expect(page().querySelector('b')).toBeNull();
    expect(all('email-remote-notice')).toHaveLength(0);
  });

  it('switches between the HTML and the plain text, and shows text-only messages as text', async () => {
    await open([inbound(1), inbound(2, { html: null, text: 'Any <b>news</b>?' })]);

    expect(all('email-text', message(2)).map(text)).toEqual(['Any <b>news</b>?']);
    expect(all('email-show-text', message(2))).toHaveLength(0);
    expect(all('email-html-frame', message(2))).toHaveLength(0);

    find('email-show-text', message(1)).click();
    await fixture.whenStable();
    expect(all('email-html-frame', message(1))).toHaveLength(0);
    expect(find('email-text', message(1)).textContent).toBe('Hello,\nthe lamp is broken.');
    expect(find('email-show-text', message(1)).getAttribute('aria-pressed')).toBe('true');

    find('email-show-html', message(1)).click();
    await fixture.whenStable();
    expect(all('email-html-frame', message(1))).toHaveLength(1);
  });

  it('loads remote images only when asked, for that message only', async () => {
    await open([inbound(1, { remoteBlocked: 3 }), inbound(2, { remoteBlocked: 1 })]);
    expect(text(find('email-remote-notice', message(1)))).toContain('3 remote images blocked');
    expect(text(find('email-remote-notice', message(2)))).toContain('1 remote image blocked');

    find<HTMLButtonElement>('email-remote-button', message(1)).click();
    const variant = http.expectOne(`${THREAD_URL}/messages/1/html?remote=true`);
    expect(variant.request.method).toBe('GET');
    fixture.detectChanges();
    expect(find<HTMLButtonElement>('email-remote-button', message(1)).disabled).toBe(true);
    variant.flush({ html: '<img src="https://cdn.example.com/logo.png">', remoteBlocked: 0 });
    await fixture.whenStable();

    const first = find<HTMLIFrameElement>('email-html-frame', message(1)).srcdoc;
    expect(first).toContain("img-src https: http: data: 'self'");
    expect(first).toContain('https://cdn.example.com/logo.png');
    expect(all('email-remote-notice', message(1))).toHaveLength(0);
    const second = find<HTMLIFrameElement>('email-html-frame', message(2)).srcdoc;
    expect(second).not.toContain('https: http:');
    expect(all('email-remote-button', message(2))).toHaveLength(1);
  });

  it('says when the remote images could not be loaded, and lets the agent try again', async () => {
    await open([inbound(1, { remoteBlocked: 2 })]);
    find('email-remote-button').click();
    http
      .expectOne(`${THREAD_URL}/messages/1/html?remote=true`)
      .flush({ error: 'no' }, { status: 500, statusText: 'Server Error' });
    await fixture.whenStable();

    expect(text(message(1))).toContain('The remote images could not be loaded.');
    expect(find<HTMLButtonElement>('email-remote-button').disabled).toBe(false);
    expect(find<HTMLIFrameElement>('email-html-frame').srcdoc).not.toContain('https: http:');
  });

  it('shows inline images from data: URLs read with the session, not from the frame', async () => {
    await open([
      inbound(1, {
        html: '<p>Broken:</p><img src="/api/agent/attachments/a2" alt="photo">',
        files: [
          {
            id: 'a2',
            name: 'photo.png',
            type: 'image/png',
            size: 3,
            contentId: 'img1@example.com',
            inline: true,
          },
        ],
      }),
    ]);
    const frame = () => find<HTMLIFrameElement>('email-html-frame').srcdoc;
    expect(frame()).toContain('<img src="data:," alt="photo">');

    const image = http.expectOne('/api/agent/attachments/a2');
    expect(image.request.responseType).toBe('blob');
    image.flush(new Blob([new Uint8Array([1, 2, 3])]));
    await vi.waitFor(() => expect(frame()).toContain('<img src="data:image/png;base64,AQID"'));
    expect(frame()).not.toContain('/api/agent/attachments/a2');

    // Read again (a reply in the outbox): the image is not read twice.
    desk.frame({ type: 'chatMessage', conversationId: 'c-9' });
    await answerRead([
      inbound(1, {
        html: '<p>Broken:</p><img src="/api/agent/attachments/a2" alt="photo">',
        files: [
          {
            id: 'a2',
            name: 'photo.png',
            type: 'image/png',
            size: 3,
            contentId: 'img1@example.com',
            inline: true,
          },
        ],
      }),
    ]);
    http.expectNone('/api/agent/attachments/a2');
    expect(frame()).toContain('data:image/png;base64,AQID');
  });

  it('warns about a flagged message and lists its problems', async () => {
    await open([
      inbound(1),
      inbound(2, { flagged: true, problems: ['broken MIME boundary: --xyz', 'missing Date'] }),
    ]);

    expect(all('email-flagged', message(1))).toHaveLength(0);
    const warning = find('email-flagged', message(2));
    expect(text(warning)).toContain('may not show exactly what was sent');
    expect(Array.from(warning.querySelectorAll('li')).map(text)).toEqual([
      'broken MIME boundary: --xyz',
      'missing Date',
    ]);
  });

  it('shows where each reply is in the outbox, a failed one prominently', async () => {
    await open([
      inbound(1),
      outbound(2, {
        delivery: { state: 'SENT', attempts: 1, lastError: null, nextAttemptAt: null },
      }),
      outbound(3, {
        delivery: { state: 'QUEUED', attempts: 0, lastError: null, nextAttemptAt: null },
      }),
      outbound(4, {
        delivery: { state: 'SENDING', attempts: 1, lastError: null, nextAttemptAt: null },
      }),
      outbound(5, {
        delivery: {
          state: 'RETRYING',
          attempts: 2,
          lastError: '451 4.3.0 try later',
          nextAttemptAt: '2026-12-04T10:06:00Z',
        },
      }),
      outbound(6, {
        delivery: {
          state: 'FAILED',
          attempts: 1,
          lastError: '550 5.1.1 no such user',
          nextAttemptAt: null,
        },
      }),
    ]);
    // Replies are in the outbox: the thread is read again in a while (not answered here).
    http.match(THREAD_URL);

    expect(all('email-delivery', message(1))).toHaveLength(0);
    const states = all('email-delivery').map((d) => [d.dataset['state'], text(d)]);
    expect(states).toEqual([
      ['SENT', 'Sent'],
      ['QUEUED', 'Queued'],
      ['SENDING', 'Sending…'],
      ['RETRYING', 'Retrying — attempt 2 — 451 4.3.0 try later'],
      ['FAILED', 'Failed — 550 5.1.1 no such user'],
    ]);
    expect(find('email-delivery', message(6)).classList).toContain('failed');
    expect(find('email-delivery', message(2)).classList).not.toContain('failed');
  });

  it('lists the files, inline images included, with their sizes', async () => {
    await open([
      inbound(1, {
        files: [
          {
            id: 'a1',
            name: 'invoice.pdf',
            type: 'application/pdf',
            size: 2048,
            contentId: null,
            inline: false,
          },
          {
            id: 'a2',
            name: 'photo.jpg',
            type: 'image/jpeg',
            size: 300,
            contentId: 'img1@example.com',
            inline: true,
          },
        ],
      }),
    ]);

    const files = all('email-file');
    const shown = (f: HTMLElement) =>
      ['.name', '.size', '.inline'].map((part) => f.querySelector(part)?.textContent?.trim());
    expect(files.map((f) => [f.dataset['inline'], ...shown(f)])).toEqual([
      ['false', 'invoice.pdf', '2 KB', undefined],
      ['true', 'photo.jpg', '300 B', 'shown in the message'],
    ]);
    // Downloads go through the conversations' attachment download, with the session.
    files[0].querySelector('button')!.click();
    const download = http.expectOne('/api/agent/attachments/a1');
    expect(download.request.responseType).toBe('blob');
    // Saving a file is not jsdom's; a failed download shows where the file would have come from.
    download.error(new ProgressEvent('error'));
    await fixture.whenStable();
    expect(text(files[0])).toContain('The file could not be downloaded.');
  });

  it("reads the thread again when the socket announces a message of the contact's conversation", async () => {
    await open([inbound(1)]);

    desk.frame({ type: 'chatMessage', conversationId: 'other', message: { seq: 5 } });
    http.expectNone(THREAD_URL);

    desk.frame({ type: 'chatMessage', conversationId: 'c-9', message: { seq: 2 } });
    await answerRead([inbound(1), inbound(2, { text: 'Any news?', html: null })]);
    expect(all('email-message').map((m) => m.dataset['seq'])).toEqual(['1', '2']);

    desk.reopen();
    await answerRead([inbound(1), inbound(2, { text: 'Any news?', html: null })]);
  });

  it('asks once more after a read in progress instead of reading twice at once', async () => {
    await open([inbound(1)]);
    desk.frame({ type: 'chatMessage', conversationId: 'c-9' });
    desk.frame({ type: 'chatMessage', conversationId: 'c-9' });
    desk.frame({ type: 'chatMessage', conversationId: 'c-9' });
    const reads = http.match(THREAD_URL);
    expect(reads).toHaveLength(1);
    reads[0].flush(thread([inbound(1)]));
    await fixture.whenStable();

    await answerRead([inbound(1)]);
    http.expectNone(THREAD_URL);
  });

  it('reads the thread every 10 s while a reply is in the outbox, and stops once it is sent', async () => {
    const queued = outbound(2, {
      delivery: { state: 'QUEUED', attempts: 0, lastError: null, nextAttemptAt: null },
    });
    await open([inbound(1), queued]);

    clock.advance(DELIVERY_POLL_MS - 1);
    http.expectNone(THREAD_URL);
    clock.advance(1);
    await answerRead([
      inbound(1),
      outbound(2, {
        delivery: { state: 'RETRYING', attempts: 1, lastError: '421 busy', nextAttemptAt: null },
      }),
    ]);
    expect(find('email-delivery').dataset['state']).toBe('RETRYING');

    clock.advance(DELIVERY_POLL_MS);
    await answerRead([inbound(1), outbound(2)]);
    expect(find('email-delivery').dataset['state']).toBe('SENT');

    clock.advance(DELIVERY_POLL_MS * 3);
    http.expectNone(THREAD_URL);
  });

  it('shows a reply at once as Queued, and keeps it while a read that crossed it answers', async () => {
    await open([inbound(1)]);
    desk.frame({ type: 'chatMessage', conversationId: 'c-9' });
    const crossing = http.expectOne(THREAD_URL);

    const box = find<HTMLTextAreaElement>('email-reply-text');
    box.value = 'We are sending a new one.';
    box.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    find<HTMLButtonElement>('email-reply-send').click();
    const post = http.expectOne(`${THREAD_URL}/replies`);
    post.flush(
      outbound(2, {
        delivery: { state: 'QUEUED', attempts: 0, lastError: null, nextAttemptAt: null },
      }),
      { status: 201, statusText: 'Created' },
    );
    await fixture.whenStable();
    expect(find('email-delivery', message(2)).dataset['state']).toBe('QUEUED');

    crossing.flush(thread([inbound(1)]));
    await fixture.whenStable();
    expect(all('email-message').map((m) => m.dataset['seq'])).toEqual(['1', '2']);
    // Queued: the thread is read again later.
    clock.advance(DELIVERY_POLL_MS);
    await answerRead([inbound(1), outbound(2)]);
    expect(find('email-delivery', message(2)).dataset['state']).toBe('SENT');
  });

  it('offers no reply once the contact is in wrap-up', async () => {
    await open([inbound(1)], { ...EMAIL_CONTACT, state: 'WRAP_UP' });
    expect(all('email-reply-text')).toHaveLength(0);
    expect(text(page())).toContain('Finish the wrap-up');
  });

  it('says so when the contact is not the agent’s', async () => {
    clock = new FakeClock();
    desk = new FakeDesk();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        CannedResponses,
        { provide: CLOCK, useValue: clock },
        { provide: AgentDesk, useValue: desk },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(EmailPanel);
    fixture.componentRef.setInput('contact', EMAIL_CONTACT);
    await fixture.whenStable();
    http
      .expectOne(THREAD_URL)
      .flush({ error: 'not yours' }, { status: 403, statusText: 'Forbidden' });
    await fixture.whenStable();
    expect(all('email-forbidden')).toHaveLength(1);
    expect(all('email-message')).toHaveLength(0);
  });

  it('stops following the socket and the outbox when it goes away', async () => {
    await open([
      inbound(1),
      outbound(2, {
        delivery: { state: 'QUEUED', attempts: 0, lastError: null, nextAttemptAt: null },
      }),
    ]);
    expect(desk.listeners).toHaveLength(1);
    expect(clock.pendingTimers()).toBe(1);
    fixture.destroy();
    expect(desk.listeners).toHaveLength(0);
    expect(clock.pendingTimers()).toBe(0);
  });
});

import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { CannedResponse } from '../../chat/chat-api';
import { CannedResponses } from '../chat/canned-responses';
import { EmailMessage, EmailReply } from './email-api';
import { EmailComposer } from './email-composer';
import { outbound } from './email-fixtures';

const REPLIES_URL = '/api/agent/email/c-9/replies';
const UPLOAD_URL = '/api/agent/conversations/c-9/attachments';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const CANNED: CannedResponse[] = [
  { id: 's-1', title: 'Greeting', text: 'Dear {customer.name},', scope: 'SHARED' },
  { id: 's-2', title: 'Replacement', text: 'A new lamp is on its way.', scope: 'SHARED' },
];

const QUEUED: EmailMessage = outbound(2, {
  delivery: { state: 'QUEUED', attempts: 0, lastError: null, nextAttemptAt: null },
});

describe('EmailComposer', () => {
  let fixture: ComponentFixture<EmailComposer>;
  let http: HttpTestingController;
  let sent: EmailMessage[];

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), CannedResponses],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(EmailComposer);
    fixture.componentRef.setInput('contactId', 'c-9');
    fixture.componentRef.setInput('conversationId', 'c-9');
    fixture.componentRef.setInput('customerName', 'Jane Doe');
    fixture.componentRef.setInput('quoteSource', 'Hello,\n\nthe lamp is broken.\n');
    sent = [];
    fixture.componentInstance.sent.subscribe((message) => sent.push(message));
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  function find<T extends HTMLElement>(testId: string): T {
    const found = (fixture.nativeElement as HTMLElement).querySelector<T>(
      `[data-testid="${testId}"]`,
    );
    if (!found) {
      throw new Error(`No element with data-testid="${testId}"`);
    }
    return found;
  }

  function all(testId: string): HTMLElement[] {
    return Array.from(
      (fixture.nativeElement as HTMLElement).querySelectorAll<HTMLElement>(
        `[data-testid="${testId}"]`,
      ),
    );
  }

  async function fill(testId: string, value: string): Promise<void> {
    const input = find<HTMLInputElement | HTMLTextAreaElement>(testId);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  async function leave(testId: string): Promise<void> {
    find(testId).dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  }

  function sendButton(): HTMLButtonElement {
    return find<HTMLButtonElement>('email-reply-send');
  }

  function send(): TestRequest {
    sendButton().click();
    const request = http.expectOne(REPLIES_URL);
    expect(request.request.method).toBe('POST');
    return request;
  }

  async function choose(files: File[]): Promise<void> {
    const input = find<HTMLInputElement>('email-reply-file-input');
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    input.dispatchEvent(new Event('change'));
    await fixture.whenStable();
  }

  it('sends nothing until there is text', async () => {
    expect(sendButton().disabled).toBe(true);
    await fill('email-reply-text', '   ');
    expect(sendButton().disabled).toBe(true);
    await fill('email-reply-text', 'Sorry to hear that.');
    expect(sendButton().disabled).toBe(false);
  });

  it('checks the Cc addresses and says which one is wrong once the field is left', async () => {
    await fill('email-reply-text', 'Sorry to hear that.');
    await fill('email-reply-cc', 'boss@example.com, not an address, x@y');
    expect(sendButton().disabled).toBe(true);
    expect(all('email-reply-cc-error')).toHaveLength(0);

    await leave('email-reply-cc');
    expect(find('email-reply-cc-error').textContent?.trim()).toBe(
      'Not an e-mail address: not an address, x@y',
    );
    expect(find('email-reply-cc').getAttribute('aria-invalid')).toBe('true');

    await fill('email-reply-cc', 'boss@example.com, a@b.c,');
    expect(all('email-reply-cc-error')).toHaveLength(0);
    expect(sendButton().disabled).toBe(false);
  });

  it('sends the text, Cc, files and quote with a fresh clientId, then clears the form', async () => {
    await fill('email-reply-text', '  A new lamp is on its way.  ');
    await fill('email-reply-cc', 'boss@example.com , a@b.c');
    await choose([new File(['%PDF'], 'label.pdf', { type: 'application/pdf' })]);
    const upload = http.expectOne(`${UPLOAD_URL}?name=label.pdf`);
    expect(upload.request.method).toBe('POST');
    expect(sendButton().disabled).toBe(true);
    upload.flush({ id: 'att-1', name: 'label.pdf', type: 'application/pdf', size: 2048 });
    await fixture.whenStable();

    const request = send();
    const body = request.request.body as EmailReply;
    expect(body).toEqual({
      clientId: expect.stringMatching(UUID),
      text: 'A new lamp is on its way.',
      cc: ['boss@example.com', 'a@b.c'],
      attachments: ['att-1'],
      quote: true,
    });
    fixture.detectChanges();
    expect(sendButton().disabled).toBe(true);
    expect(sendButton().textContent?.trim()).toBe('Sending…');

    request.flush(QUEUED, { status: 201, statusText: 'Created' });
    await fixture.whenStable();
    expect(sent).toEqual([QUEUED]);
    expect(find<HTMLTextAreaElement>('email-reply-text').value).toBe('');
    expect(find<HTMLInputElement>('email-reply-cc').value).toBe('');
    expect(all('email-reply-file')).toHaveLength(0);
    expect(find<HTMLInputElement>('email-reply-quote').checked).toBe(true);

    await fill('email-reply-text', 'One more thing.');
    const next = send();
    expect((next.request.body as EmailReply).clientId).not.toBe(body.clientId);
    next.flush(outbound(3), { status: 201, statusText: 'Created' });
  });

  it('leaves the quote out when unticked, and previews it when ticked', async () => {
    expect(find('email-reply-quote-preview').textContent).toBe(
      '> Hello,\n>\n> the lamp is broken.',
    );
    const quote = find<HTMLInputElement>('email-reply-quote');
    quote.checked = false;
    quote.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(all('email-reply-quote-preview')).toHaveLength(0);

    await fill('email-reply-text', 'Thanks.');
    const request = send();
    expect((request.request.body as EmailReply).quote).toBe(false);
    request.flush(outbound(2), { status: 201, statusText: 'Created' });
  });

  it("keeps the text and shows the server's reason when the reply is refused", async () => {
    await fill('email-reply-text', 'A new lamp is on its way.');
    await fill('email-reply-cc', 'boss@example.com');
    send().flush(
      { error: 'cc: boss@example.com is not allowed' },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();

    expect(find('email-reply-error').textContent?.trim()).toBe(
      'The reply was not sent: cc: boss@example.com is not allowed',
    );
    expect(find<HTMLTextAreaElement>('email-reply-text').value).toBe('A new lamp is on its way.');
    expect(find<HTMLInputElement>('email-reply-cc').value).toBe('boss@example.com');
    expect(sendButton().disabled).toBe(false);
    expect(sent).toEqual([]);
  });

  it('sends the same clientId again after a lost answer, a new one once the draft changed', async () => {
    await fill('email-reply-text', 'A new lamp is on its way.');
    const first = send();
    const clientId = (first.request.body as EmailReply).clientId;
    first.error(new ProgressEvent('error'));
    await fixture.whenStable();
    expect(find('email-reply-error').textContent).toContain('Parley could not be reached');

    const again = send();
    expect((again.request.body as EmailReply).clientId).toBe(clientId);
    again.flush({ error: 'busy' }, { status: 503, statusText: 'Unavailable' });
    await fixture.whenStable();

    await fill('email-reply-text', 'A new lamp is on its way today.');
    const changed = send();
    expect((changed.request.body as EmailReply).clientId).not.toBe(clientId);
    changed.flush(QUEUED, { status: 201, statusText: 'Created' });
    await fixture.whenStable();
    expect(all('email-reply-error')).toHaveLength(0);
  });

  it('lets the agent remove a file before sending, and holds the reply while one failed', async () => {
    await fill('email-reply-text', 'See attached.');
    await choose([
      new File(['a'], 'a.txt', { type: 'text/plain' }),
      new File(['b'], 'b.exe', { type: 'application/octet-stream' }),
    ]);
    http
      .expectOne(`${UPLOAD_URL}?name=a.txt`)
      .flush({ id: 'att-a', name: 'a.txt', type: 'text/plain', size: 1 });
    http
      .expectOne(`${UPLOAD_URL}?name=b.exe`)
      .flush({ error: 'no' }, { status: 415, statusText: 'Unsupported Media Type' });
    await fixture.whenStable();

    const files = all('email-reply-file');
    expect(files.map((f) => f.dataset['status'])).toEqual(['uploaded', 'failed']);
    expect(files[1].textContent).toContain('this type of file cannot be sent.');
    expect(sendButton().disabled).toBe(true);

    (files[1].querySelector('[data-testid="email-reply-file-remove"]') as HTMLElement).click();
    await fixture.whenStable();
    expect(sendButton().disabled).toBe(false);
    (all('email-reply-file-remove')[0] as HTMLElement).click();
    await fixture.whenStable();
    expect(all('email-reply-file')).toHaveLength(0);

    const request = send();
    expect((request.request.body as EmailReply).attachments).toEqual([]);
    request.flush(QUEUED, { status: 201, statusText: 'Created' });
  });

  it('inserts a canned response where the cursor is, placeholders filled in', async () => {
    await fill('email-reply-text', '\n\nBest regards');
    const box = find<HTMLTextAreaElement>('email-reply-text');
    box.setSelectionRange(0, 0);

    find('email-canned-open').click();
    await fixture.whenStable();
    http.expectOne('/api/agent/canned-responses').flush(CANNED);
    await fixture.whenStable();
    expect(all('canned-option')).toHaveLength(2);
    all('canned-option')[0].click();
    await fixture.whenStable();

    expect(box.value).toBe('Dear Jane Doe,\n\nBest regards');
    expect(all('canned-picker')).toHaveLength(0);

    box.setSelectionRange(box.value.length, box.value.length);
    find('email-canned-open').click();
    await fixture.whenStable();
    await fill('email-canned-search', 'lamp');
    expect(all('canned-option')).toHaveLength(1);
    find('email-canned-search').dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', cancelable: true }),
    );
    await fixture.whenStable();
    expect(box.value).toBe('Dear Jane Doe,\n\nBest regardsA new lamp is on its way.');
    expect(sent).toEqual([]);
  });
});

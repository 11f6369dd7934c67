import { AttachmentBlobs } from './attachments';
import { ChatMessage } from './chat-message';
import { renderMessageList } from './message-list';
import { ViewHarness } from './testing/view-harness';

describe('the message list', () => {
  let view: ViewHarness;
  let messages: ChatMessage[];
  let retried: string[];
  let blobs: AttachmentBlobs;
  let fetchFn: ReturnType<typeof vi.fn<typeof fetch>>;

  const message = (change: Partial<ChatMessage>): ChatMessage => ({
    seq: 1,
    clientId: null,
    side: 'agent',
    role: 'AGENT',
    authorName: 'Alice Agent',
    text: 'Hello',
    at: '2026-12-04T19:30:00Z',
    attachments: [],
    delivery: null,
    error: null,
    ...change,
  });

  beforeEach(() => {
    retried = [];
    fetchFn = vi.fn<typeof fetch>(async () => new Response(new Blob(['x'])));
    blobs = new AttachmentBlobs(
      'https://p.example',
      () => 't-1',
      fetchFn,
      () => view.requestUpdate(),
      {
        createObjectURL: () => 'blob:https://p.example/1',
        revokeObjectURL: () => undefined,
      },
    );
    view = new ViewHarness(() => renderMessageList(messages, blobs, (id) => retried.push(id)));
  });

  afterEach(() => view.remove());

  function show(...shown: ChatMessage[]): HTMLElement[] {
    messages = shown;
    view.requestUpdate();
    return view.all('[data-testid="message"]');
  }

  it('is a polite live log', () => {
    show();
    const log = view.testId('message-list');

    expect(log.getAttribute('role')).toBe('log');
    expect(log.getAttribute('aria-live')).toBe('polite');
  });

  it('lays out visitor, agent and system messages with their seq and role', () => {
    const items = show(
      message({
        seq: 1,
        side: 'system',
        role: 'SYSTEM',
        text: 'Alice Agent joined',
        authorName: null,
      }),
      message({ seq: 2 }),
      message({
        seq: 3,
        side: 'customer',
        role: 'CUSTOMER',
        clientId: 'c-1',
        delivery: 'read',
        authorName: null,
      }),
    );

    expect(
      items.map((item) => [item.dataset['seq'], item.dataset['role'], item.className]),
    ).toEqual([
      ['1', 'SYSTEM', 'message system'],
      ['2', 'AGENT', 'message agent'],
      ['3', 'CUSTOMER', 'message customer'],
    ]);
    expect(items[1].querySelector('.author')?.textContent).toBe('Alice Agent');
    expect(items[2].querySelector('[data-testid="delivery"]')?.textContent?.trim()).toBe('Read');
  });

  it('renders text as text, never as HTML', () => {
    const [item] = show(message({ text: '<img src=x onerror=alert(1)><b>bold</b>' }));

    expect(item.querySelector('img, b')).toBeNull();
    expect(item.querySelector('.text')?.textContent).toBe(
      '<img src=x onerror=alert(1)><b>bold</b>',
    );
  });

  it('shows a pending message without a seq, and a failed one with its reason and a retry', () => {
    const [pending, failed] = show(
      message({
        seq: null,
        side: 'customer',
        role: 'CUSTOMER',
        clientId: 'c-1',
        delivery: 'pending',
        at: null,
      }),
      message({
        seq: null,
        side: 'customer',
        role: 'CUSTOMER',
        clientId: 'c-2',
        delivery: 'failed',
        error: 'You are sending too fast.',
        at: null,
      }),
    );

    expect(pending.dataset['seq']).toBe('');
    expect(pending.textContent).toContain('Sending…');
    expect(failed.textContent).toContain('Not sent: You are sending too fast.');
    failed.querySelector<HTMLButtonElement>('[data-testid="message-retry"]')!.click();
    expect(retried).toEqual(['c-2']);
  });

  it('shows images as thumbnails and other files as download links, fetched with the token', async () => {
    show(
      message({
        attachments: [
          { id: 'img', name: 'photo.png', type: 'image/png', size: 2048 },
          { id: 'pdf', name: 'invoice.pdf', type: 'application/pdf', size: 52_311 },
        ],
      }),
    );
    expect(view.text()).toContain('photo.png (2 KB) – loading…');

    await vi.waitFor(() => expect(view.all('a[download]')).toHaveLength(2));

    const [image, pdf] = view.all('a[download]') as HTMLAnchorElement[];
    expect(image.querySelector('img')?.getAttribute('alt')).toBe('photo.png');
    expect(image.querySelector('img')?.getAttribute('src')).toBe('blob:https://p.example/1');
    expect(pdf.getAttribute('download')).toBe('invoice.pdf');
    expect(pdf.textContent).toContain('invoice.pdf (51 KB)');
    expect(fetchFn).toHaveBeenCalledWith('https://p.example/api/visitor/attachments/pdf', {
      headers: { Authorization: 'Bearer t-1' },
    });
  });
});

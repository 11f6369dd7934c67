import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { CannedResponse } from '../../chat/chat-api';
import { CannedResponses } from './canned-responses';
import { Composer, Draft, FileDraft } from './composer';

const CANNED: CannedResponse[] = [
  {
    id: 's-1',
    title: 'Greeting',
    text: 'Hi {customer.name}, {agent.firstName} here.',
    scope: 'SHARED',
  },
  { id: 's-2', title: 'Refund', text: 'Your refund is on its way.', scope: 'SHARED' },
  { id: 'p-1', title: 'Sign-off', text: 'Best, {agent.name}', scope: 'PERSONAL' },
];

describe('Composer', () => {
  let fixture: ComponentFixture<Composer>;
  let http: HttpTestingController;
  let sent: Draft[];
  let files: FileDraft[];
  let typing: boolean[];

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), CannedResponses],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Composer);
    fixture.componentRef.setInput('name', 'c-1');
    fixture.componentRef.setInput('customerName', 'Jane Doe');
    fixture.componentRef.setInput('agentName', 'Alice Agent');
    sent = [];
    files = [];
    typing = [];
    fixture.componentInstance.sent.subscribe((draft) => sent.push(draft));
    fixture.componentInstance.fileChosen.subscribe((draft) => files.push(draft));
    fixture.componentInstance.typing.subscribe((active) => typing.push(active));
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

  async function type(text: string): Promise<void> {
    const input = find<HTMLTextAreaElement>('chat-input');
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  async function key(name: string, shiftKey = false): Promise<void> {
    find('chat-input').dispatchEvent(
      new KeyboardEvent('keydown', { key: name, shiftKey, cancelable: true }),
    );
    await fixture.whenStable();
  }

  it('sends the trimmed text with Send and with Enter, then clears it', async () => {
    expect(find<HTMLButtonElement>('chat-send').disabled).toBe(true);

    await type('  Hello  ');
    find('chat-send').click();
    await fixture.whenStable();
    await type('Second');
    await key('Enter', true);
    expect(sent).toHaveLength(1);
    await key('Enter');

    expect(sent).toEqual([
      { kind: 'TEXT', text: 'Hello' },
      { kind: 'TEXT', text: 'Second' },
    ]);
    expect(find<HTMLTextAreaElement>('chat-input').value).toBe('');
  });

  it('sends internal notes while Note is on', async () => {
    find('chat-note-toggle').click();
    await fixture.whenStable();
    expect(find('chat-note-toggle').getAttribute('aria-pressed')).toBe('true');
    expect(find<HTMLTextAreaElement>('chat-input').placeholder).toContain('only agents');

    await type('VIP customer');
    find('chat-send').click();

    expect(sent).toEqual([{ kind: 'NOTE', text: 'VIP customer' }]);
  });

  it('reports each keystroke as typing, and sending or clearing as stopped', async () => {
    await type('H');
    await type('He');
    await type('');
    await type('Hello');
    await key('Enter');

    expect(typing).toEqual([true, true, false, true, false]);
  });

  it('hands a chosen file over with what was typed', async () => {
    await type('See attached');
    const input = find<HTMLInputElement>('attach-input');
    const file = new File(['%PDF'], 'invoice.pdf', { type: 'application/pdf' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await fixture.whenStable();

    expect(files).toEqual([{ file, text: 'See attached' }]);
    expect(find<HTMLTextAreaElement>('chat-input').value).toBe('');
  });

  it('opens the canned responses on "/", filters as the agent types, fills in placeholders', async () => {
    expect(all('canned-picker')).toHaveLength(0);
    await type('/');
    http.expectOne('/api/agent/canned-responses').flush(CANNED);
    await fixture.whenStable();
    expect(all('canned-option').map((o) => o.querySelector('.title')?.textContent)).toEqual([
      'Greeting',
      'Refund',
      'Sign-off',
    ]);

    await type('/gre');
    expect(all('canned-option')).toHaveLength(1);
    all('canned-option')[0].click();
    await fixture.whenStable();

    expect(all('canned-picker')).toHaveLength(0);
    expect(find<HTMLTextAreaElement>('chat-input').value).toBe('Hi Jane Doe, Alice here.');
    expect(sent).toEqual([]);
  });

  it('picks a canned response with the arrow keys and Enter, and closes on Escape', async () => {
    await type('/');
    http.expectOne('/api/agent/canned-responses').flush(CANNED);
    await fixture.whenStable();

    await key('ArrowDown');
    await key('ArrowDown');
    await key('Enter');
    expect(find<HTMLTextAreaElement>('chat-input').value).toBe('Best, Alice Agent');
    expect(sent).toEqual([]);

    await type('/ref');
    expect(all('canned-picker')).toHaveLength(1);
    await key('Escape');
    expect(all('canned-picker')).toHaveLength(0);
    await type('/refund');
    expect(all('canned-picker')).toHaveLength(0);
    await type('');
    await type('/zzz');
    expect(all('canned-none')[0].textContent?.trim()).toBe('No canned response matches.');
  });

  it("saves the text as one of the agent's own, and removes one", async () => {
    await type('Thanks for waiting!');
    find('canned-save').click();
    await fixture.whenStable();
    const title = find<HTMLInputElement>('canned-title');
    expect(title.value).toBe('Thanks for waiting!');
    title.value = 'Waiting';
    title.dispatchEvent(new Event('input'));
    find('canned-save-submit').click();
    const save = http.expectOne('/api/agent/canned-responses');
    expect(save.request.method).toBe('POST');
    expect(save.request.body).toEqual({ title: 'Waiting', text: 'Thanks for waiting!' });
    save.flush({ id: 'p-2', title: 'Waiting', text: 'Thanks for waiting!', scope: 'PERSONAL' });
    await vi.waitFor(() => expect(all('canned-saved')).toHaveLength(1));

    find('canned-open').click();
    await fixture.whenStable();
    http.expectOne('/api/agent/canned-responses').flush(CANNED);
    await fixture.whenStable();
    all('canned-remove')[0].click();
    const remove = http.expectOne('/api/agent/canned-responses/p-1');
    expect(remove.request.method).toBe('DELETE');
    remove.flush(null);
    await vi.waitFor(() => expect(all('canned-remove')).toHaveLength(0));
  });
});

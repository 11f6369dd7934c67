import { FakeClock } from '@parley/shared/testing';
import { render } from 'lit';
import { CallPart } from './call-part';
import { ChatSession } from './chat-session';
import { fakeCallMedia, settle } from './testing/fake-call-media';

describe('CallPart', () => {
  let part: CallPart;
  let starts: unknown[][];
  let sent: unknown[];
  const chat = {
    start: (...args: unknown[]) => starts.push(args),
    sendFrame: (frame: unknown) => sent.push(frame) > 0,
    end: () => undefined,
    state: { conversationId: null },
  } as unknown as ChatSession;

  function attach(withMedia: boolean): void {
    part.attach({
      media: withMedia ? fakeCallMedia().media : null,
      clock: new FakeClock(),
      storage: localStorage,
      key: 'parley:test',
      server: 'https://parley.example',
      chat,
      root: document.createElement('div'),
      onChange: () => undefined,
    });
  }

  beforeEach(() => {
    part = new CallPart();
    starts = [];
    sent = [];
  });

  afterEach(() => {
    part.dispose();
    localStorage.clear();
  });

  it('offers no calls without media, and starts chats at once', () => {
    attach(false);
    part.start(chat, 'billing', null, null, 'VOICE');

    expect(part.offered).toBe(false);
    expect(starts).toEqual([['billing', null, null]]);
  });

  it('holds a call’s start back until the check’s Start', async () => {
    attach(true);

    part.start(chat, 'billing', 'Ann', null, 'VIDEO');
    await settle();
    expect(part.preparing).toBe(true);
    expect(starts).toEqual([]);

    const root = document.createElement('div');
    render(part.render(chat, 'NEW', 0), root);
    root.querySelector<HTMLButtonElement>('[data-testid="call-start"]')!.click();

    expect(starts).toEqual([['billing', 'Ann', null, 'VIDEO']]);
    expect(part.live).toBe(true);
  });

  it('says once that the callback started to ring', async () => {
    attach(true);
    part.start(chat, null, null, null, 'VOICE');
    await settle();
    const root = document.createElement('div');
    render(part.render(chat, 'NEW', 0), root);
    root.querySelector<HTMLButtonElement>('[data-testid="call-start"]')!.click();
    part.frame({ type: 'status', status: 'QUEUED' });
    expect(part.ringStarted()).toBe(false);

    part.frame({ type: 'callRing', agentName: 'Alice' });

    expect(part.ringStarted()).toBe(true);
    expect(part.ringStarted()).toBe(false);
  });
});

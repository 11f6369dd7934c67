import { FakeClock, FakeWebSocket, fakeWebSocketFactory } from '@parley/shared/testing';
import { MEDIA_UNAVAILABLE_TEXT } from './call-session';
import { KEPT_PLACE_TEXT } from './call-view';
import { defineParleyWidget } from './mount';
import { ParleyWidget } from './parley-widget';
import { SUPPORT } from './testing/fixtures';
import {
  FakePeerConnection,
  FakeStream,
  FakeTrack,
  fakeCallMedia,
  settle,
} from './testing/fake-call-media';

const SERVER = 'https://parley.example';

/** The widget's calls end to end, with a fake socket, fake media and a fake clock. */
describe('ParleyWidget calls', () => {
  let widget: ParleyWidget;
  let clock: FakeClock;
  let sockets: FakeWebSocket[];
  let fake: ReturnType<typeof fakeCallMedia>;

  beforeAll(() => defineParleyWidget());

  beforeEach(() => {
    clock = new FakeClock();
    fake = fakeCallMedia();
    FakePeerConnection.reset();
    vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
    vi.spyOn(HTMLMediaElement.prototype, 'pause').mockReturnValue(undefined);
  });

  afterEach(() => {
    widget?.remove();
    localStorage.clear();
    vi.restoreAllMocks();
  });

  async function mount(withMedia = true): Promise<void> {
    const sockets_ = fakeWebSocketFactory();
    sockets = sockets_.sockets;
    widget = document.createElement('parley-widget');
    widget.deps = {
      fetch: vi.fn<typeof fetch>(async () => new Response(JSON.stringify(SUPPORT))),
      socketFactory: sockets_.factory,
      clock,
      storage: localStorage,
      media: withMedia ? fake.media : null,
    };
    widget.setAttribute('entry-point', 'support');
    widget.setAttribute('server', SERVER);
    document.body.append(widget);
    await vi.waitFor(() => expect(widget.shadowRoot?.querySelector('.launcher')).not.toBeNull());
  }

  const find = <T extends HTMLElement = HTMLElement>(selector: string): T => {
    const element = widget.shadowRoot?.querySelector<T>(selector);
    if (!element) {
      throw new Error(`no ${selector} in the shadow root`);
    }
    return element;
  };
  const byTestId = <T extends HTMLElement = HTMLElement>(id: string) =>
    find<T>(`[data-testid="${id}"]`);
  const callState = () => find('[data-call-state]').dataset['callState'];
  const socket = () => sockets[sockets.length - 1];
  const sent = () =>
    socket()
      .sent.map((data) => JSON.parse(data))
      .filter((frame) => !['ping', 'hello', 'read'].includes(frame.type));

  async function server(frame: unknown): Promise<void> {
    socket().serverSends(frame);
    await widget.updateComplete;
  }

  async function click(element: HTMLElement): Promise<void> {
    element.click();
    await widget.updateComplete;
  }

  async function settled(): Promise<void> {
    await settle();
    await widget.updateComplete;
  }

  /** Opens the panel, picks `channel`, the Billing topic and an e-mail, up to the device check. */
  async function toCheck(channel: 'VOICE' | 'VIDEO'): Promise<void> {
    await click(find('.launcher'));
    socket().serverOpens();
    await server({ type: 'welcome', token: 't-1', conversation: null });
    await click(byTestId(`channel-${channel}`));
    await click(find('[data-option-id="billing"]'));
    const email = byTestId<HTMLInputElement>('prechat-email');
    email.value = 'ann@example.com';
    await click(byTestId('prechat-start'));
    await settled();
  }

  it('offers no calls where the browser has no media', async () => {
    await mount(false);
    await click(find('.launcher'));

    expect(widget.shadowRoot?.querySelector('[data-testid="channel-VOICE"]')).toBeNull();
    expect(callState()).toBe('idle');
  });

  it('checks the microphone, then starts a voice call and joins while queued', async () => {
    await mount();
    await toCheck('VOICE');

    expect(callState()).toBe('checking');
    expect(find('meter')).toBeTruthy();
    expect(sent()).toEqual([]);

    await click(byTestId('call-start'));
    expect(sent()).toEqual([
      { type: 'start', option: 'billing', name: null, email: 'ann@example.com', channel: 'VOICE' },
    ]);

    await server({ type: 'status', status: 'QUEUED' });
    await server({ type: 'queue', position: 2, estimatedWaitSeconds: 90 });
    expect(callState()).toBe('queued');
    expect(sent().at(-1)).toEqual({ type: 'callJoin', video: false });
    expect(byTestId('queue-status').textContent).toContain('Position 2 in the queue, about 2 min');

    await server({
      type: 'callPeers',
      conversationId: 'c-1',
      mode: 'PEER_TO_PEER',
      peers: [],
      iceServers: [],
      held: false,
      musicFromServer: false,
    });
    expect(find<HTMLAudioElement>('audio[data-hold-music]').getAttribute('src')).toBe(
      `${SERVER}/media/greeting.ogg`,
    );

    await server({ type: 'status', status: 'ACTIVE', agentName: 'Alice Agent' });
    expect(find('audio[data-hold-music]').hasAttribute('src')).toBe(false);
    expect(callState()).toBe('connecting');

    await server({
      type: 'callPeerJoined',
      conversationId: 'c-1',
      peer: { id: 'agent:alice', role: 'AGENT', name: 'Alice Agent', offer: false },
    });
    await server({
      type: 'callSdp',
      conversationId: 'c-1',
      peer: 'agent:alice',
      description: { type: 'offer', sdp: 'o\nm=audio sendrecv' },
    });
    await settled();
    const pc = FakePeerConnection.created[0];
    const remote = new FakeStream([new FakeTrack('audio')]);
    pc.emitTrack(remote.getTracks()[0], remote);
    pc.setConnectionState('connected');
    clock.advance(3_000);
    await widget.updateComplete;

    expect(callState()).toBe('active');
    expect(find<HTMLAudioElement>('audio[data-remote-media="agent:alice"]').srcObject).toBe(remote);
    expect(byTestId('call-timer').textContent).toBe('0:03');
    // The chat goes on beside the call.
    expect(byTestId('composer-input')).toBeTruthy();
    expect(widget.shadowRoot?.querySelector('[data-testid="end-chat"]')).toBeNull();

    await click(byTestId('call-hang-up'));
    expect(sent().at(-1)).toEqual({ type: 'end' });
    await server({ type: 'status', status: 'ENDED' });
    expect(callState()).toBe('ended');
    expect(pc.closed).toBe(true);
    expect(fake.streams[0].getTracks()[0].stopped).toBe(true);
  });

  it('shows why the camera cannot be opened', async () => {
    fake.media.failWith = 'NotAllowedError';
    await mount();
    await toCheck('VIDEO');

    const alert = find('[role="alert"][data-call-error]');
    expect(callState()).toBe('failed');
    expect(alert.dataset['callError']).toBe('NotAllowedError');
    expect(alert.textContent).toContain('Your browser blocked the microphone/camera.');

    await click(byTestId('call-back'));
    expect(callState()).toBe('idle');
    expect(byTestId('channel-CHAT')).toBeTruthy();
  });

  it('keeps the place and rings back', async () => {
    await mount();
    await toCheck('VOICE');
    await click(byTestId('call-start'));
    await server({ type: 'status', status: 'QUEUED' });
    await server({ type: 'queue', position: 1, estimatedWaitSeconds: null, keepPlace: true });

    await click(byTestId('keep-place'));
    expect(sent().at(-1)).toEqual({ type: 'keepPlace' });
    expect(byTestId('kept-place').textContent?.trim()).toBe(KEPT_PLACE_TEXT);
    expect(fake.streams[0].getTracks()[0].stopped).toBe(true);

    await click(find('.close'));
    await server({ type: 'callRing', conversationId: 'c-1', agentName: 'Alice Agent' });
    await widget.updateComplete;
    expect(callState()).toBe('ringing');
    expect(find('.panel').hidden).toBe(false); // opened for the callback
    await click(byTestId('call-answer'));
    await settled();
    expect(sent().at(-1)).toEqual({ type: 'callJoin', video: false });
  });

  it('rejoins after a reload', async () => {
    await mount();
    await toCheck('VIDEO');
    await click(byTestId('call-start'));
    await server({ type: 'status', status: 'QUEUED' });
    widget.remove();

    await mount();
    socket().serverOpens();
    await server({ type: 'welcome', token: 't-1', conversation: { id: 'c-1', status: 'QUEUED' } });
    await settled();

    expect(sent()).toEqual([{ type: 'callJoin', video: true, conversationId: 'c-1' }]);
    expect(callState()).toBe('queued');
  });

  it('explains that calls are unavailable and keeps the chat', async () => {
    await mount();
    await toCheck('VOICE');
    await click(byTestId('call-start'));
    await server({ type: 'status', status: 'QUEUED' });

    await server({
      type: 'callFailed',
      conversationId: 'c-1',
      code: 'MEDIA_UNAVAILABLE',
      message: 'x',
    });

    expect(find('[data-call-error="MEDIA_UNAVAILABLE"]').textContent?.trim()).toBe(
      MEDIA_UNAVAILABLE_TEXT,
    );
    expect(byTestId('end-chat')).toBeTruthy();
  });
});

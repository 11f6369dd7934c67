import { render } from 'lit';
import { CallSnapshot } from './call-session';
import { CallActions, KEPT_PLACE_TEXT, callDuration, renderCall } from './call-view';
import { FakeStream, FakeTrack, fakeLocalStream } from './testing/fake-call-media';

const IDLE: CallSnapshot = {
  state: 'idle',
  channel: null,
  problem: null,
  canRetry: false,
  keptPlace: false,
  canKeepPlace: false,
  ringingAgent: null,
  local: null,
  remotes: [],
  muted: false,
  cameraOff: false,
  level: 0,
  connectedAt: null,
};

describe('renderCall', () => {
  let root: HTMLElement;
  let done: string[];
  const actions = new Proxy({} as CallActions, {
    get: (_, name: string) => () => done.push(name),
  });

  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
    done = [];
  });

  afterEach(() => root.remove());

  function show(change: Partial<CallSnapshot>, now = 0, beforeStart = false): void {
    render(renderCall({ ...IDLE, ...change }, now, beforeStart, actions), root);
  }

  const find = <T extends HTMLElement = HTMLElement>(selector: string) => {
    const element = root.querySelector<T>(selector);
    if (!element) {
      throw new Error(`no ${selector} in ${root.innerHTML}`);
    }
    return element;
  };
  const testId = (id: string) => find(`[data-testid="${id}"]`);
  const text = () => root.textContent?.replace(/\s+/g, ' ').trim();

  it('marks the state even without a call', () => {
    show({});

    expect(find('[data-call-state]').dataset['callState']).toBe('idle');
    expect(find('[data-call-state]').hidden).toBe(true);
  });

  it('shows the level meter, the preview and Start during the check', () => {
    const local = fakeLocalStream(true).asMediaStream();
    show({ state: 'checking', channel: 'VIDEO', local, level: 0.4 });

    expect(find<HTMLMeterElement>('meter').value).toBe(0.4);
    expect(text()).toContain('Say something — the bar should move');
    expect(find<HTMLVideoElement>('video[data-local-preview]').srcObject).toBe(local);
    testId('call-start').click();
    testId('call-back').click();
    expect(done).toEqual(['start', 'cancel']);
  });

  it('keeps Start disabled until the devices are open', () => {
    show({ state: 'checking', channel: 'VOICE' });

    expect(find<HTMLButtonElement>('[data-testid="call-start"]').disabled).toBe(true);
    expect(text()).toContain('Allow your microphone when your browser asks.');
  });

  it('shows a problem as an alert with its code, and Back before the start', () => {
    show(
      {
        state: 'failed',
        channel: 'VOICE',
        problem: { code: 'NotFoundError', message: 'No microphone found.' },
      },
      0,
      true,
    );

    const alert = find('[role="alert"]');
    expect(alert.dataset['callError']).toBe('NotFoundError');
    expect(alert.textContent?.trim()).toBe('No microphone found.');
    testId('call-back').click();
    expect(done).toEqual(['cancel']);
    expect(root.querySelector('[data-testid="call-retry"]')).toBeNull();
  });

  it('offers Try again when it makes sense', () => {
    show({
      state: 'failed',
      channel: 'VOICE',
      canRetry: true,
      problem: { code: 'NotAllowedError', message: 'blocked' },
    });

    testId('call-retry').click();
    expect(done).toEqual(['retry']);
    expect(root.querySelector('[data-testid="call-back"]')).toBeNull();
  });

  it('offers Keep my place while queued where the queue allows it, and says what it means once chosen', () => {
    show({ state: 'queued', channel: 'VOICE' });
    expect(root.querySelector('[data-testid="keep-place"]')).toBeNull();
    show({ state: 'queued', channel: 'VOICE', canKeepPlace: true });
    testId('keep-place').click();
    expect(done).toEqual(['keepPlace']);

    show({ state: 'queued', channel: 'VOICE', keptPlace: true });
    expect(testId('kept-place').textContent?.trim()).toBe(KEPT_PLACE_TEXT);
    expect(root.querySelector('[data-testid="keep-place"]')).toBeNull();
  });

  it('rings with Answer and Decline', () => {
    show({ state: 'ringing', channel: 'VOICE', keptPlace: true, ringingAgent: 'Alice Agent' });

    expect(text()).toContain('Alice Agent is calling you back');
    testId('call-answer').click();
    testId('call-decline').click();
    expect(done).toEqual(['answer', 'decline']);
  });

  it('shows the remote video, the timer and the controls in a video call', () => {
    const remote = new FakeStream([new FakeTrack('video')]).asMediaStream();
    show(
      {
        state: 'active',
        channel: 'VIDEO',
        local: fakeLocalStream(true).asMediaStream(),
        remotes: [{ peerId: 'agent:alice', stream: remote }],
        connectedAt: 0,
        muted: true,
      },
      65_000,
    );

    expect(find<HTMLVideoElement>('video[data-remote-media="agent:alice"]').srcObject).toBe(remote);
    expect(testId('call-timer').textContent).toBe('1:05');
    expect(testId('call-mute').getAttribute('aria-pressed')).toBe('true');
    testId('call-mute').click();
    testId('call-camera').click();
    testId('call-hang-up').click();
    expect(done).toEqual(['toggleMute', 'toggleCamera', 'hangUp']);
  });

  it('plays a voice call through an audio element, without camera controls', () => {
    const remote = new FakeStream([new FakeTrack('audio')]).asMediaStream();
    show({ state: 'held', channel: 'VOICE', remotes: [{ peerId: 'media', stream: remote }] });

    expect(find<HTMLAudioElement>('audio[data-remote-media="media"]').srcObject).toBe(remote);
    expect(root.querySelector('video')).toBeNull();
    expect(root.querySelector('[data-testid="call-camera"]')).toBeNull();
    expect(text()).toContain('On hold');
  });

  it('formats the call time', () => {
    expect(callDuration(0, 9_999)).toBe('0:09');
    expect(callDuration(0, 3_723_000)).toBe('1:02:03');
    expect(callDuration(5_000, 0)).toBe('0:00');
  });
});

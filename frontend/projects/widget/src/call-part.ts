import { Clock, Frame } from '@parley/shared';
import { CallSession } from './call-session';
import { CallStore } from './call-store';
import { renderCall, renderNoCall } from './call-view';
import { ChatPhase, ChatSession } from './chat-session';
import { CallMedia } from './devices';
import { HoldMusic, Ringer } from './hold-music';
import { Channel } from './start-view';

/** What the pre-call check holds back until the visitor presses Start. */
interface PendingStart {
  readonly option: string | null;
  readonly name: string | null;
  readonly email: string | null;
  readonly channel: 'VOICE' | 'VIDEO';
}

export interface CallPartSetup {
  readonly media: CallMedia | null;
  readonly clock: Clock;
  readonly storage: Storage | null;
  /** The chat's storage key; the call's is beside it. */
  readonly key: string;
  /** Origin of the Parley server, where the hold music is. */
  readonly server: string;
  readonly chat: ChatSession;
  /** Where the widget renders its `<audio data-hold-music>`. */
  readonly root: ParentNode;
  readonly onChange: () => void;
}

/**
 * The widget's glue for calls: makes the `CallSession` for each chat session (none without media,
 * so no call buttons show), holds the menu and pre-chat answers during the device check, and
 * wires the call view's buttons to the session.
 */
export class CallPart {
  private call: CallSession | null = null;
  private pending: PendingStart | null = null;
  private wasRinging = false;

  /** Whether calls are offered. */
  get offered(): boolean {
    return this.call !== null;
  }

  /** Whether the call's part replaces the start view (the check, or its problem). */
  get preparing(): boolean {
    return this.call !== null && this.call.state.state !== 'idle';
  }

  /** Whether a call is under way, with its own hang-up in place of End chat. */
  get live(): boolean {
    const state = this.call?.state.state;
    return state !== undefined && !['idle', 'failed', 'ended'].includes(state);
  }

  /** True once when the callback starts to ring, so the widget can open its panel. */
  ringStarted(): boolean {
    const ringing = this.call?.state.state === 'ringing';
    const started = ringing && !this.wasRinging;
    this.wasRinging = ringing;
    return started;
  }

  attach(setup: CallPartSetup): void {
    this.dispose();
    this.pending = null;
    const { media, chat } = setup;
    this.call = media
      ? new CallSession({
          media,
          clock: setup.clock,
          store: new CallStore(setup.storage, `${setup.key}:call`),
          music: new HoldMusic(setup.server, () =>
            setup.root.querySelector<HTMLAudioElement>('audio[data-hold-music]'),
          ),
          ringer: new Ringer(media.createAudioContext, setup.clock),
          send: (frame) => chat.sendFrame(frame),
          conversationId: () => chat.state.conversationId,
          end: () => chat.end(),
          onChange: setup.onChange,
        })
      : null;
  }

  /** A frame of the chat's socket. */
  frame(frame: Frame): void {
    this.call?.frame(frame);
  }

  /**
   * The start view's answer: a chat starts at once; a call first opens the devices for the
   * check, and starts on its Start button.
   */
  start(
    chat: ChatSession,
    option: string | null,
    name: string | null,
    email: string | null,
    channel: Channel,
  ): void {
    if (channel === 'CHAT' || !this.call) {
      chat.start(option, name, email);
      return;
    }
    this.pending = { option, name, email, channel };
    void this.call.prepare(channel);
  }

  render(chat: ChatSession, phase: ChatPhase, now: number) {
    const call = this.call;
    if (!call) {
      return renderNoCall();
    }
    return renderCall(call.state, now, phase === 'NEW', {
      start: () => {
        const pending = this.pending;
        if (pending) {
          this.pending = null;
          call.begin();
          chat.start(pending.option, pending.name, pending.email, pending.channel);
        }
      },
      cancel: () => {
        this.pending = null;
        call.cancel();
      },
      retry: () => call.retry(),
      keepPlace: () => call.keepPlace(),
      answer: () => call.answer(),
      decline: () => call.decline(),
      hangUp: () => call.hangUp(),
      toggleMute: () => call.toggleMute(),
      toggleCamera: () => call.toggleCamera(),
    });
  }

  /** After an ended call, for the next chat. */
  reset(): void {
    this.pending = null;
    this.call?.reset();
  }

  dispose(): void {
    this.call?.dispose();
    this.call = null;
  }
}

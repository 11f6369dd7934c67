import { html, nothing } from 'lit';
import { Cancel, Clock } from '@parley/shared';
import { CallMedia } from './devices';

/** Where the caller's message stands. */
export type VoicemailStage =
  'idle' | 'starting' | 'prompt' | 'recording' | 'sending' | 'sent' | 'failed';

export interface VoicemailState {
  readonly stage: VoicemailStage;
  readonly maxSeconds: number;
  readonly secondsLeft: number;
  readonly prompt: string | null;
  readonly problem: string | null;
}

/** What the part reaches the outside world through; specs hand in fakes. */
export interface VoicemailSetup {
  readonly server: string;
  readonly fetch: typeof fetch;
  readonly clock: Clock;
  readonly media: CallMedia | null;
  /** Makes the recorder (the browser's `MediaRecorder`); null where there is none. */
  readonly recorder: ((stream: MediaStream) => MediaRecorder) | null;
  /** Plays the prompt and resolves when it ended (or could not play). */
  readonly playPrompt: (url: string) => Promise<void>;
  readonly onChange: () => void;
}

interface Started {
  readonly recordingId: string;
  readonly maxSeconds: number;
  readonly prompt: string | null;
}

/** A chunk every second: a closed tab loses at most about that much of the message. */
const TIMESLICE_MS = 1000;

/**
 * The caller's side of voicemail (docs/adr/0020-voicemail.md): when the queue sent the call to
 * voicemail, the caller hears the prompt, records a message (audio only, Opus in WebM) up to the
 * queue's length with a countdown, and sends it. Chunks go up while recording, in order, with the
 * visitor's token; the finish waits for them.
 */
export class VoicemailPart {
  private current: VoicemailState = {
    stage: 'idle',
    maxSeconds: 0,
    secondsLeft: 0,
    prompt: null,
    problem: null,
  };
  private recorder: MediaRecorder | null = null;
  private stream: MediaStream | null = null;
  private uploads: Promise<void> = Promise.resolve();
  private sequence = 0;
  private recordingId: string | null = null;
  private token = '';
  private stopTimer: Cancel | null = null;
  private tick: Cancel | null = null;
  private uploadFailed = false;

  constructor(private readonly setup: VoicemailSetup) {}

  get state(): VoicemailState {
    return this.current;
  }

  /** Starts the message of call `conversationId`: asks the server, plays the prompt, records. */
  async start(conversationId: string, token: string): Promise<void> {
    if (this.current.stage !== 'idle' && this.current.stage !== 'failed') {
      return;
    }
    const { media, recorder } = this.setup;
    if (!media || !recorder) {
      this.fail('This browser cannot record a message.');
      return;
    }
    this.token = token;
    this.update({ stage: 'starting', problem: null });
    let started: Started;
    try {
      const response = await this.setup.fetch(
        `${this.setup.server}/api/visitor/conversations/${encodeURIComponent(conversationId)}/voicemail`,
        { method: 'POST', headers: { Authorization: `Bearer ${token}` } },
      );
      if (!response.ok) {
        this.fail('A message cannot be left for this call.');
        return;
      }
      started = (await response.json()) as Started;
      this.stream = await media.getUserMedia({ audio: true, video: false });
    } catch {
      this.fail('Your microphone could not be used to record a message.');
      return;
    }
    this.recordingId = started.recordingId;
    this.update({
      stage: 'prompt',
      maxSeconds: started.maxSeconds,
      secondsLeft: started.maxSeconds,
      prompt: started.prompt,
    });
    await this.setup.playPrompt(`${this.setup.server}/media/voicemail.ogg`);
    this.record(recorder(this.stream), started.maxSeconds);
  }

  /** Stops recording and sends what was recorded. */
  send(): void {
    if (this.current.stage === 'recording' && this.recorder?.state !== 'inactive') {
      this.recorder?.stop(); // its last chunk, then `stop`, which finishes the message
    }
  }

  dispose(): void {
    this.stopTimer?.();
    this.tick?.();
    if (this.recorder && this.recorder.state !== 'inactive') {
      this.recorder.stop();
    }
    this.stream?.getTracks().forEach((t) => t.stop());
  }

  render(conversationId: string | null, token: string | null) {
    const s = this.current;
    switch (s.stage) {
      case 'idle':
      case 'failed':
        return html`${s.problem ? html`<p class="notice" role="alert">${s.problem}</p>` : nothing}
          <div class="actions">
            <button
              type="button"
              class="primary"
              data-testid="voicemail-record"
              ?disabled=${!conversationId || !token}
              @click=${() => conversationId && token && this.start(conversationId, token)}
            >
              Leave a voice message
            </button>
          </div>`;
      case 'starting':
      case 'prompt':
        return html`<p role="status" data-testid="voicemail-prompt">
          Please leave your message after the tone.
        </p>`;
      case 'recording':
        return html`<p role="status" data-testid="voicemail-recording">
            Recording… <span data-testid="voicemail-countdown">${s.secondsLeft}</span> s left
          </p>
          <div class="actions">
            <button
              type="button"
              class="primary"
              data-testid="voicemail-send"
              @click=${() => this.send()}
            >
              Stop and send
            </button>
          </div>`;
      case 'sending':
        return html`<p role="status">Sending your message…</p>`;
      case 'sent':
        return html`<p role="status" data-testid="voicemail-sent">
          Thank you! We got your message and will call you back.
        </p>`;
    }
  }

  private record(recorder: MediaRecorder, maxSeconds: number): void {
    this.recorder = recorder;
    const { clock } = this.setup;
    const began = clock.now();
    recorder.addEventListener('dataavailable', (event: BlobEvent) => {
      if (event.data.size > 0) {
        this.upload(this.sequence++, event.data);
      }
    });
    recorder.addEventListener('stop', () => void this.finish());
    recorder.start(TIMESLICE_MS);
    this.update({ stage: 'recording' });
    this.tick = clock.repeat(250, () => {
      const left = Math.max(0, maxSeconds - Math.floor((clock.now() - began) / 1000));
      if (left !== this.current.secondsLeft) {
        this.update({ secondsLeft: left });
      }
    });
    this.stopTimer = clock.schedule(maxSeconds * 1000, () => this.send());
  }

  private upload(sequence: number, data: Blob): void {
    const url = `${this.setup.server}/api/visitor/voicemails/${this.recordingId}/chunks/${sequence}`;
    const put = () =>
      this.setup.fetch(url, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${this.token}`,
          'Content-Type': 'application/octet-stream',
        },
        body: data,
      });
    this.uploads = this.uploads.then(async () => {
      try {
        let response = await put();
        if (!response.ok && response.status >= 500) {
          response = await put(); // once more: a chunk sent again replaces the first
        }
        this.uploadFailed ||= !response.ok;
      } catch {
        this.uploadFailed = true;
      }
    });
  }

  private async finish(): Promise<void> {
    this.stopTimer?.();
    this.tick?.();
    this.stream?.getTracks().forEach((t) => t.stop());
    this.update({ stage: 'sending' });
    await this.uploads;
    try {
      const response = await this.setup.fetch(
        `${this.setup.server}/api/visitor/voicemails/${this.recordingId}/finish`,
        { method: 'POST', headers: { Authorization: `Bearer ${this.token}` } },
      );
      if (!response.ok) {
        this.fail('Your message could not be sent.');
        return;
      }
    } catch {
      this.fail('Your message could not be sent.');
      return;
    }
    this.update(
      this.uploadFailed
        ? { stage: 'sent', problem: 'Part of your message may be missing.' }
        : { stage: 'sent' },
    );
  }

  private fail(problem: string): void {
    this.update({ stage: 'failed', problem });
  }

  private update(change: Partial<VoicemailState>): void {
    this.current = { ...this.current, ...change };
    this.setup.onChange();
  }
}

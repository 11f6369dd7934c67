import { Cancel, Clock } from '@parley/shared';

/** Size of one party's picture in a recorded video call; parties sit side by side. */
export const TILE_WIDTH = 320;
export const TILE_HEIGHT = 240;
/** Frames per second drawn into a recorded video call. */
export const FRAME_RATE = 15;

/**
 * What a call recording records: every party's audio mixed (Web Audio), and for a video call
 * their pictures side by side on a canvas — the agent's own on the right. Parties come and go
 * (an expert joins); `set` keeps the mix to the streams given. `stream` is what a `MediaRecorder`
 * takes. `close` releases the audio context and stops drawing.
 */
export class MediaMix {
  readonly stream: MediaStream;
  private readonly audio: AudioContext;
  private readonly destination: MediaStreamAudioDestinationNode;
  private readonly sources = new Map<MediaStream, MediaStreamAudioSourceNode | null>();
  private readonly videos = new Map<MediaStream, HTMLVideoElement>();
  private readonly canvas: HTMLCanvasElement | null;
  private stopDrawing: Cancel | null = null;
  private own: MediaStream | null = null;

  constructor(
    video: boolean,
    private readonly clock: Clock,
    private readonly document: Document,
  ) {
    this.audio = new AudioContext();
    this.destination = this.audio.createMediaStreamDestination();
    const tracks: MediaStreamTrack[] = [...this.destination.stream.getAudioTracks()];
    if (video) {
      this.canvas = document.createElement('canvas');
      this.canvas.width = TILE_WIDTH * 2;
      this.canvas.height = TILE_HEIGHT;
      tracks.push(...this.canvas.captureStream(FRAME_RATE).getVideoTracks());
      this.stopDrawing = clock.repeat(Math.round(1000 / FRAME_RATE), () => this.draw());
    } else {
      this.canvas = null;
    }
    this.stream = new MediaStream(tracks);
  }

  /** The agent's own media and the others' (in the order they joined). */
  set(own: MediaStream | null, others: readonly MediaStream[]): void {
    this.own = own;
    const wanted = new Set<MediaStream>(others);
    if (own) {
      wanted.add(own);
    }
    for (const [stream, node] of this.sources) {
      if (!wanted.has(stream)) {
        node?.disconnect();
        this.sources.delete(stream);
        this.videos.get(stream)?.remove();
        this.videos.delete(stream);
      }
    }
    for (const stream of wanted) {
      if (!this.sources.has(stream)) {
        this.sources.set(stream, this.connect(stream));
        if (this.canvas && stream.getVideoTracks().length > 0) {
          this.videos.set(stream, this.player(stream));
        }
      }
    }
    void this.audio.resume().catch(() => undefined);
  }

  close(): void {
    this.stopDrawing?.();
    this.stopDrawing = null;
    this.sources.forEach((node) => node?.disconnect());
    this.sources.clear();
    this.videos.forEach((v) => v.remove());
    this.videos.clear();
    this.stream.getTracks().forEach((t) => t.stop());
    void this.audio.close().catch(() => undefined);
  }

  private connect(stream: MediaStream): MediaStreamAudioSourceNode | null {
    if (stream.getAudioTracks().length === 0) {
      return null;
    }
    const node = this.audio.createMediaStreamSource(stream);
    node.connect(this.destination);
    return node;
  }

  /** A hidden, muted element that decodes a party's video for drawing. */
  private player(stream: MediaStream): HTMLVideoElement {
    const element = this.document.createElement('video');
    element.muted = true;
    element.playsInline = true;
    element.srcObject = stream;
    void element.play().catch(() => undefined);
    return element;
  }

  private draw(): void {
    const context = this.canvas?.getContext('2d');
    if (!context || !this.canvas) {
      return;
    }
    context.fillStyle = '#111';
    context.fillRect(0, 0, this.canvas.width, this.canvas.height);
    const others = [...this.videos.keys()].filter((s) => s !== this.own);
    const left = others[0];
    this.tile(context, left, 0);
    this.tile(context, this.own ?? others[1], TILE_WIDTH);
  }

  private tile(
    context: CanvasRenderingContext2D,
    stream: MediaStream | undefined,
    x: number,
  ): void {
    const element = stream ? this.videos.get(stream) : undefined;
    if (element && element.readyState >= 2) {
      context.drawImage(element, x, 0, TILE_WIDTH, TILE_HEIGHT);
    }
  }
}

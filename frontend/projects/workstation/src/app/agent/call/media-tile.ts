import { Component, ElementRef, computed, effect, input, signal, viewChild } from '@angular/core';

/**
 * One party's media: a video tile (with its name), or for a voice call a hidden audio element
 * that plays it. `peerId` marks remote media for browser tests (`data-peer-id`); the agent's own
 * preview has none and is muted, so they do not hear themselves.
 */
@Component({
  selector: 'parley-media-tile',
  template: `
    @if (video()) {
      <video
        #media
        autoplay
        playsinline
        [muted]="self()"
        [attr.data-peer-id]="peerId()"
        [attr.aria-label]="label()"
      ></video>
      <span class="label">{{ label() }}</span>
    } @else {
      <audio #media autoplay [attr.data-peer-id]="peerId()" [attr.aria-label]="label()"></audio>
    }
    @if (blocked()) {
      <button type="button" class="play" data-testid="call-play" (click)="play()">
        Play {{ label() }}'s sound
      </button>
    }
  `,
  styleUrl: './media-tile.css',
  host: { '[class.video]': 'video()', '[class.self]': 'self()' },
})
export class MediaTile {
  readonly stream = input.required<MediaStream>();
  readonly video = input(false);
  /** Whose media it is, e.g. "Jane Doe" or "You". */
  readonly label = input('');
  /** The remote peer's id (`customer`, `agent:bob`, `media`); null for the agent's own preview. */
  readonly peerId = input<string | null>(null);

  protected readonly self = computed(() => this.peerId() === null);
  /** The browser refused to play without a click (e.g. the page was reloaded mid-call). */
  protected readonly blocked = signal(false);
  private readonly media = viewChild<ElementRef<HTMLMediaElement>>('media');

  constructor() {
    effect(() => {
      const element = this.media()?.nativeElement;
      const stream = this.stream();
      if (element && element.srcObject !== stream) {
        element.srcObject = stream;
        this.play();
      }
    });
  }

  protected play(): void {
    const element = this.media()?.nativeElement;
    if (!element) {
      return;
    }
    Promise.resolve(element.play())
      .then(() => this.blocked.set(false))
      .catch((error: unknown) =>
        this.blocked.set((error as { name?: unknown } | null)?.name === 'NotAllowedError'),
      );
  }
}

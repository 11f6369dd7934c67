import { Component, input, output } from '@angular/core';
import { PendingConsult } from './call-session';

/** Who the agent is on this call. */
export type CallRole = 'owner' | 'expert';

/**
 * The buttons of a call. The agent who owns it: mute, hold, camera (video), hang up, transfer,
 * consult, and while a consult they asked for lasts, hand over (a private one) and return. An
 * expert or a colleague on a consult: mute, camera, leave.
 */
@Component({
  selector: 'parley-call-controls',
  templateUrl: './call-controls.html',
  styleUrl: './call-controls.css',
})
export class CallControls {
  readonly role = input.required<CallRole>();
  readonly video = input(false);
  readonly muted = input(false);
  readonly cameraOff = input(false);
  readonly held = input(false);
  /** The media is up (devices open); mute, hold and camera need it. */
  readonly live = input(false);
  readonly busy = input(false);
  readonly consult = input<PendingConsult | null>(null);
  /** Which dialog is open, for `aria-expanded`. */
  readonly dialog = input<'transfer' | 'consult' | null>(null);

  readonly muteChange = output<boolean>();
  readonly holdChange = output<boolean>();
  readonly cameraOffChange = output<boolean>();
  readonly hangUp = output<void>();
  readonly transfer = output<void>();
  readonly consultOpen = output<void>();
  readonly handOver = output<void>();
  readonly returned = output<void>();
  readonly left = output<void>();
}

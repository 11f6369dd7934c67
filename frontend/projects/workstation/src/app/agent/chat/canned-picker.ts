import { Component, input, output } from '@angular/core';
import { CannedResponse } from '../../chat/chat-api';

/**
 * The canned responses matching what the agent typed after `/`, to pick one with the mouse or
 * the arrow keys and Enter (the composer keeps the keyboard). The agent's own may be removed.
 */
@Component({
  selector: 'parley-canned-picker',
  templateUrl: './canned-picker.html',
  styleUrl: './canned-picker.css',
})
export class CannedPicker {
  readonly responses = input.required<readonly CannedResponse[]>();
  /** The index of the highlighted response. */
  readonly active = input(0);
  readonly loading = input(false);
  /** The id of the list, for the composer's `aria-controls`. */
  readonly listId = input.required<string>();
  readonly chosen = output<CannedResponse>();
  readonly removed = output<string>();
}

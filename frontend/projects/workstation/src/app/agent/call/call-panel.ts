import { Component, computed, effect, inject, input, linkedSignal } from '@angular/core';
import { ConsultDialog, ConsultRequested } from '../chat/consult-dialog';
import { ConversationStore } from '../chat/conversation-store';
import { ConversationView } from '../chat/conversation-view';
import { CustomerPanel } from '../chat/customer-panel';
import { TransferDialog } from '../chat/transfer-dialog';
import { formatSeconds } from '../countdown';
import { CallContact } from './call-contact';
import { CallControls, CallRole } from './call-controls';
import { NO_QUALITY } from './call-quality';
import { CallState } from './call-session';
import { Calls } from './calls';
import { MediaTile } from './media-tile';
import { NetworkBadge } from './network-badge';
import { CallRecordings } from './recording/call-recordings';
import { RecordingControl } from './recording/recording-control';

const STATUS: Record<CallState, string> = {
  ringing: 'Ringing',
  connecting: 'Connecting…',
  active: 'In call',
  held: 'On hold',
  ended: 'Call ended',
  failed: 'Call problem',
};

/**
 * One call as the agent works it: the other parties' media and the agent's preview, who is
 * calling from which queue, a timer, the network quality, the controls, transfer and consult, and
 * beside it the chat side-channel of the same conversation and the customer panel. The media
 * itself lives in the call's `CallSession` (kept by `Calls`), so it outlives this view.
 *
 * Browser tests read `data-call-state` and the last measurement (`data-rtt-ms`,
 * `data-packet-loss`, `data-jitter-ms`) on the panel, and `data-peer-id` on each remote medium.
 * A monitoring supervisor: `data-monitor-mode` (the strongest mode), `data-sending` (`mic`, or
 * `mix` while one barges) and `data-sending-track` (the id of the audio track the customer gets).
 * The agent is shown whisper and barge, which they hear; a supervisor who only listens is not
 * announced on screen (docs/call-protocol.md, "Monitoring").
 */
@Component({
  selector: 'parley-call-panel',
  imports: [
    CallControls,
    ConsultDialog,
    ConversationView,
    CustomerPanel,
    MediaTile,
    NetworkBadge,
    RecordingControl,
    TransferDialog,
  ],
  templateUrl: './call-panel.html',
  styleUrl: './call-panel.css',
})
export class CallPanel {
  protected readonly calls = inject(Calls);
  protected readonly store = inject(ConversationStore);
  private readonly recordings = inject(CallRecordings);

  readonly contact = input.required<CallContact>();
  /** The current time in milliseconds, ticking. */
  readonly now = input.required<number>();
  readonly busy = input(false);

  protected readonly session = computed(() => this.calls.session(this.contact().conversationId));
  protected readonly state = computed<CallState>(
    () => this.session()?.state() ?? (this.contact().state === 'ACTIVE' ? 'connecting' : 'ended'),
  );
  protected readonly status = computed(() => STATUS[this.state()]);
  protected readonly role = computed<CallRole>(() => (this.contact().consult ? 'expert' : 'owner'));
  protected readonly video = computed(() => this.contact().channel === 'VIDEO');
  protected readonly recorder = computed(() =>
    this.recordings.recorder(this.contact().conversationId),
  );
  protected readonly quality = computed(() => this.session()?.quality() ?? NO_QUALITY);
  protected readonly info = computed(
    () => this.store.conversation(this.contact().conversationId)?.info() ?? null,
  );
  protected readonly caller = computed(() => this.info()?.visitor.name ?? this.contact().customer);
  protected readonly timer = computed(() =>
    formatSeconds(Math.max(0, Math.floor((this.now() - Date.parse(this.contact().since)) / 1000))),
  );
  protected readonly failure = computed(() => this.calls.failure(this.contact().conversationId));
  protected readonly live = computed(() => {
    const session = this.session();
    return !!session && session.localStream() !== null && !session.ended();
  });
  protected readonly dialog = linkedSignal<string, 'transfer' | 'consult' | null>({
    source: () => this.contact().conversationId,
    computation: () => null,
  });

  constructor() {
    // The side-channel on screen counts as read, as the selected chat does.
    effect((onCleanup) => onCleanup(this.store.pin(this.contact().conversationId)));
  }

  /** Names a remote party: the caller by the name the widget gave, others by theirs. */
  protected peerLabel(role: string, name: string): string {
    if (role === 'CUSTOMER') {
      return this.caller();
    }
    return name !== '' ? name : role === 'EXPERT' ? 'Expert' : 'Agent';
  }

  protected open(dialog: 'transfer' | 'consult'): void {
    this.dialog.set(this.dialog() === dialog ? null : dialog);
  }

  protected hold(on: boolean): void {
    void this.calls.hold(this.contact(), on);
  }

  protected hangUp(): void {
    void this.calls.hangUp(this.contact());
  }

  protected transferred(): void {
    this.calls.transferred(this.contact());
  }

  protected consulted(requested: ConsultRequested): void {
    this.dialog.set(null);
    this.calls.consulted(this.contact(), requested);
  }

  protected handOver(): void {
    void this.calls.handOver(this.contact());
  }

  protected returnToCaller(): void {
    void this.calls.returnToCaller(this.contact());
  }

  protected leave(): void {
    void this.calls.leave(this.contact());
  }

  protected retry(): void {
    void this.session()?.start();
  }
}

import { CallChannel } from './devices';

/** What a reload must know of an open call, beside the chat's token (`ChatStore`). */
export interface StoredCall {
  readonly channel: CallChannel;
  /** The visitor chose "Keep my place": wait for `callRing` instead of joining. */
  readonly keptPlace: boolean;
}

/** The open call in `localStorage` under `<chat key>:call`; storage may be missing or throw. */
export class CallStore {
  constructor(
    private readonly storage: Storage | null,
    private readonly key: string,
  ) {}

  load(): StoredCall | null {
    try {
      const raw = this.storage?.getItem(this.key);
      const parsed: unknown = raw ? JSON.parse(raw) : null;
      if (typeof parsed !== 'object' || parsed === null) {
        return null;
      }
      const { channel, keptPlace } = parsed as Record<string, unknown>;
      return channel === 'VOICE' || channel === 'VIDEO'
        ? { channel, keptPlace: keptPlace === true }
        : null;
    } catch {
      return null;
    }
  }

  save(call: StoredCall | null): void {
    try {
      if (call) {
        this.storage?.setItem(this.key, JSON.stringify(call));
      } else {
        this.storage?.removeItem(this.key);
      }
    } catch {
      // Full or refused: the call still works for this page view.
    }
  }
}

import { ChatMessage } from './chat-message';

/**
 * What survives a reload: the visitor's token, the highest `seq` seen and the messages shown
 * up to it (so that `hello.lastSeq` and the list agree, and a reload shows the conversation and
 * asks only for what came after), plus messages still waiting for their `ack`.
 */
export interface StoredChat {
  readonly token: string | null;
  readonly lastSeq: number;
  readonly conversationId: string | null;
  /** A chat was started and has not been left behind (its conversation id may not be known yet). */
  readonly inChat: boolean;
  readonly messages: readonly ChatMessage[];
}

/** Kept so a long conversation cannot fill the page's storage. */
export const STORED_MESSAGES_MAX = 200;

const EMPTY: StoredChat = {
  token: null,
  lastSeq: 0,
  conversationId: null,
  inChat: false,
  messages: [],
};

/** `parley:<server base>:<entry point>`: one chat per Parley server and entry point. */
export function storageKey(base: string, entryPoint: string): string {
  return `parley:${base}:${entryPoint}`;
}

/**
 * The visitor's chat in the page's `localStorage`. Storage may be missing or throw (private
 * modes, sandboxed frames, a full quota): the chat then works for this page view only.
 */
export class ChatStore {
  constructor(
    private readonly storage: Storage | null,
    private readonly key: string,
  ) {}

  load(): StoredChat {
    try {
      const raw = this.storage?.getItem(this.key);
      const parsed: unknown = raw ? JSON.parse(raw) : null;
      if (typeof parsed !== 'object' || parsed === null) {
        return EMPTY;
      }
      const stored = parsed as Partial<StoredChat>;
      return {
        token: typeof stored.token === 'string' ? stored.token : null,
        lastSeq: typeof stored.lastSeq === 'number' && stored.lastSeq > 0 ? stored.lastSeq : 0,
        conversationId: typeof stored.conversationId === 'string' ? stored.conversationId : null,
        inChat: stored.inChat === true,
        messages: Array.isArray(stored.messages) ? stored.messages : [],
      };
    } catch {
      return EMPTY;
    }
  }

  save(chat: StoredChat): void {
    try {
      this.storage?.setItem(
        this.key,
        JSON.stringify({ ...chat, messages: chat.messages.slice(-STORED_MESSAGES_MAX) }),
      );
    } catch {
      // Nowhere to keep it: a reload starts over.
    }
  }
}

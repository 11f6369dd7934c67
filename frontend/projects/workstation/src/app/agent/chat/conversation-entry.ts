import { HttpErrorResponse } from '@angular/common/http';
import { computed, signal } from '@angular/core';
import { Cancel, Clock } from '@parley/shared';
import { ChatMessage, ConversationInfo, NewMessage } from '../../chat/chat-api';
import { PendingMessage, isFromCustomer, lastSeqOf } from '../../chat/messages';
import type { Conversation } from './conversation-store';

/** A typing indicator whose stop frame got lost goes away by itself after this long. */
export const TYPING_EXPIRES_MS = 30_000;
/** Retries of a message that could not reach the server: 1 s, 2 s, 4 s … at most this. */
export const MAX_RETRY_MS = 15_000;

/** One followed conversation's state, as `ConversationStore` keeps it. */
export class Entry implements Conversation {
  readonly messages = signal<readonly ChatMessage[]>([]);
  readonly pending = signal<readonly PendingMessage[]>([]);
  readonly seenSeq = signal(0);
  readonly readByCustomer = signal(0);
  readonly typing = signal<string | null>(null);
  readonly info = signal<ConversationInfo | null>(null);
  readonly loadFailed = signal(false);
  readonly lastSeq = computed(() => lastSeqOf(this.messages()));
  readonly unread = computed(() => {
    const seen = this.seenSeq();
    return this.messages().filter((m) => m.seq > seen && isFromCustomer(m)).length;
  });

  /** Bodies ready to (re)send, by `clientId`; files still to upload. */
  readonly outgoing = new Map<string, NewMessage>();
  readonly files = new Map<string, File>();
  fetching = false;
  /** Read the messages after this seq when the current read is done. */
  wantAfter: number | null = null;
  /** The first read has answered (after it, new customer messages chime). */
  loaded = false;
  readPosted = 0;
  closed = false;
  private readonly retries = new Map<string, { cancel: Cancel; attempts: number }>();
  private stopTyping: Cancel | null = null;

  constructor(readonly id: string) {}

  addPending(message: PendingMessage): void {
    this.pending.update((pending) => [...pending, message]);
  }

  setStatus(clientId: string, status: PendingMessage['status'], error: string | null): void {
    this.pending.update((pending) =>
      pending.map((p) => (p.clientId === clientId ? { ...p, status, error } : p)),
    );
  }

  /** The message is stored (or given up): forget it. */
  settle(clientId: string): void {
    this.cancelRetry(clientId);
    this.retries.delete(clientId);
    this.outgoing.delete(clientId);
    this.files.delete(clientId);
    if (this.pending().some((p) => p.clientId === clientId)) {
      this.pending.update((pending) => pending.filter((p) => p.clientId !== clientId));
    }
  }

  scheduleRetry(clientId: string, clock: Clock, task: () => void): void {
    const attempts = (this.retries.get(clientId)?.attempts ?? 0) + 1;
    const delay = Math.min(1_000 * 2 ** (attempts - 1), MAX_RETRY_MS);
    this.retries.set(clientId, { attempts, cancel: clock.schedule(delay, task) });
  }

  cancelRetry(clientId: string): void {
    this.retries.get(clientId)?.cancel();
  }

  showTyping(name: string | null, clock: Clock): void {
    this.stopTyping?.();
    this.stopTyping = null;
    this.typing.set(name);
    if (name !== null) {
      this.stopTyping = clock.schedule(TYPING_EXPIRES_MS, () => this.typing.set(null));
    }
  }

  close(): void {
    this.closed = true;
    this.retries.forEach((retry) => retry.cancel());
    this.retries.clear();
    this.stopTyping?.();
  }
}

/** No answer, or the server was busy or failing: nothing was stored, the same message may go again. */
export function worthRetrying(error: unknown): boolean {
  return error instanceof HttpErrorResponse && (error.status === 0 || error.status >= 500);
}

function serverMessage(error: unknown): string | null {
  if (error instanceof HttpErrorResponse && typeof error.error === 'object' && error.error) {
    const message = (error.error as { error?: unknown }).error;
    if (typeof message === 'string' && message.trim() !== '') {
      return message;
    }
  }
  return null;
}

export function describeSend(error: unknown): string {
  return serverMessage(error) ?? 'the message was refused.';
}

export function describeUpload(error: unknown): string {
  if (error instanceof HttpErrorResponse) {
    if (error.status === 413) {
      return 'the file is too large.';
    }
    if (error.status === 415) {
      return 'this type of file cannot be sent.';
    }
  }
  return serverMessage(error) ?? 'the file could not be uploaded.';
}

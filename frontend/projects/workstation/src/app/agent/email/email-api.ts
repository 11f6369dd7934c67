import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { Attachment } from '../../chat/chat-api';

/** The e-mail types and REST calls of an EMAIL contact (issue 16), the contract with the server. */

export type Direction = 'INBOUND' | 'OUTBOUND';
export type DeliveryState = 'QUEUED' | 'SENDING' | 'SENT' | 'RETRYING' | 'FAILED';

export interface MailAddress {
  readonly address: string;
  readonly name: string | null;
}

/** A file of a message; inline ones are the images its HTML shows (`cid:` parts). */
export interface EmailFile extends Attachment {
  readonly contentId: string | null;
  readonly inline: boolean;
}

/** How far an outbound message has gone through the outbox. */
export interface Delivery {
  readonly state: DeliveryState;
  readonly attempts: number;
  readonly lastError: string | null;
  /** ISO-8601 instant of the next try while RETRYING. */
  readonly nextAttemptAt: string | null;
}

export interface EmailMessage {
  readonly seq: number;
  readonly direction: Direction;
  readonly messageId: string;
  readonly subject: string;
  readonly from: MailAddress;
  readonly to: readonly string[];
  readonly cc: readonly string[];
  /** ISO-8601 instant. */
  readonly sentAt: string;
  /** Always present; shown as text, never as HTML. */
  readonly text: string;
  /** Sanitized by the server with remote images removed, or null for a plain-text message. */
  readonly html: string | null;
  /** How many remote images the sanitizer removed from `html`. */
  readonly remoteBlocked: number;
  readonly files: readonly EmailFile[];
  /** What the parser found wrong with a malformed message (`flagged`). */
  readonly problems: readonly string[];
  readonly flagged: boolean;
  /** Null on inbound messages. */
  readonly delivery: Delivery | null;
}

/** `GET /api/agent/email/{contactId}`: the thread, messages oldest first. */
export interface EmailThread {
  readonly contact: string;
  readonly ticket: number;
  readonly subject: string;
  readonly customerAddress: string;
  readonly mailbox: string;
  readonly messages: readonly EmailMessage[];
}

/** One message's HTML with its remote images kept, asked for by the agent. */
export interface RemoteHtml {
  readonly html: string;
  readonly remoteBlocked: number;
}

/** What `POST /api/agent/email/{contactId}/replies` takes. */
export interface EmailReply {
  /** Chosen per send: the server stores one reply per `clientId`. */
  readonly clientId: string;
  readonly text: string;
  readonly cc: readonly string[];
  /** Ids from uploads to the contact's conversation. */
  readonly attachments: readonly string[];
  /** The server quotes the customer's last message below the text. */
  readonly quote: boolean;
}

@Injectable({ providedIn: 'root' })
export class EmailApi {
  private readonly http = inject(HttpClient);

  thread(contactId: string): Observable<EmailThread> {
    return this.http.get<EmailThread>(emailUrl(contactId));
  }

  /** Only ever on the agent's request, for one message. */
  htmlWithRemoteImages(contactId: string, seq: number): Observable<RemoteHtml> {
    return this.http.get<RemoteHtml>(`${emailUrl(contactId)}/messages/${seq}/html`, {
      params: { remote: true },
    });
  }

  reply(contactId: string, reply: EmailReply): Observable<EmailMessage> {
    return this.http.post<EmailMessage>(`${emailUrl(contactId)}/replies`, reply);
  }
}

export function emailUrl(contactId: string): string {
  return `/api/agent/email/${encodeURIComponent(contactId)}`;
}

/** Deliveries the outbox is still working on: the thread is read again until they settle. */
export function inFlight(message: EmailMessage): boolean {
  const state = message.delivery?.state;
  return state === 'QUEUED' || state === 'SENDING' || state === 'RETRYING';
}

/** `Jane Doe <jane@example.com>`, or the bare address when there is no name. */
export function formatAddress(address: MailAddress): string {
  const name = address.name?.trim();
  return name ? `${name} <${address.address}>` : address.address;
}

/** The sentence that tells the agent where an outbound message is. */
export function describeDelivery(delivery: Delivery): string {
  switch (delivery.state) {
    case 'QUEUED':
      return 'Queued';
    case 'SENDING':
      return 'Sending…';
    case 'SENT':
      return 'Sent';
    case 'RETRYING':
      return `Retrying — attempt ${delivery.attempts}` + suffix(delivery.lastError);
    case 'FAILED':
      return 'Failed' + suffix(delivery.lastError ?? 'the mail server refused it');
  }
}

function suffix(error: string | null): string {
  return error ? ` — ${error}` : '';
}

/**
 * `messages` with `incoming` over them: the server's copy of a seq wins (its delivery state is
 * newer), a seq only held here is kept (a reply just sent, missing from a read that crossed it).
 */
export function mergeThread(
  messages: readonly EmailMessage[],
  incoming: readonly EmailMessage[],
): readonly EmailMessage[] {
  const bySeq = new Map(messages.map((m) => [m.seq, m]));
  incoming.forEach((m) => bySeq.set(m.seq, m));
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

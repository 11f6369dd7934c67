import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { Presence } from '../agent/agent-api';

/**
 * The chat types and REST calls of `docs/chat-protocol.md` (agent side), the contract with the
 * server. Agents and supervisors both read conversations through these.
 */

export type AuthorRole = 'CUSTOMER' | 'AGENT' | 'EXPERT' | 'SUPERVISOR' | 'SYSTEM';
/** `TEXT` said by someone, `NOTE` an internal note (agents only), `EVENT` a system event. */
export type MessageKind = 'TEXT' | 'NOTE' | 'EVENT';
export type Visibility = 'ALL' | 'AGENTS';

export interface Attachment {
  readonly id: string;
  readonly name: string;
  /** The media type the server detected from the content. */
  readonly type: string;
  readonly size: number;
}

/** A stored message, numbered per conversation (`seq`) in the order the server stored them. */
export interface ChatMessage {
  readonly seq: number;
  readonly author: { readonly role: AuthorRole; readonly name: string | null };
  readonly kind: MessageKind;
  readonly visibility: Visibility;
  /** Plain text: always rendered as text, never as HTML. */
  readonly text: string;
  /** ISO-8601 instant. */
  readonly at: string;
  /** The id the sender chose; null for system messages. */
  readonly clientId: string | null;
  readonly attachments?: readonly Attachment[] | null;
}

/** What `POST …/messages` takes. */
export interface NewMessage {
  readonly clientId: string;
  readonly kind: 'TEXT' | 'NOTE';
  readonly text: string;
  /** Ids from uploads. */
  readonly attachments: readonly string[];
}

/** `GET /api/agent/conversations/{id}`. */
export interface ConversationInfo {
  readonly id: string;
  readonly visitor: { readonly name: string | null; readonly email: string | null };
  readonly entryPoint: string | null;
  readonly option: string | null;
  /** The customer's rating, 1–5, once given. */
  readonly rating: number | null;
  readonly ratingComment: string | null;
  readonly transcriptEmail: string | null;
}

export interface CannedResponse {
  readonly id: string;
  readonly title: string;
  /** May hold `{customer.name}`, `{agent.name}` and `{agent.firstName}`. */
  readonly text: string;
  /** `SHARED` ones come from an admin; `PERSONAL` ones are the agent's own. */
  readonly scope: 'SHARED' | 'PERSONAL';
}

/** A colleague with live presence (`GET /api/agent/directory`). */
export interface Colleague {
  readonly username: string;
  readonly displayName: string;
  readonly presence: Presence;
  readonly breakReason: string | null;
  readonly skills: readonly string[];
}

/** A queue an agent may transfer to (`GET /api/agent/queues`). */
export interface TransferQueue {
  readonly name: string;
  readonly channels: readonly string[];
}

/** Who is pulled in as an expert: anyone with a skill, or a named colleague. */
export type ConsultTarget = { readonly skill: string } | { readonly agent: string };

export interface ConsultRequest {
  readonly privately: boolean;
  readonly note: string;
}

@Injectable({ providedIn: 'root' })
export class ChatApi {
  private readonly http = inject(HttpClient);

  /** The messages after `after`, in seq order (participants and supervisors only). */
  messages(conversationId: string, after: number): Observable<ChatMessage[]> {
    return this.http.get<ChatMessage[]>(`${conversationUrl(conversationId)}/messages`, {
      params: { after },
    });
  }

  /** Stores a message once per `clientId`: a repeat answers the message stored the first time. */
  post(conversationId: string, message: NewMessage): Observable<ChatMessage> {
    return this.http.post<ChatMessage>(`${conversationUrl(conversationId)}/messages`, message);
  }

  read(conversationId: string, seq: number): Observable<void> {
    return this.http.post<void>(`${conversationUrl(conversationId)}/read`, { seq });
  }

  conversation(conversationId: string): Observable<ConversationInfo> {
    return this.http.get<ConversationInfo>(conversationUrl(conversationId));
  }

  /** Uploads the file as the raw body; the server detects its type. */
  upload(conversationId: string, file: File): Observable<Attachment> {
    return this.http.post<Attachment>(`${conversationUrl(conversationId)}/attachments`, file, {
      params: { name: file.name },
    });
  }

  attachment(id: string): Observable<Blob> {
    return this.http.get(`/api/agent/attachments/${encode(id)}`, { responseType: 'blob' });
  }

  cannedResponses(): Observable<CannedResponse[]> {
    return this.http.get<CannedResponse[]>('/api/agent/canned-responses');
  }

  saveCannedResponse(title: string, text: string): Observable<CannedResponse> {
    return this.http.post<CannedResponse>('/api/agent/canned-responses', { title, text });
  }

  deleteCannedResponse(id: string): Observable<void> {
    return this.http.delete<void>(`/api/agent/canned-responses/${encode(id)}`);
  }

  directory(): Observable<Colleague[]> {
    return this.http.get<Colleague[]>('/api/agent/directory');
  }

  queues(): Observable<TransferQueue[]> {
    return this.http.get<TransferQueue[]>('/api/agent/queues');
  }

  consult(
    contactId: string,
    target: ConsultTarget,
    request: ConsultRequest,
  ): Observable<{ consultId: string }> {
    return this.http.post<{ consultId: string }>(
      `/api/agent/contacts/${encode(contactId)}/consult`,
      { ...target, ...request },
    );
  }
}

/** `/api/agent/conversations/{id}`, also used to read a past contact's transcript. */
export function conversationUrl(conversationId: string): string {
  return `/api/agent/conversations/${encode(conversationId)}`;
}

/** The messages URL read in full, for transcripts (`httpResource`). */
export function transcriptUrl(conversationId: string): string {
  return `${conversationUrl(conversationId)}/messages?after=0`;
}

function encode(pathPart: string): string {
  return encodeURIComponent(pathPart);
}

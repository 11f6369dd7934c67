import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

/** The types and calls of `docs/agent-api.md`, the contract with the server. */

export type Presence = 'OFFLINE' | 'AVAILABLE' | 'BREAK' | 'NOT_RESPONDING' | 'WRAP_UP';
export type Channel = 'VOICE' | 'VIDEO' | 'CHAT' | 'EMAIL' | 'SMS' | 'VOICEMAIL';

/** Set on an expert's offer and contact: a colleague pulled them into a customer's chat. */
export interface Consult {
  /** The customer does not see the expert's messages. */
  readonly privately: boolean;
  /** The username of the agent who asked. */
  readonly requestedBy: string;
  readonly note: string | null;
}

export interface Offer {
  readonly contactId: string;
  readonly channel: Channel;
  readonly queueName: string;
  readonly customer: string;
  /** ISO-8601 instants. */
  readonly offeredAt: string;
  readonly expiresAt: string;
  /** A chat's conversation (for a consult, the customer's); absent or null on other channels. */
  readonly conversationId?: string | null;
  readonly consult?: Consult | null;
}

export interface ActiveContact {
  readonly contactId: string;
  readonly channel: Channel;
  readonly queueName: string;
  readonly customer: string;
  readonly state: 'ACTIVE' | 'WRAP_UP';
  readonly since: string;
  readonly wrapUpEndsAt: string | null;
  readonly dispositionRequired: boolean;
  readonly dispositionCodes: readonly string[];
  /** A chat's conversation (for a consult, the customer's); absent or null on other channels. */
  readonly conversationId?: string | null;
  readonly consult?: Consult | null;
}

/** Where a contact is transferred: a queue, or a colleague by username. */
export type TransferTarget = { readonly queue: string } | { readonly agent: string };

/** A stored contact of the customer's history (`GET /api/customers/{identity}/contacts`). */
export interface PastContact {
  readonly id: string;
  readonly channel: Channel;
  readonly customer: string;
  readonly queue: string;
  readonly state: string;
  readonly assignedAgent: string | null;
  readonly disposition: string | null;
  /** ISO-8601 instant. */
  readonly receivedAt: string;
}

export interface AgentState {
  readonly presence: Presence;
  readonly breakReason: string | null;
  readonly offers: readonly Offer[];
  readonly contacts: readonly ActiveContact[];
}

export type PresenceChange =
  | { readonly presence: 'AVAILABLE' }
  | { readonly presence: 'BREAK'; readonly reason: string }
  | { readonly presence: 'OFFLINE' };

/** The agent's own REST calls. Every action answers with the agent's state after it. */
@Injectable({ providedIn: 'root' })
export class AgentApi {
  private readonly http = inject(HttpClient);

  state(): Observable<AgentState> {
    return this.http.get<AgentState>('/api/agent/state');
  }

  breakReasons(): Observable<string[]> {
    return this.http.get<string[]>('/api/agent/break-reasons');
  }

  changePresence(change: PresenceChange): Observable<AgentState> {
    return this.http.put<AgentState>('/api/agent/presence', change);
  }

  accept(contactId: string): Observable<AgentState> {
    return this.http.post<AgentState>(`/api/agent/offers/${encode(contactId)}/accept`, null);
  }

  reject(contactId: string): Observable<AgentState> {
    return this.http.post<AgentState>(`/api/agent/offers/${encode(contactId)}/reject`, null);
  }

  end(contactId: string): Observable<AgentState> {
    return this.http.post<AgentState>(`/api/agent/contacts/${encode(contactId)}/end`, null);
  }

  /** Hands the contact to a queue or a colleague; the note is for whoever takes it next. */
  transfer(contactId: string, target: TransferTarget, note: string): Observable<AgentState> {
    return this.http.post<AgentState>(`/api/agent/contacts/${encode(contactId)}/transfer`, {
      ...target,
      note,
    });
  }

  wrapUp(contactId: string, disposition: string | null): Observable<AgentState> {
    return this.http.post<AgentState>(`/api/agent/contacts/${encode(contactId)}/wrap-up`, {
      disposition,
    });
  }
}

/** The URL of a customer's history: every linked identity, every channel, newest first. */
export function customerHistoryUrl(customer: string): string {
  return `/api/customers/${encode(customer)}/contacts`;
}

function encode(pathPart: string): string {
  return encodeURIComponent(pathPart);
}

import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

/** The call actions of `docs/call-protocol.md` (agent side); offers, end and transfer are the desk's. */
@Injectable({ providedIn: 'root' })
export class CallApi {
  private readonly http = inject(HttpClient);

  /** The customer hears music while `on`. */
  hold(conversationId: string, on: boolean): Observable<void> {
    return this.http.post<void>(`${callUrl(conversationId)}/hold`, { on });
  }

  /** Warm transfer done: the colleague of that consult takes the call, the agent leaves it. */
  handover(conversationId: string, consultId: string): Observable<unknown> {
    return this.http.post<unknown>(`${callUrl(conversationId)}/handover`, { consultId });
  }

  /** Ends a consult segment: the colleague returns the call to the agent (or an expert leaves). */
  endConsult(consultId: string): Observable<unknown> {
    return this.http.post<unknown>(
      `/api/agent/contacts/${encodeURIComponent(consultId)}/end`,
      null,
    );
  }
}

function callUrl(conversationId: string): string {
  return `/api/agent/calls/${encodeURIComponent(conversationId)}`;
}

import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

/** A recording as the library lists it (docs/recordings.md). */
export interface Recording {
  readonly id: string;
  readonly contact: string;
  readonly kind: 'CALL' | 'VOICEMAIL';
  readonly channel: string;
  readonly source: 'BROWSER' | 'MEDIA_SERVER';
  readonly queue: string | null;
  readonly customerId: string | null;
  readonly customerName: string | null;
  readonly customerAddress: string | null;
  readonly agents: readonly string[];
  readonly experts: readonly string[];
  readonly startedAt: string;
  readonly endedAt: string | null;
  readonly durationMillis: number;
  readonly sizeBytes: number;
  readonly video: boolean;
  readonly state: 'RECORDING' | 'PROCESSING' | 'READY' | 'FAILED' | 'MISSING';
  readonly problem: string | null;
  readonly paused: boolean;
  readonly pauses: readonly { at: string; resumedAt: string | null; by: string }[];
  readonly legalHold: boolean;
  readonly expiresAt: string | null;
  readonly tracks: readonly { party: string; durationMillis: number; sizeBytes: number }[];
}

export interface RecordingPage {
  readonly items: readonly Recording[];
  readonly total: number;
  readonly page: number;
  readonly size: number;
}

/** What a supervisor searches by; empty fields are left out. */
export interface RecordingFilter {
  readonly from: string;
  readonly to: string;
  readonly agent: string;
  readonly customer: string;
  readonly queue: string;
  readonly channel: string;
  readonly minDuration: string;
  readonly sort: 'STARTED' | 'DURATION';
}

export const NO_FILTER: RecordingFilter = {
  from: '',
  to: '',
  agent: '',
  customer: '',
  queue: '',
  channel: '',
  minDuration: '',
  sort: 'STARTED',
};

export const PAGE_SIZE = 20;

@Injectable({ providedIn: 'root' })
export class RecordingsApi {
  private readonly http = inject(HttpClient);

  search(filter: RecordingFilter, page: number): Observable<RecordingPage> {
    let params = new HttpParams().set('page', page).set('size', PAGE_SIZE).set('sort', filter.sort);
    const local = (value: string) => new Date(value).toISOString();
    if (filter.from) params = params.set('from', local(filter.from));
    if (filter.to) params = params.set('to', local(filter.to));
    for (const key of ['agent', 'customer', 'queue', 'channel', 'minDuration'] as const) {
      const value = filter[key].trim();
      if (value !== '') {
        params = params.set(key, value);
      }
    }
    return this.http.get<RecordingPage>('/api/supervisor/recordings', { params });
  }

  legalHold(id: string, hold: boolean): Observable<Recording> {
    return this.http.put<Recording>(`${recordingUrl(id)}/legal-hold`, { hold });
  }
}

export function recordingUrl(id: string): string {
  return `/api/supervisor/recordings/${encodeURIComponent(id)}`;
}

/** Where the player reads the file (seeking with Range requests); `party` for one party's track. */
export function mediaUrl(id: string, party: string | null = null, download = false): string {
  const query = [
    party ? `party=${encodeURIComponent(party)}` : '',
    download ? 'download=true' : '',
  ].filter((q) => q !== '');
  return `${recordingUrl(id)}/media${query.length ? '?' + query.join('&') : ''}`;
}

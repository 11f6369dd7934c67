import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

/** Whether a queue's calls are recorded (docs/recordings.md). */
export type RecordingPolicy = 'ALWAYS' | 'ON_DEMAND' | 'NEVER';

/** What the agent sees of a recording of their call. */
export interface RecordingStatus {
  readonly id: string;
  readonly state: 'RECORDING' | 'PROCESSING' | 'READY' | 'FAILED' | 'MISSING';
  readonly paused: boolean;
  readonly pauses: number;
}

export interface CallRecording {
  readonly policy: RecordingPolicy;
  /** The media server records (Kurento mode), not the agent's browser. */
  readonly onServer: boolean;
  readonly recording: RecordingStatus | null;
}

/** The agent's recording endpoints: start, numbered chunks, pause/resume, finish. */
@Injectable({ providedIn: 'root' })
export class RecordingApi {
  private readonly http = inject(HttpClient);

  status(conversationId: string): Observable<CallRecording> {
    return this.http.get<CallRecording>(`${callUrl(conversationId)}/recording`);
  }

  start(conversationId: string, requested: boolean): Observable<RecordingStatus> {
    return this.http.post<RecordingStatus>(`${callUrl(conversationId)}/recording`, { requested });
  }

  chunk(id: string, sequence: number, data: Blob): Observable<void> {
    return this.http.put<void>(`${recordingUrl(id)}/chunks/${sequence}`, data, {
      headers: { 'Content-Type': 'application/octet-stream' },
    });
  }

  pause(id: string, paused: boolean): Observable<RecordingStatus> {
    return this.http.post<RecordingStatus>(`${recordingUrl(id)}/pause`, { paused });
  }

  finish(id: string): Observable<RecordingStatus> {
    return this.http.post<RecordingStatus>(`${recordingUrl(id)}/finish`, null);
  }
}

function callUrl(conversationId: string): string {
  return `/api/agent/calls/${encodeURIComponent(conversationId)}`;
}

function recordingUrl(id: string): string {
  return `/api/agent/recordings/${encodeURIComponent(id)}`;
}

import { css, html, nothing } from 'lit';
import { CallSnapshot, RemoteMedia } from './call-session';

/** What the visitor can do in the call's part of the panel. */
export interface CallActions {
  readonly start: () => void;
  readonly cancel: () => void;
  readonly retry: () => void;
  readonly keepPlace: () => void;
  readonly answer: () => void;
  readonly decline: () => void;
  readonly hangUp: () => void;
  readonly toggleMute: () => void;
  readonly toggleCamera: () => void;
}

export const KEPT_PLACE_TEXT =
  "We'll call you back here when an agent is ready — keep this page open.";

/** "1:05", "1:02:03": the time since `since`. */
export function callDuration(since: number, now: number): string {
  const total = Math.max(0, Math.floor((now - since) / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}

/**
 * The call's part of the panel, above the chat (which goes on below it as the side-channel): the
 * pre-call check with its level meter, the waiting call with "Keep my place", the callback's
 * Answer/Decline, and the call itself with its media, timer and controls. Its root element
 * always carries `data-call-state`, even when there is no call, for end-to-end tests.
 */
export function renderCall(
  call: CallSnapshot,
  now: number,
  beforeStart: boolean,
  act: CallActions,
) {
  const state = call.state;
  if (state === 'idle' || state === 'ended') {
    return renderNoCall(state);
  }
  return html`<section class="call" data-call-state=${state} aria-label="Call">
    ${renderRemotes(call)} ${body(call, now, beforeStart, act)}
  </section>`;
}

/** The marker of a page without a call (or whose call ended). */
export function renderNoCall(state: 'idle' | 'ended' = 'idle') {
  return html`<div class="call" data-call-state=${state} hidden></div>`;
}

function body(call: CallSnapshot, now: number, beforeStart: boolean, act: CallActions) {
  switch (call.state) {
    case 'checking':
      return html`
        ${renderPreview(call)}
        ${
          call.local
            ? html`<label class="level-label" for="mic-level">
                  Say something — the bar should move
                </label>
                <meter
                  id="mic-level"
                  class="level"
                  data-testid="mic-level"
                  min="0"
                  max="1"
                  .value=${call.level}
                ></meter>`
            : html`<p role="status">Allow your ${deviceWords(call)} when your browser asks.</p>`
        }
        <div class="actions">
          <button type="button" class="secondary" data-testid="call-back" @click=${act.cancel}>
            ‹ Back
          </button>
          <button
            type="button"
            class="primary"
            data-testid="call-start"
            ?disabled=${!call.local}
            @click=${act.start}
          >
            ${call.channel === 'VIDEO' ? 'Start video call' : 'Start call'}
          </button>
        </div>
      `;
    case 'failed':
      return html`
        <p class="call-problem" role="alert" data-call-error=${call.problem?.code ?? 'ERROR'}>
          ${call.problem?.message ?? ''}
        </p>
        <div class="actions">
          ${
            beforeStart
              ? html`<button
                  type="button"
                  class="secondary"
                  data-testid="call-back"
                  @click=${act.cancel}
                >
                  ‹ Back
                </button>`
              : nothing
          }
          ${
            call.canRetry
              ? html`<button
                  type="button"
                  class="primary"
                  data-testid="call-retry"
                  @click=${act.retry}
                >
                  Try again
                </button>`
              : nothing
          }
        </div>
      `;
    case 'ringing':
      return html`
        <p class="call-title" role="alert">
          ${call.ringingAgent ? `${call.ringingAgent} is calling you back` : 'We are calling you back'}
        </p>
        <div class="actions">
          <button type="button" class="danger" data-testid="call-decline" @click=${act.decline}>
            Decline
          </button>
          <button type="button" class="primary" data-testid="call-answer" @click=${act.answer}>
            Answer
          </button>
        </div>
      `;
    case 'queued':
      if (call.keptPlace) {
        return html`<p class="call-title" role="status" data-testid="kept-place">
            ${KEPT_PLACE_TEXT}
          </p>
          <div class="actions">${hangUpButton(act, 'Cancel the call')}</div>`;
      }
      return html`
        ${renderPreview(call)}
        <div class="controls">
          ${muteButton(call, act)}
          ${
            call.canKeepPlace
              ? html`<button
                  type="button"
                  class="secondary"
                  data-testid="keep-place"
                  @click=${act.keepPlace}
                >
                  Keep my place
                </button>`
              : nothing
          }
          ${hangUpButton(act, 'Hang up')}
        </div>
      `;
    default:
      return html`
        ${renderPreview(call)}
        <p class="call-title" role="status">
          ${
            call.state === 'held'
              ? 'On hold'
              : call.state === 'connecting'
                ? 'Connecting…'
                : html`<span class="visually-hidden">In call</span>`
          }
          ${
            call.connectedAt !== null
              ? html`<span class="timer" data-testid="call-timer"
                  >${callDuration(call.connectedAt, now)}</span
                >`
              : nothing
          }
        </p>
        <div class="controls">
          ${muteButton(call, act)}
          ${
            call.channel === 'VIDEO'
              ? html`<button
                  type="button"
                  class="secondary"
                  data-testid="call-camera"
                  aria-pressed=${call.cameraOff ? 'true' : 'false'}
                  @click=${act.toggleCamera}
                >
                  ${call.cameraOff ? 'Camera on' : 'Camera off'}
                </button>`
              : nothing
          }
          ${hangUpButton(act, 'Hang up')}
        </div>
      `;
  }
}

function deviceWords(call: CallSnapshot): string {
  return call.channel === 'VIDEO' ? 'microphone and camera' : 'microphone';
}

function muteButton(call: CallSnapshot, act: CallActions) {
  return html`<button
    type="button"
    class="secondary"
    data-testid="call-mute"
    aria-pressed=${call.muted ? 'true' : 'false'}
    @click=${act.toggleMute}
  >
    ${call.muted ? 'Unmute' : 'Mute'}
  </button>`;
}

function hangUpButton(act: CallActions, label: string) {
  return html`<button type="button" class="danger" data-testid="call-hang-up" @click=${act.hangUp}>
    ${label}
  </button>`;
}

/** The other parties' media (and, in Kurento mode, the server's music while waiting). */
function renderRemotes(call: CallSnapshot) {
  if (call.remotes.length === 0) {
    return nothing;
  }
  const video = call.channel === 'VIDEO';
  return html`<div class="remotes">
    ${call.remotes.map((remote: RemoteMedia) =>
      video
        ? html`<video
            class="remote"
            autoplay
            playsinline
            data-remote-media=${remote.peerId}
            .srcObject=${remote.stream}
          ></video>`
        : html`<audio
            autoplay
            data-remote-media=${remote.peerId}
            .srcObject=${remote.stream}
          ></audio>`,
    )}
  </div>`;
}

/** The visitor's own camera, muted so they do not hear themselves. */
function renderPreview(call: CallSnapshot) {
  if (call.channel !== 'VIDEO' || !call.local) {
    return nothing;
  }
  return html`<video
    class="local"
    autoplay
    playsinline
    muted
    data-local-preview
    aria-label="Your camera"
    .muted=${true}
    .srcObject=${call.local}
    ?hidden=${call.cameraOff}
  ></video>`;
}

export const callStyles = css`
  .call {
    display: grid;
    flex: none;
    gap: 8px;
    padding: 12px 16px;
    border-bottom: 1px solid var(--pw-border);
    background: var(--pw-accent-soft);
  }

  .call[hidden] {
    display: none;
  }

  .remotes {
    display: grid;
    gap: 4px;
  }

  .remote {
    width: 100%;
    max-height: 200px;
    border-radius: 8px;
    background: #000000;
  }

  /* A fixed 4:3 box (the camera's 640x480): sized before the camera's first frame, so the
     buttons below do not move under the pointer when it arrives. */
  .local {
    justify-self: end;
    width: 96px;
    aspect-ratio: 4 / 3;
    object-fit: cover;
    border-radius: 6px;
    background: #000000;
    transform: scaleX(-1);
  }

  .local[hidden] {
    display: none;
  }

  .level {
    width: 100%;
    height: 16px;
  }

  .level-label {
    font-weight: 400;
  }

  .call-title {
    display: flex;
    justify-content: space-between;
    margin: 0;
    font-weight: 600;
  }

  .timer {
    font-variant-numeric: tabular-nums;
  }

  .call-problem {
    margin: 0;
    padding: 8px 12px;
    border-radius: 8px;
    background: var(--pw-warning);
    color: var(--pw-text);
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    justify-content: flex-end;
  }

  .channels {
    display: flex;
    gap: 8px;
  }

  .channels button {
    flex: 1;
  }

  .channels [aria-pressed='true'] {
    border-color: var(--pw-accent);
    background: var(--pw-accent);
    color: #ffffff;
  }
`;

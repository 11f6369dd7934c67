import { css } from 'lit';
import { callStyles } from './call-view';
import { chatStatusStyles } from './chat-status';
import { composerStyles } from './composer';
import { endChatStyles } from './end-chat';
import { menuStyles } from './menu-view';
import { messageListStyles } from './message-list';
import { formStyles } from './prechat-form';
import { ratingStyles } from './rating-form';

/**
 * The widget's frame: host, launcher, panel, header, buttons. They live in its shadow root, so
 * they reach nothing on the host page, and `all: initial` on the host keeps the page's inherited
 * fonts and colours out. Sizes are in `px` because `rem` would follow the host page's root font
 * size.
 */
const frameStyles = css`
  :host {
    all: initial;
    --pw-accent: #1f4e79;
    --pw-accent-strong: #163a5a;
    --pw-accent-soft: #e8f0f8;
    --pw-text: #1d2329;
    --pw-muted: #5b6670;
    --pw-border: #d5dbe1;
    --pw-border-strong: #8a96a3;
    --pw-surface: #ffffff;
    --pw-bubble: #eef1f4;
    --pw-focus: #4d90fe;
    --pw-danger: #b3261e;
    --pw-warning: #fff4ce;
    --pw-star: #e0a100;
    --pw-star-focus: #b07e00;

    position: fixed;
    right: 16px;
    bottom: 16px;
    z-index: 2147483000;
    color: var(--pw-text);
    font:
      16px/1.5 system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Helvetica Neue',
      Arial,
      sans-serif;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  button {
    font: inherit;
    cursor: pointer;
  }

  button:focus-visible,
  .panel:focus-visible,
  .phase-text:focus-visible {
    outline: 3px solid var(--pw-focus);
    outline-offset: 2px;
  }

  p {
    margin: 0 0 8px;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
    opacity: 0;
  }

  .primary,
  .secondary,
  .danger {
    min-height: 40px;
    padding: 8px 16px;
    border-radius: 8px;
    font-weight: 600;
  }

  .primary {
    border: 1px solid var(--pw-accent);
    background: var(--pw-accent);
    color: #ffffff;
  }

  .primary:hover {
    background: var(--pw-accent-strong);
  }

  .secondary {
    border: 1px solid var(--pw-border-strong);
    background: var(--pw-surface);
    color: var(--pw-text);
  }

  .secondary:hover {
    background: var(--pw-bubble);
  }

  .danger {
    border: 1px solid var(--pw-danger);
    background: var(--pw-danger);
    color: #ffffff;
  }

  .link {
    padding: 0;
    border: none;
    background: none;
    color: var(--pw-accent);
    text-decoration: underline;
  }

  .launcher {
    display: grid;
    place-items: center;
    width: 56px;
    height: 56px;
    padding: 0;
    border: none;
    border-radius: 50%;
    background: var(--pw-accent);
    color: #ffffff;
    box-shadow: 0 4px 12px rgb(0 0 0 / 25%);
  }

  .launcher:hover {
    background: var(--pw-accent-strong);
  }

  .launcher svg {
    width: 28px;
    height: 28px;
  }

  .panel {
    position: absolute;
    right: 0;
    bottom: 72px;
    display: flex;
    flex-direction: column;
    width: 380px;
    max-width: calc(100vw - 32px);
    height: 560px;
    max-height: calc(100vh - 104px);
    max-height: calc(100dvh - 104px);
    border: 1px solid var(--pw-border);
    border-radius: 12px;
    background: var(--pw-surface);
    box-shadow: 0 8px 24px rgb(0 0 0 / 20%);
    overflow: hidden;
  }

  .panel[hidden] {
    display: none;
  }

  header {
    display: flex;
    flex: none;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    padding: 12px 16px;
    background: var(--pw-accent);
    color: #ffffff;
  }

  h2 {
    margin: 0;
    font-size: 18px;
    font-weight: 600;
  }

  .agent {
    margin: 0;
    font-size: 13px;
    opacity: 0.9;
  }

  .close {
    width: 44px;
    height: 44px;
    margin: -8px -8px -8px 0;
    padding: 0;
    border: none;
    border-radius: 8px;
    background: transparent;
    color: inherit;
    font-size: 28px;
    line-height: 1;
  }

  .close:hover {
    background: var(--pw-accent-strong);
  }

  .body {
    display: flex;
    flex: 1;
    flex-direction: column;
    gap: 12px;
    padding: 16px;
    overflow-y: auto;
  }

  .body > * {
    flex: none;
  }

  .greeting {
    font-size: 17px;
  }

  .notice {
    margin: 0;
    padding: 8px 12px;
    border-radius: 8px;
    background: var(--pw-warning);
    font-size: 14px;
  }

  .phase-text {
    margin: 0;
    font-weight: 600;
    text-align: center;
  }

  footer {
    display: flex;
    flex: none;
    justify-content: flex-end;
    padding: 0 12px 12px;
  }

  /* Phones: the open panel fills the screen and covers the launcher (it has its own close). */
  @media (max-width: 480px) {
    .panel {
      position: fixed;
      inset: 0;
      width: auto;
      max-width: none;
      height: auto;
      max-height: none;
      border: none;
      border-radius: 0;
    }
  }
`;

/** Every style of the widget, as one sheet adopted into its shadow root. */
export const widgetStyles = css`
  ${frameStyles}
  ${formStyles}
  ${menuStyles}
  ${messageListStyles}
  ${chatStatusStyles}
  ${composerStyles}
  ${endChatStyles}
  ${ratingStyles}
  ${callStyles}
`;

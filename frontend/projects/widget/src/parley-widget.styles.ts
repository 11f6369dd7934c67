import { css } from 'lit';

/**
 * The widget's only styles. They live in its shadow root, so they reach nothing on the host page,
 * and `all: initial` on the host keeps the page's inherited fonts and colours out. Sizes are in
 * `px` because `rem` would follow the host page's root font size.
 */
export const widgetStyles = css`
  :host {
    all: initial;
    --pw-accent: #1f4e79;
    --pw-accent-strong: #163a5a;
    --pw-text: #1d2329;
    --pw-border: #d5dbe1;
    --pw-surface: #ffffff;
    --pw-focus: #4d90fe;

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
  .panel:focus-visible {
    outline: 3px solid var(--pw-focus);
    outline-offset: 2px;
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
    width: 360px;
    max-width: calc(100vw - 32px);
    height: 520px;
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

import { css, html, nothing } from 'lit';
import { EntryPoint, FieldRule } from './entry-point';
import { emailProblem, nameProblem } from './validation';
import { ViewHost, field, focusAfterRender } from './view-host';

/**
 * The pre-chat form: name and e-mail as the entry point asks for them (hidden, optional or
 * required), checked on submit with a message under each field that is wrong, and the button
 * that starts the chat. With both fields hidden it is just that button.
 */
export class PreChatForm {
  private problems: { name?: string | null; email?: string | null } = {};

  constructor(private readonly host: ViewHost) {}

  render(
    rules: EntryPoint['preChat'],
    start: (name: string | null, email: string | null) => void,
    back: (() => void) | null,
    label = 'Start chat',
  ) {
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      const name = field(event, 'name');
      const email = field(event, 'email');
      this.problems = {
        name: rules.name === 'HIDDEN' ? null : nameProblem(name, rules.name === 'REQUIRED'),
        email: rules.email === 'HIDDEN' ? null : emailProblem(email, rules.email === 'REQUIRED'),
      };
      this.host.requestUpdate();
      if (this.problems.name || this.problems.email) {
        void focusAfterRender(this.host, '.prechat [aria-invalid="true"]');
        return;
      }
      start(name || null, email || null);
    };
    return html`
      <form class="prechat form" novalidate @submit=${submit}>
        ${this.input('name', 'Your name', 'text', 'name', rules.name, this.problems.name)}
        ${this.input('email', 'Your e-mail', 'email', 'email', rules.email, this.problems.email)}
        <div class="actions">
          ${
            back
              ? html`<button type="button" class="secondary" @click=${back}>‹ Back</button>`
              : nothing
          }
          <button type="submit" class="primary" data-testid="prechat-start">${label}</button>
        </div>
      </form>
    `;
  }

  private input(
    name: 'name' | 'email',
    label: string,
    type: string,
    autocomplete: string,
    rule: FieldRule,
    problem: string | null | undefined,
  ) {
    if (rule === 'HIDDEN') {
      return nothing;
    }
    const id = `prechat-${name}`;
    return html`
      <div class="field">
        <label for=${id}>${label}${rule === 'OPTIONAL' ? ' (optional)' : ''}</label>
        <input
          id=${id}
          name=${name}
          type=${type}
          autocomplete=${autocomplete}
          data-testid=${id}
          ?required=${rule === 'REQUIRED'}
          aria-invalid=${problem ? 'true' : 'false'}
          aria-describedby=${`${id}-problem`}
        />
        <p id=${`${id}-problem`} class="problem">${problem ?? ''}</p>
      </div>
    `;
  }
}

export const formStyles = css`
  .form {
    display: grid;
    gap: 4px;
  }

  .field {
    display: grid;
    gap: 2px;
  }

  label,
  legend {
    font-size: 14px;
    font-weight: 600;
  }

  input,
  textarea {
    width: 100%;
    padding: 8px 10px;
    border: 1px solid var(--pw-border-strong);
    border-radius: 6px;
    background: var(--pw-surface);
    color: inherit;
    font: inherit;
  }

  textarea {
    resize: vertical;
  }

  input:focus-visible,
  textarea:focus-visible {
    outline: 3px solid var(--pw-focus);
    outline-offset: 0;
  }

  [aria-invalid='true'] {
    border-color: var(--pw-danger);
  }

  .problem {
    min-height: 0;
    margin: 0;
    color: var(--pw-danger);
    font-size: 13px;
  }

  .problem:empty {
    display: none;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    justify-content: flex-end;
    margin-top: 8px;
  }
`;

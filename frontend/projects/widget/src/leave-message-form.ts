import { html } from 'lit';
import { MESSAGE_MAX, emailProblem, nameProblem, textProblem } from './validation';
import { ViewHost, field, focusAfterRender } from './view-host';

type Problems = { name?: string | null; email?: string | null; text?: string | null };

/**
 * When nobody can chat (status OFFLINE): the server's text and a form for a message that agents
 * answer by e-mail. The e-mail address and the message are required, the name is optional.
 */
export class LeaveMessageForm {
  private problems: Problems = {};

  constructor(private readonly host: ViewHost) {}

  render(leave: (name: string, email: string, text: string) => void) {
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      const name = field(event, 'name');
      const email = field(event, 'email');
      const text = field(event, 'text');
      this.problems = {
        name: nameProblem(name, false),
        email: emailProblem(email, true),
        text: textProblem(text, true, MESSAGE_MAX),
      };
      this.host.requestUpdate();
      if (Object.values(this.problems).some(Boolean)) {
        void focusAfterRender(this.host, '.leave [aria-invalid="true"]');
        return;
      }
      leave(name, email, text);
    };
    const problem = (key: keyof Problems) => this.problems[key] ?? '';
    const invalid = (key: keyof Problems) => (this.problems[key] ? 'true' : 'false');
    return html`
      <form class="leave form" novalidate @submit=${submit}>
        <div class="field">
          <label for="leave-name">Your name (optional)</label>
          <input
            id="leave-name"
            name="name"
            autocomplete="name"
            data-testid="leave-name"
            aria-invalid=${invalid('name')}
            aria-describedby="leave-name-problem"
          />
          <p id="leave-name-problem" class="problem">${problem('name')}</p>
        </div>
        <div class="field">
          <label for="leave-email">Your e-mail</label>
          <input
            id="leave-email"
            name="email"
            type="email"
            autocomplete="email"
            required
            data-testid="leave-email"
            aria-invalid=${invalid('email')}
            aria-describedby="leave-email-problem"
          />
          <p id="leave-email-problem" class="problem">${problem('email')}</p>
        </div>
        <div class="field">
          <label for="leave-text">Your message</label>
          <textarea
            id="leave-text"
            name="text"
            rows="4"
            required
            maxlength=${MESSAGE_MAX}
            data-testid="leave-text"
            aria-invalid=${invalid('text')}
            aria-describedby="leave-text-problem"
          ></textarea>
          <p id="leave-text-problem" class="problem">${problem('text')}</p>
        </div>
        <div class="actions">
          <button type="submit" class="primary" data-testid="leave-submit">Send message</button>
        </div>
      </form>
    `;
  }
}

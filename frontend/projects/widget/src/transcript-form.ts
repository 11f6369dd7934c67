import { html } from 'lit';
import { emailProblem } from './validation';
import { ViewHost, field, focusAfterRender } from './view-host';

/** "Email me the transcript": an e-mail address, checked, then a confirmation. */
export class TranscriptForm {
  private problem: string | null = null;

  constructor(private readonly host: ViewHost) {}

  render(sentTo: string | null, request: (email: string) => void) {
    if (sentTo) {
      return html`<p role="status" data-testid="transcript-sent">
        We will e-mail the transcript to ${sentTo}.
      </p>`;
    }
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      const email = field(event, 'email');
      this.problem = emailProblem(email, true);
      this.host.requestUpdate();
      if (this.problem) {
        void focusAfterRender(this.host, '[data-testid="transcript-email"]');
        return;
      }
      request(email);
    };
    return html`
      <form class="transcript form" novalidate @submit=${submit}>
        <div class="field">
          <label for="transcript-email">Email me the transcript</label>
          <input
            id="transcript-email"
            name="email"
            type="email"
            autocomplete="email"
            data-testid="transcript-email"
            aria-invalid=${this.problem ? 'true' : 'false'}
            aria-describedby="transcript-problem"
          />
          <p id="transcript-problem" class="problem">${this.problem ?? ''}</p>
        </div>
        <div class="actions">
          <button type="submit" class="secondary" data-testid="transcript-submit">
            Send transcript
          </button>
        </div>
      </form>
    `;
  }
}

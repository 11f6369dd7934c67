import { css, html } from 'lit';
import { COMMENT_MAX } from './validation';
import { ViewHost, field, focusAfterRender } from './view-host';

const SCORES = [1, 2, 3, 4, 5];

/**
 * How was the chat: five radio buttons drawn as stars (native radios, so arrow keys move between
 * them and screen readers say "3 stars, 3 of 5"), an optional comment, then a thank-you.
 */
export class RatingForm {
  private score = 0;
  private problem: string | null = null;

  constructor(private readonly host: ViewHost) {}

  render(rated: boolean, rate: (score: number, comment: string) => void) {
    if (rated) {
      return html`<p class="thanks" role="status" data-testid="rating-thanks">
        Thank you for your feedback!
      </p>`;
    }
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      const comment = field(event, 'comment');
      this.problem = !this.score
        ? 'Please choose from 1 to 5 stars.'
        : comment.length > COMMENT_MAX
          ? `Please use at most ${COMMENT_MAX} characters.`
          : null;
      this.host.requestUpdate();
      if (this.problem) {
        void focusAfterRender(this.host, '[data-testid="rating-1"]');
        return;
      }
      rate(this.score, comment);
    };
    return html`
      <form class="rating form" novalidate @submit=${submit}>
        <fieldset aria-describedby="rating-problem">
          <legend>How was your chat?</legend>
          <div class="stars">
            ${SCORES.map(
              (score) =>
                html`<input
                  type="radio"
                  name="score"
                  class=${score <= this.score ? 'star on' : 'star'}
                  value=${score}
                  aria-label=${score === 1 ? '1 star' : `${score} stars`}
                  data-testid=${`rating-${score}`}
                  .checked=${score === this.score}
                  @change=${() => this.choose(score)}
                />`,
            )}
          </div>
          <p id="rating-problem" class="problem">${this.problem ?? ''}</p>
        </fieldset>
        <div class="field">
          <label for="rating-comment">Comment (optional)</label>
          <textarea
            id="rating-comment"
            name="comment"
            rows="2"
            maxlength=${COMMENT_MAX}
            data-testid="rating-comment"
          ></textarea>
        </div>
        <div class="actions">
          <button type="submit" class="primary" data-testid="rating-submit">Send rating</button>
        </div>
      </form>
    `;
  }

  private choose(score: number): void {
    this.score = score;
    this.problem = null;
    this.host.requestUpdate();
  }
}

/** A star is the radio itself (so it is what the keyboard and a click reach), masked to a star shape. */
export const ratingStyles = css`
  fieldset {
    margin: 0;
    padding: 0;
    border: none;
  }

  .stars {
    display: flex;
    gap: 4px;
    margin: 4px 0;
  }

  .star {
    appearance: none;
    width: 36px;
    height: 36px;
    margin: 0;
    padding: 0;
    border: none;
    background: var(--pw-border-strong);
    cursor: pointer;
    mask: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'%3E%3Cpath d='m12 2 3 6.6 7 .7-5.3 4.8 1.6 7L12 17.5 5.7 21l1.6-7L2 9.3l7-.7z'/%3E%3C/svg%3E")
      center / contain no-repeat;
  }

  .star.on {
    background: var(--pw-star);
  }

  .star:focus-visible {
    outline: none;
    background: var(--pw-focus);
  }

  .star.on:focus-visible {
    background: var(--pw-star-focus);
  }

  .thanks {
    margin: 0;
    font-weight: 600;
  }
`;

import { RatingForm } from './rating-form';
import { ViewHarness } from './testing/view-harness';

describe('RatingForm', () => {
  let view: ViewHarness;
  let rated: boolean;
  let ratings: [number, string][];

  beforeEach(() => {
    rated = false;
    ratings = [];
    let form: RatingForm;
    view = new ViewHarness(() =>
      form.render(rated, (score, comment) => ratings.push([score, comment])),
    );
    form = new RatingForm(view);
    view.requestUpdate();
  });

  afterEach(() => view.remove());

  const star = (score: number) => view.testId<HTMLInputElement>(`rating-${score}`);

  it('offers 1 to 5 stars as labelled radio buttons in a named group', () => {
    const stars = [1, 2, 3, 4, 5].map(star);

    expect(
      stars.map((input) => [input.type, input.name, input.getAttribute('aria-label')]),
    ).toEqual([
      ['radio', 'score', '1 star'],
      ['radio', 'score', '2 stars'],
      ['radio', 'score', '3 stars'],
      ['radio', 'score', '4 stars'],
      ['radio', 'score', '5 stars'],
    ]);
    expect(view.find('legend').textContent).toBe('How was your chat?');
  });

  it('rates with the chosen stars and the comment, lighting the stars up to the choice', () => {
    star(4).click();
    view.type(view.testId<HTMLTextAreaElement>('rating-comment'), ' Quick and kind ');

    view.testId('rating-submit').click();

    expect(ratings).toEqual([[4, 'Quick and kind']]);
    expect([1, 2, 3, 4, 5].map((score) => star(score).classList.contains('on'))).toEqual([
      true,
      true,
      true,
      true,
      false,
    ]);
  });

  it('asks for stars before sending', () => {
    view.testId('rating-submit').click();

    expect(ratings).toEqual([]);
    expect(view.text()).toContain('Please choose from 1 to 5 stars.');
  });

  it('limits the comment to 1000 characters', () => {
    expect(view.testId<HTMLTextAreaElement>('rating-comment').maxLength).toBe(1000);
  });

  it('thanks the visitor once rated', () => {
    rated = true;
    view.requestUpdate();

    expect(view.testId('rating-thanks').textContent?.trim()).toBe('Thank you for your feedback!');
    expect(view.all('form')).toHaveLength(0);
  });
});

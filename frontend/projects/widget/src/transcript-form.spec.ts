import { ViewHarness } from './testing/view-harness';
import { TranscriptForm } from './transcript-form';

describe('TranscriptForm', () => {
  let view: ViewHarness;
  let sentTo: string | null;
  let requests: string[];

  beforeEach(() => {
    sentTo = null;
    requests = [];
    let form: TranscriptForm;
    view = new ViewHarness(() => form.render(sentTo, (email) => requests.push(email)));
    form = new TranscriptForm(view);
    view.requestUpdate();
  });

  afterEach(() => view.remove());

  const email = () => view.testId<HTMLInputElement>('transcript-email');

  it('asks for the transcript to go to a checked address', () => {
    view.type(email(), 'ann@example.com');

    view.testId('transcript-submit').click();

    expect(requests).toEqual(['ann@example.com']);
  });

  it('explains a wrong address and focuses it', async () => {
    view.type(email(), 'ann');

    view.testId('transcript-submit').click();
    await view.updateComplete;

    expect(requests).toEqual([]);
    expect(email().getAttribute('aria-invalid')).toBe('true');
    expect(view.text()).toContain('like name@example.com');
    expect(document.activeElement).toBe(email());
  });

  it('confirms where it goes', () => {
    sentTo = 'ann@example.com';
    view.requestUpdate();

    expect(view.testId('transcript-sent').textContent?.trim()).toBe(
      'We will e-mail the transcript to ann@example.com.',
    );
  });
});

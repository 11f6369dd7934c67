import { LeaveMessageForm } from './leave-message-form';
import { ViewHarness } from './testing/view-harness';

describe('LeaveMessageForm', () => {
  let view: ViewHarness;
  let left: [string, string, string][];

  beforeEach(() => {
    left = [];
    let form: LeaveMessageForm;
    view = new ViewHarness(() =>
      form.render((name, email, text) => left.push([name, email, text])),
    );
    form = new LeaveMessageForm(view);
    view.requestUpdate();
  });

  afterEach(() => view.remove());

  const input = (id: string) => view.testId<HTMLInputElement>(id);

  it('leaves a message with name, e-mail and text', () => {
    view.type(input('leave-name'), 'Ann');
    view.type(input('leave-email'), 'ann@example.com');
    view.type(input('leave-text'), 'Please call me back.');

    view.testId('leave-submit').click();

    expect(left).toEqual([['Ann', 'ann@example.com', 'Please call me back.']]);
  });

  it('requires the e-mail and the message, and focuses the first problem', async () => {
    view.testId('leave-submit').click();
    await view.updateComplete;

    expect(left).toEqual([]);
    expect(input('leave-email').getAttribute('aria-invalid')).toBe('true');
    expect(input('leave-text').getAttribute('aria-invalid')).toBe('true');
    expect(input('leave-name').getAttribute('aria-invalid')).toBe('false');
    expect(view.text()).toContain('Please enter your e-mail address.');
    expect(view.text()).toContain('Please write a message.');
    expect(document.activeElement).toBe(input('leave-email'));
  });
});

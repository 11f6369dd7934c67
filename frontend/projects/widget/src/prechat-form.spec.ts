import { EntryPoint } from './entry-point';
import { PreChatForm } from './prechat-form';
import { ViewHarness } from './testing/view-harness';

describe('PreChatForm', () => {
  let view: ViewHarness;
  let started: [string | null, string | null][];
  let backs: number;

  function show(rules: EntryPoint['preChat'], withBack = false): void {
    started = [];
    backs = 0;
    let form: PreChatForm;
    view = new ViewHarness(() =>
      form.render(
        rules,
        (name, email) => started.push([name, email]),
        withBack ? () => backs++ : null,
      ),
    );
    form = new PreChatForm(view);
    view.requestUpdate();
  }

  afterEach(() => view.remove());

  const name = () => view.testId<HTMLInputElement>('prechat-name');
  const email = () => view.testId<HTMLInputElement>('prechat-email');
  const start = () => view.testId<HTMLButtonElement>('prechat-start');

  it('asks for the fields the entry point wants, labelled', () => {
    show({ name: 'OPTIONAL', email: 'REQUIRED' });

    expect(view.find('label[for="prechat-name"]').textContent).toBe('Your name (optional)');
    expect(view.find('label[for="prechat-email"]').textContent).toBe('Your e-mail');
    expect(email().required).toBe(true);
    expect(email().type).toBe('email');
  });

  it('is only the start button when both fields are hidden', () => {
    show({ name: 'HIDDEN', email: 'HIDDEN' });

    expect(view.all('input')).toHaveLength(0);
    view.submit(start());

    expect(started).toEqual([[null, null]]);
  });

  it('starts with what the visitor typed, trimmed, leaving out empty optional fields', () => {
    show({ name: 'OPTIONAL', email: 'REQUIRED' });
    view.type(email(), ' ann@example.com ');

    view.submit(start());

    expect(started).toEqual([[null, 'ann@example.com']]);
  });

  it('explains what is wrong, marks the field and focuses it', async () => {
    show({ name: 'REQUIRED', email: 'OPTIONAL' });
    view.type(name(), 'a'.repeat(101));
    view.type(email(), 'ann@example');

    view.submit(start());
    await view.updateComplete;

    expect(started).toEqual([]);
    expect(name().getAttribute('aria-invalid')).toBe('true');
    expect(view.find(`#${name().getAttribute('aria-describedby')}`).textContent).toBe(
      'Please use at most 100 characters.',
    );
    expect(view.find(`#${email().getAttribute('aria-describedby')}`).textContent).toContain(
      'like name@example.com',
    );
    expect(document.activeElement).toBe(name());
  });

  it('asks for a required e-mail', () => {
    show({ name: 'HIDDEN', email: 'REQUIRED' });

    view.submit(start());

    expect(started).toEqual([]);
    expect(view.text()).toContain('Please enter your e-mail address.');
  });

  it('goes back to the menu', () => {
    show({ name: 'OPTIONAL', email: 'OPTIONAL' }, true);

    view.find<HTMLButtonElement>('button.secondary').click();

    expect(backs).toBe(1);
  });
});

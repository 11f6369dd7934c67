import { Composer, ComposerActions, ComposerOptions } from './composer';
import { ViewHarness } from './testing/view-harness';

describe('Composer', () => {
  let view: ViewHarness;
  let options: ComposerOptions;
  let calls: string[];
  let attachAnswer: string | null;
  let attached: File[];

  beforeEach(() => {
    calls = [];
    attached = [];
    attachAnswer = null;
    options = { accept: ['image/png', 'application/pdf'], canAttach: true };
    const actions: ComposerActions = {
      send: (text) => calls.push(`send:${text}`),
      keystroke: () => calls.push('keystroke'),
      stopTyping: () => calls.push('stop'),
      attach: async (file) => {
        attached.push(file);
        return attachAnswer;
      },
    };
    let composer: Composer;
    view = new ViewHarness(() => composer.render(options, actions));
    composer = new Composer(view);
    view.requestUpdate();
  });

  afterEach(() => view.remove());

  const input = () => view.testId<HTMLTextAreaElement>('composer-input');
  const press = (key: string, shiftKey = false) =>
    input().dispatchEvent(
      new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true }),
    );

  it('is a labelled text area and send button', () => {
    expect(input().getAttribute('aria-label')).toBe('Your message');
    expect(view.testId('composer-send').getAttribute('aria-label')).toBe('Send');
  });

  it('sends the trimmed text with the button, stops typing first and empties the field', () => {
    view.type(input(), '  Hello  ');
    view.testId('composer-send').click();

    expect(calls).toEqual(['keystroke', 'stop', 'send:Hello']);
    expect(input().value).toBe('');
  });

  it('sends on Enter but not on Shift+Enter', () => {
    view.type(input(), 'Line 1');
    press('Enter', true);
    expect(calls).toEqual(['keystroke']);

    press('Enter');
    expect(calls).toEqual(['keystroke', 'stop', 'send:Line 1']);
  });

  it('sends nothing blank', () => {
    view.type(input(), '   ');
    press('Enter');

    expect(calls.filter((call) => call.startsWith('send'))).toEqual([]);
  });

  it('stops typing when the text is emptied', () => {
    view.type(input(), 'x');
    view.type(input(), '');

    expect(calls).toEqual(['keystroke', 'stop']);
  });

  it('offers the paperclip only for an entry point that takes files, accepting its types', () => {
    expect(view.testId<HTMLInputElement>('attach-input').accept).toBe('image/png,application/pdf');
    expect(view.testId('attach-button').getAttribute('aria-label')).toBe('Attach a file');

    options = { accept: [], canAttach: true };
    view.requestUpdate();

    expect(view.all('[data-testid^="attach"]')).toEqual([]);
  });

  it('opens the file picker from the paperclip', () => {
    const click = vi.spyOn(view.testId<HTMLInputElement>('attach-input'), 'click');

    view.testId('attach-button').click();

    expect(click).toHaveBeenCalled();
  });

  it('hands a picked file on and shows what went wrong', async () => {
    attachAnswer = '“big.png” is 7 MB; files can be at most 5 MB.';
    const picker = view.testId<HTMLInputElement>('attach-input');
    const file = new File(['x'], 'big.png', { type: 'image/png' });
    Object.defineProperty(picker, 'files', { value: [file], configurable: true });

    picker.dispatchEvent(new Event('change'));
    expect(view.testId('upload-status').textContent?.trim()).toBe('Sending “big.png”…');

    await vi.waitFor(() =>
      expect(view.testId('upload-status').textContent?.trim()).toBe(attachAnswer),
    );
    expect(attached).toEqual([file]);
    expect(view.testId('upload-status').getAttribute('role')).toBe('status');
  });
});

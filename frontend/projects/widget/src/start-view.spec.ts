import { EntryPoint } from './entry-point';
import { StartView } from './start-view';
import { SUPPORT } from './testing/fixtures';
import { ViewHarness } from './testing/view-harness';

describe('StartView', () => {
  let view: ViewHarness;
  let entryPoint: EntryPoint;
  let starts: [string | null, string | null, string | null][];
  let channels: string[];

  function show(change: Partial<EntryPoint>, calls = false): void {
    entryPoint = { ...SUPPORT, ...change };
    starts = [];
    channels = [];
    let start: StartView;
    view = new ViewHarness(() =>
      start.render(
        entryPoint,
        (option, name, email, channel) => {
          starts.push([option, name, email]);
          channels.push(channel);
        },
        calls,
      ),
    );
    start = new StartView(view);
    view.requestUpdate();
  }

  afterEach(() => view.remove());

  const option = (id: string) => view.find(`[data-option-id="${id}"]`);

  it('goes from the menu to the pre-chat fields to start, with the chosen leaf', async () => {
    show({});
    option('tech').click();
    option('tech-es').click();
    await view.updateComplete;

    expect(view.all('[data-testid="menu-option"]')).toHaveLength(0);
    expect(document.activeElement).toBe(view.testId('prechat-name'));
    view.type(view.testId('prechat-email'), 'ana@example.com');
    view.submit(view.testId('prechat-start'));

    expect(starts).toEqual([['tech-es', null, 'ana@example.com']]);
  });

  it('goes back from the pre-chat fields to the menu', () => {
    show({});
    option('billing').click();

    view.find('.prechat button.secondary').click();

    expect(view.all('[data-testid="menu-option"]')).toHaveLength(2);
  });

  it('starts at once from a leaf when no field is asked for', () => {
    show({ preChat: { name: 'HIDDEN', email: 'HIDDEN' } });

    option('billing').click();

    expect(starts).toEqual([['billing', null, null]]);
  });

  it('skips the menu when there is none', () => {
    show({ menu: { prompt: '', options: [] } });

    expect(view.all('[data-testid="menu-option"]')).toHaveLength(0);
    view.type(view.testId('prechat-email'), 'ann@example.com');
    view.submit(view.testId('prechat-start'));

    expect(starts).toEqual([[null, null, 'ann@example.com']]);
    expect(view.all('.prechat button.secondary')).toHaveLength(0);
  });

  it('offers no channels without calls, and starts a chat', () => {
    show({ preChat: { name: 'HIDDEN', email: 'HIDDEN' } });

    expect(view.all('[data-testid^="channel-"]')).toHaveLength(0);
    option('billing').click();
    expect(channels).toEqual(['CHAT']);
  });

  it('starts a call through the same menu and fields when Call is chosen', () => {
    show({}, true);
    expect(view.testId('channel-CHAT').getAttribute('aria-pressed')).toBe('true');

    view.testId('channel-VOICE').click();
    option('billing').click();
    expect(view.testId('channel-VOICE').getAttribute('aria-pressed')).toBe('true');
    expect(view.testId('prechat-start').textContent?.trim()).toBe('Next: check microphone');
    view.type(view.testId('prechat-email'), 'ann@example.com');
    view.submit(view.testId('prechat-start'));

    expect(starts).toEqual([['billing', null, 'ann@example.com']]);
    expect(channels).toEqual(['VOICE']);
    view.requestUpdate(); // the next visit starts with Chat again
    expect(view.testId('channel-CHAT').getAttribute('aria-pressed')).toBe('true');
  });

  it('starts a video call from a leaf when no field is asked for', () => {
    show({ preChat: { name: 'HIDDEN', email: 'HIDDEN' } }, true);

    view.testId('channel-VIDEO').click();
    option('billing').click();

    expect(channels).toEqual(['VIDEO']);
  });

  it('offers only the channels the entry point names', () => {
    show({ channels: ['VOICE', 'VIDEO'], preChat: { name: 'HIDDEN', email: 'HIDDEN' } }, true);

    expect(view.all('[data-testid^="channel-"]').map((button) => button.dataset['testid'])).toEqual(
      ['channel-VOICE', 'channel-VIDEO'],
    );
    option('billing').click();
    expect(channels).toEqual(['VOICE']);
  });
});

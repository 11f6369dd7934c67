import { EntryPoint } from './entry-point';
import { StartView } from './start-view';
import { SUPPORT } from './testing/fixtures';
import { ViewHarness } from './testing/view-harness';

describe('StartView', () => {
  let view: ViewHarness;
  let entryPoint: EntryPoint;
  let starts: [string | null, string | null, string | null][];

  function show(change: Partial<EntryPoint>): void {
    entryPoint = { ...SUPPORT, ...change };
    starts = [];
    let start: StartView;
    view = new ViewHarness(() =>
      start.render(entryPoint, (option, name, email) => starts.push([option, name, email])),
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
});

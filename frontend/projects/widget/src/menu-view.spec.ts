import { MenuView } from './menu-view';
import { ViewHarness } from './testing/view-harness';
import { SUPPORT } from './testing/fixtures';

describe('MenuView', () => {
  let view: ViewHarness;
  let chosen: string[];

  beforeEach(() => {
    chosen = [];
    let menu: MenuView;
    view = new ViewHarness(() => menu.render(SUPPORT.menu, (leaf) => chosen.push(leaf)));
    menu = new MenuView(view);
    view.requestUpdate();
  });

  afterEach(() => view.remove());

  const options = () => view.all('[data-testid="menu-option"]');
  const option = (id: string) => view.find(`[data-option-id="${id}"]`);

  it('shows the prompt and a button per top-level option', () => {
    expect(view.text()).toContain('What is it about?');
    expect(options().map((button) => button.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Billing',
      'Technical help ›',
    ]);
    expect(option('tech').getAttribute('aria-haspopup')).toBe('true');
    expect(view.all('[data-testid="menu-back"]')).toHaveLength(0);
  });

  it('chooses a leaf', () => {
    option('billing').click();

    expect(chosen).toEqual(['billing']);
  });

  it('goes into sub-options, moves the focus there, and back', async () => {
    option('tech').click();
    await view.updateComplete;

    expect(options().map((button) => button.dataset['optionId'])).toEqual(['tech-en', 'tech-es']);
    expect(view.text()).toContain('Technical help');
    expect(document.activeElement).toBe(option('tech-en'));

    option('tech-es').click();
    expect(chosen).toEqual(['tech-es']);

    view.testId('menu-back').click();
    expect(options().map((button) => button.dataset['optionId'])).toEqual(['billing', 'tech']);
  });
});

import { EndChat } from './end-chat';
import { ViewHarness } from './testing/view-harness';

describe('EndChat', () => {
  let view: ViewHarness;
  let ends: number;

  beforeEach(() => {
    ends = 0;
    let endChat: EndChat;
    view = new ViewHarness(() => endChat.render(() => ends++));
    endChat = new EndChat(view);
    view.requestUpdate();
  });

  afterEach(() => view.remove());

  it('asks to confirm in the panel, with the focus on the answer', async () => {
    view.testId('end-chat').click();
    await view.updateComplete;

    expect(ends).toBe(0);
    expect(view.text()).toContain('End this chat?');
    expect(document.activeElement).toBe(view.testId('end-chat-confirm'));

    view.testId('end-chat-confirm').click();
    await view.updateComplete;

    expect(ends).toBe(1);
    expect(document.activeElement).toBe(view.testId('end-chat'));
  });

  it('goes back on cancel, focusing the End chat button again', async () => {
    view.testId('end-chat').click();
    view.testId('end-chat-cancel').click();
    await view.updateComplete;

    expect(ends).toBe(0);
    expect(document.activeElement).toBe(view.testId('end-chat'));
  });
});

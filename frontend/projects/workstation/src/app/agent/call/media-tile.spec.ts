import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FakeStream } from './call-fakes';
import { MediaTile } from './media-tile';

describe('MediaTile', () => {
  let fixture: ComponentFixture<MediaTile>;
  let play: ReturnType<typeof vi.fn<() => Promise<void>>>;

  beforeEach(() => {
    play = vi.fn<() => Promise<void>>(() => Promise.resolve());
    vi.spyOn(HTMLMediaElement.prototype, 'play').mockImplementation(function () {
      return play();
    });
  });

  afterEach(() => vi.restoreAllMocks());

  async function tile(inputs: Record<string, unknown>): Promise<HTMLElement> {
    fixture = TestBed.createComponent(MediaTile);
    for (const [name, value] of Object.entries(inputs)) {
      fixture.componentRef.setInput(name, value);
    }
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it("plays a remote party's audio, marked with its peer id", async () => {
    const stream = new FakeStream().asMediaStream();
    const element = await tile({ stream, peerId: 'customer', label: 'Jane' });

    const audio = element.querySelector('audio')!;
    expect(audio.dataset['peerId']).toBe('customer');
    expect(audio.srcObject).toBe(stream);
    expect(play).toHaveBeenCalled();
    expect(element.querySelector('video')).toBeNull();
  });

  it('shows video with a name; the agent preview is muted and has no peer id', async () => {
    const remote = await tile({
      stream: new FakeStream().asMediaStream(),
      video: true,
      peerId: 'agent:bob',
      label: 'Bob',
    });
    expect(remote.querySelector('video')!.muted).toBe(false);
    expect(remote.querySelector('.label')!.textContent).toBe('Bob');

    const self = await tile({
      stream: new FakeStream().asMediaStream(),
      video: true,
      label: 'You',
    });
    expect(self.querySelector('video')!.muted).toBe(true);
    expect(self.querySelector('video')!.hasAttribute('data-peer-id')).toBe(false);
  });

  it('offers a button when the browser will not play without a click', async () => {
    play.mockImplementationOnce(() =>
      Promise.reject(new DOMException('no gesture', 'NotAllowedError')),
    );
    const element = await tile({
      stream: new FakeStream().asMediaStream(),
      peerId: 'customer',
      label: 'Jane',
    });

    const button = element.querySelector<HTMLButtonElement>('[data-testid="call-play"]')!;
    expect(button.textContent?.trim()).toBe("Play Jane's sound");
    button.click();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="call-play"]')).toBeNull();
  });
});

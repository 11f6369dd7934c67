import { FakeClock } from '@parley/shared/testing';
import { HoldMusic, RING_PERIOD_MS, Ringer } from './hold-music';
import { FakeAudioContext, fakeCallMedia } from './testing/fake-call-media';

const SERVER = 'https://parley.example';

describe('HoldMusic', () => {
  let audio: HTMLAudioElement;
  let play: ReturnType<typeof vi.spyOn>;
  let music: HoldMusic;

  beforeEach(() => {
    audio = document.createElement('audio');
    play = vi.spyOn(audio, 'play').mockResolvedValue(undefined);
    vi.spyOn(audio, 'pause').mockReturnValue(undefined);
    music = new HoldMusic(SERVER, () => audio);
  });

  afterEach(() => vi.restoreAllMocks());

  it('plays the greeting once from the server, then loops the hold music', () => {
    music.greetThenHold();
    expect([audio.getAttribute('src'), audio.loop, music.playing]).toEqual([
      `${SERVER}/media/greeting.ogg`,
      false,
      'greeting',
    ]);

    audio.onended?.(new Event('ended'));

    expect([audio.getAttribute('src'), audio.loop, music.playing]).toEqual([
      `${SERVER}/media/hold.ogg`,
      true,
      'hold',
    ]);
    expect(play).toHaveBeenCalledTimes(2);
  });

  it('stops, and a late end of the greeting starts nothing', () => {
    music.greetThenHold();
    const ended = audio.onended;

    music.stop();
    ended?.call(audio, new Event('ended'));

    expect(audio.hasAttribute('src')).toBe(false);
    expect(music.playing).toBeNull();
    expect(audio.onended).toBeNull();
  });

  it('does not restart the hold loop that already plays', () => {
    music.hold();
    music.hold();

    expect(play).toHaveBeenCalledTimes(1);
  });

  it('takes a refused play() quietly (autoplay policy)', async () => {
    play.mockRejectedValue(new DOMException('no gesture', 'NotAllowedError'));

    music.hold();
    await Promise.resolve();

    expect(music.playing).toBe('hold');
  });
});

describe('Ringer', () => {
  it('rings two tones now and every few seconds until stopped', () => {
    const clock = new FakeClock();
    const ringer = new Ringer(fakeCallMedia().media.createAudioContext, clock);

    ringer.start();
    const context = FakeAudioContext.created[0];
    expect(context.oscillators.map((o) => o.frequency.value)).toEqual([660, 880]);
    clock.advance(RING_PERIOD_MS);
    expect(context.oscillators).toHaveLength(4);

    ringer.stop();
    clock.advance(RING_PERIOD_MS * 3);
    expect(context.oscillators).toHaveLength(4);
    expect(context.closed).toBe(true);
    expect(ringer.ringing).toBe(false);
  });

  it('still counts as ringing without Web Audio', () => {
    const ringer = new Ringer(null, new FakeClock());

    ringer.start();

    expect(ringer.ringing).toBe(true);
    ringer.stop();
  });
});

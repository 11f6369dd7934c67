import { TestBed } from '@angular/core/testing';
import { fakeLocalStream } from './call-fakes';
import { LocalMedia, MEDIA_DEVICES, stopTracks } from './local-media';

describe('LocalMedia', () => {
  let asked: MediaStreamConstraints[];
  let answers: (() => Promise<MediaStream>)[];

  function media(devices: Pick<MediaDevices, 'getUserMedia'> | null = fakeDevices()): LocalMedia {
    TestBed.configureTestingModule({ providers: [{ provide: MEDIA_DEVICES, useValue: devices }] });
    return TestBed.inject(LocalMedia);
  }

  function fakeDevices(): Pick<MediaDevices, 'getUserMedia'> {
    return {
      getUserMedia: (constraints?: MediaStreamConstraints) => {
        asked.push(constraints ?? {});
        return answers.shift()!();
      },
    };
  }

  function refused(name: string): () => Promise<MediaStream> {
    return () => Promise.reject(new DOMException('refused', name));
  }

  beforeEach(() => {
    asked = [];
    answers = [];
  });

  it('opens the microphone, and the camera too for a video call', async () => {
    const stream = fakeLocalStream(true).asMediaStream();
    answers.push(() => Promise.resolve(stream));

    expect(await media().open(true)).toEqual({ ok: true, stream, warning: null });
    expect(asked).toEqual([{ audio: true, video: true }]);
  });

  it('says what to do when the microphone is refused, missing or in use', async () => {
    answers.push(refused('NotAllowedError'), refused('NotFoundError'), refused('NotReadableError'));
    const local = media();

    expect(await local.open(false)).toEqual({
      ok: false,
      error:
        "Parley may not use your microphone. Allow it in the browser's site settings, then try again.",
    });
    expect(await local.open(false)).toEqual({
      ok: false,
      error: 'No microphone found. Connect one, then try again.',
    });
    expect(await local.open(false)).toEqual({
      ok: false,
      error: 'Your microphone is in use by another application. Close it, then try again.',
    });
  });

  it('goes on with audio only when the camera of a video call is missing or busy', async () => {
    const audio = fakeLocalStream(false).asMediaStream();
    answers.push(refused('NotReadableError'), () => Promise.resolve(audio));

    expect(await media().open(true)).toEqual({
      ok: true,
      stream: audio,
      warning:
        'Your camera is in use by another application. Close it, then try again. Audio only.',
    });
    expect(asked).toEqual([
      { audio: true, video: true },
      { audio: true, video: false },
    ]);
  });

  it('does not ask again when the agent refused both devices', async () => {
    answers.push(refused('NotAllowedError'));

    const result = await media().open(true);

    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain('may not use your microphone and camera');
    expect(asked).toHaveLength(1);
  });

  it('explains a browser without media devices', async () => {
    const result = await media(null).open(false);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain('cannot use a microphone');
  });

  it('stops every track of a stream', () => {
    const stream = fakeLocalStream(true);
    stopTracks(stream.asMediaStream());
    expect(stream.getTracks().map((track) => track.stopped)).toEqual([true, true]);
    stopTracks(null);
  });
});

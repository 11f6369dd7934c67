import { DOCUMENT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { FakeClock } from '@parley/shared/testing';
import { CLOCK } from '../../core/time/clock';
import { CHIME_GAP_MS, Chime } from './chime';
import { PageVisibility } from './page-visibility';
import { TitleNotice } from './title-notice';

describe('notices', () => {
  describe('TitleNotice', () => {
    it('puts the count before the title and takes it away again, also when destroyed', () => {
      TestBed.configureTestingModule({ providers: [TitleNotice] });
      const title = TestBed.inject(Title);
      title.setTitle('Agent workstation · Parley');
      const notice = TestBed.inject(TitleNotice);

      notice.show(2);
      expect(title.getTitle()).toBe('(2) Agent workstation · Parley');
      notice.show(3);
      expect(title.getTitle()).toBe('(3) Agent workstation · Parley');
      notice.show(0);
      expect(title.getTitle()).toBe('Agent workstation · Parley');

      notice.show(1);
      TestBed.resetTestingModule();
      expect(document.title).toBe('Agent workstation · Parley');
    });
  });

  describe('Chime', () => {
    let clock: FakeClock;
    let oscillators: number;

    beforeEach(() => {
      clock = new FakeClock();
      oscillators = 0;
      const param = {
        value: 0,
        setValueAtTime: () => undefined,
        exponentialRampToValueAtTime: () => undefined,
      };
      class FakeAudioContext {
        state = 'running';
        currentTime = 0;
        destination = {};
        createOscillator() {
          oscillators++;
          return {
            type: 'sine',
            frequency: { ...param },
            connect: (gain: unknown) => gain,
            start: () => undefined,
            stop: () => undefined,
          };
        }
        createGain() {
          return { gain: { ...param }, connect: () => undefined };
        }
      }
      vi.stubGlobal('AudioContext', FakeAudioContext);
      TestBed.configureTestingModule({ providers: [{ provide: CLOCK, useValue: clock }] });
    });

    afterEach(() => vi.unstubAllGlobals());

    it('plays two short notes, at most once per gap', () => {
      const chime = TestBed.inject(Chime);

      chime.play();
      chime.play();
      expect(oscillators).toBe(2);

      clock.advance(CHIME_GAP_MS);
      chime.play();
      expect(oscillators).toBe(4);
    });

    it('stays silent where the browser has no WebAudio', () => {
      vi.stubGlobal('AudioContext', undefined);

      expect(() => TestBed.inject(Chime).play()).not.toThrow();
      expect(oscillators).toBe(0);
    });
  });

  describe('PageVisibility', () => {
    it('follows the document’s visibility', () => {
      const doc = TestBed.inject(DOCUMENT);
      let state: DocumentVisibilityState = 'visible';
      vi.spyOn(doc, 'visibilityState', 'get').mockImplementation(() => state);
      const visibility = TestBed.inject(PageVisibility);
      expect(visibility.visible()).toBe(true);

      state = 'hidden';
      doc.dispatchEvent(new Event('visibilitychange'));
      expect(visibility.visible()).toBe(false);
    });
  });
});

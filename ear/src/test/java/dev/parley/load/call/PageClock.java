package dev.parley.load.call;

/**
 * Scripts that take times inside the pages, so a measurement does not include WebDriver's round
 * trips: {@code Date.now()} of the machine's one clock, shared by both browsers (millisecond
 * resolution; the pages' monotonic clocks start at their own navigation and may drift apart).
 */
final class PageClock {

  /** Records, once per page, the time of every click on an element with a {@code data-testid}. */
  static final String RECORD_CLICKS =
      """
      if (!window.__parleyClicks) {
        window.__parleyClicks = {};
        document.addEventListener('click', e => {
          for (const n of e.composedPath()) {
            if (n.dataset && n.dataset.testid) { window.__parleyClicks[n.dataset.testid] = Date.now(); break; }
          }
        }, true);
      }
      """;

  /** The time of the last click on {@code arguments[0]}, or null. */
  static final String CLICKED_AT = "return (window.__parleyClicks || {})[arguments[0]] ?? null;";

  /**
   * Watches for the element {@code arguments[0]} (a CSS selector) to be added; records the time in
   * {@code __parleySeenAt} and the next frame's in {@code __parleySeenFrameAt}.
   */
  static final String WATCH_FOR =
      """
      const css = arguments[0];
      window.__parleySeenAt = null;
      window.__parleySeenFrameAt = null;
      if (window.__parleyWatch) window.__parleyWatch.disconnect();
      const check = () => {
        if (window.__parleySeenAt === null && document.querySelector(css)) {
          window.__parleySeenAt = Date.now();
          requestAnimationFrame(() => { window.__parleySeenFrameAt = Date.now(); });
          window.__parleyWatch.disconnect();
        }
      };
      window.__parleyWatch = new MutationObserver(check);
      window.__parleyWatch.observe(document.body, {childList: true, subtree: true, attributes: true});
      check();
      """;

  static final String SEEN_AT = "return window.__parleySeenAt ?? null;";

  static final String SEEN_FRAME_AT = "return window.__parleySeenFrameAt ?? null;";

  /**
   * Polls (every 10 ms) the inbound RTP bytes of the peer connections the page makes from now on
   * (recorded by {@code Chromium.startWithMedia}); the first time they exceed 0 goes into {@code
   * __parleyFirstRtpAt}. Gives up after a minute.
   */
  static final String WATCH_RTP =
      """
      window.__parleyFirstRtpAt = null;
      const before = new Set(window.__parleyPeerConnections || []);
      const started = Date.now();
      const tick = () => {
        const pcs = (window.__parleyPeerConnections || [])
            .filter(p => !before.has(p) && p.connectionState !== 'closed');
        Promise.all(pcs.map(p => p.getStats())).then(reports => {
          let total = 0;
          reports.forEach(r => r.forEach(s => { if (s.type === 'inbound-rtp') total += s.bytesReceived || 0; }));
          if (total > 0) { window.__parleyFirstRtpAt = Date.now(); }
          else if (Date.now() - started < 60000) { setTimeout(tick, 10); }
        }, () => setTimeout(tick, 10));
      };
      tick();
      """;

  static final String FIRST_RTP_AT = "return window.__parleyFirstRtpAt ?? null;";

  private PageClock() {}
}

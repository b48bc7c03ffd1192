// What the page-side probes of the benchmark drivers share, given to
// `page.addInitScript` before the app starts.

/**
 * Records in `window.__bench.firstResults` when the first result card is
 * visible and painted (a message posted from a frame callback is handled once
 * that frame is drawn), and, unless `onScreen` is false, within the first
 * screen; offers that "after the next paint" callback to later probes as
 * `window.__bench.afterNextPaint`.
 */
export function firstResultsProbe({ onScreen = true } = {}) {
  const bench = (window.__bench ??= {});
  bench.firstResults = null;
  const afterNextPaint = (then) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = then;
      channel.port2.postMessage(0);
    });
  bench.afterNextPaint = afterNextPaint;
  const shows = (card) => {
    const box = card.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && (!onScreen || (box.top < innerHeight && box.bottom > 0)) &&
      card.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  };
  const watch = () => {
    const card = document.querySelector('.result-card');
    if (card && shows(card)) afterNextPaint(() => (bench.firstResults = performance.now()));
    else requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
}

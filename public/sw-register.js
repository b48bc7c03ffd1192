// Registers the service worker (sw.js, written by the build) once the page has
// loaded, so its caching never competes with the first visit's own downloads.
// A separate file, not inline: the Content-Security-Policy allows no inline script
// but trunk's loader.
if ('serviceWorker' in navigator) {
  addEventListener('load', () => {
    navigator.serviceWorker.register(new URL('sw.js', import.meta.url)).catch(() => {});
  });
}

/**
 * Every page: registers the service worker (dist/sw.js, docs/offline.md) after load, and when a
 * new version of the site is installed and waiting, shows the page's "updated, reload" notice
 * (its markup and strings are in Base.astro). The reload happens only on the reader's click. Any
 * failure (no service workers, blocked, an error) leaves the page as it is. Part of the chapter
 * page's script before interaction: keep it small.
 */
const container = navigator.serviceWorker;
let clicked = false;

/** The notice; its button activates `waiting`, or, once another tab has done so, reloads. */
function offerReload(waiting?: ServiceWorker | null): void {
  // Every page that runs this has the notice (Base.astro). Moving the template's content into
  // the live region announces it; a second call finds the template empty and the button there.
  const notice = document.querySelector('[data-update-notice]')!;
  notice.append(notice.querySelector('template')!.content);
  notice.querySelector('button')!.onclick = () => {
    clicked = true;
    if (waiting) waiting.postMessage('skip-waiting');
    else location.reload();
  };
}

if (import.meta.env.PROD && container) {
  addEventListener('load', () => {
    // A new version took over: after this page's click, reload; after a click in another tab,
    // offer the reload here too (never a mix of versions). The first install's takeover of an
    // uncontrolled page is no new version.
    let controller = container.controller;
    container.oncontrollerchange = () => {
      if (clicked) location.reload();
      else if (controller) offerReload();
      controller = container.controller;
    };
    container
      .register(`${import.meta.env.BASE_URL}sw.js`)
      .then((registration) => {
        // Only an update waits while a version controls the page; the first install takes over.
        const check = () => registration.waiting && container.controller && offerReload(registration.waiting);
        check();
        registration.onupdatefound = () => registration.installing && (registration.installing.onstatechange = check);
      })
      // Not registered (unsupported, blocked, a bad response) or anything odd: the page stays as it is.
      .catch(() => {});
  });
}

/**
 * Every page: registers the service worker (dist/sw.js, docs/offline.md) after load, and when a
 * new version of the site is installed and waiting, shows the page's "updated, reload" notice
 * (its markup and strings are in Base.astro). The reload happens only on the reader's click. Any
 * failure (no service workers, blocked, an error) leaves the page as it is. Part of the chapter
 * page's script before interaction: keep it small.
 */
const container = navigator.serviceWorker;

function offerReload(waiting: ServiceWorker): void {
  const notice = document.querySelector('[data-update-notice]');
  const template = notice?.querySelector('template');
  if (!notice || !template) return;
  // Moving the template's content into the live region announces it.
  notice.append(template.content);
  notice.querySelector('button')!.onclick = () => {
    container.oncontrollerchange = () => location.reload();
    waiting.postMessage({ type: 'skip-waiting' });
  };
}

if (import.meta.env.PROD && container) {
  addEventListener('load', () => {
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

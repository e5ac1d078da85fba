/**
 * What the demo banner (DemoBanner.astro) does in the browser. Run once per page by the Header's
 * script (one file for the site chrome: a file of its own did not fit the lessons' budget).
 * - on load, shows the banner when this tab's flag says demo;
 * - on the workspace event (a "load sample" button entered the demo on this page), shows it and puts
 *   its text in the status element: the one announcement;
 * - "Back to my data" removes the tab's flag (what setActiveWorkspace('real') does) and reloads. Until
 *   the reload the stores stay bound to the demo, so no tool's draft in memory reaches the user's data.
 *
 * It imports nothing: importing src/state/workspace.ts pulled the state runtime chunk into every page
 * without tools. It repeats two names from there, WORKSPACE_FLAG_KEY ('kam:workspace') and
 * WORKSPACE_EVENT ('kam:workspace-change'); tests/state/workspace.test.ts fails if they drift apart.
 * (An inline script is not an option: the CSP allows only the scripts Astro emits.)
 */
export function initDemoBanner(): void {
  const banner = document.querySelector<HTMLElement>('[data-demo-banner]');
  const announcer = document.querySelector('[data-demo-announcer]');
  const flagKey = 'kam:workspace';
  if (!banner) return;
  try {
    banner.hidden = sessionStorage.getItem(flagKey) !== 'demo';
  } catch {
    // No sessionStorage: this tab cannot be in the demo after a page load.
  }
  addEventListener('kam:workspace-change', (event) => {
    banner.hidden = (event as CustomEvent<string>).detail !== 'demo';
    if (!banner.hidden && announcer) announcer.textContent = banner.querySelector('p')?.textContent ?? '';
  });
  banner.querySelector('button')?.addEventListener('click', () => {
    try {
      sessionStorage.removeItem(flagKey);
    } catch {
      // Nothing stored: the reload opens on the user's data anyway.
    }
    location.reload();
  });
}

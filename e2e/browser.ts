import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Which Chromium to drive. Playwright never downloads a browser here: we use, in order,
 * PLAYWRIGHT_CHROMIUM_EXECUTABLE, Playwright's own Chromium if one is installed, then a
 * system Chromium. None found → one clear sentence naming the fix.
 */
export function findChromium(): string {
  const fromEnv = process.env['PLAYWRIGHT_CHROMIUM_EXECUTABLE'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`PLAYWRIGHT_CHROMIUM_EXECUTABLE points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  const candidates = [bundled, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  throw new Error('No Chromium found: install one (Debian: `apt-get install chromium`) or set PLAYWRIGHT_CHROMIUM_EXECUTABLE to its path.');
}

/** The network here is closed: without these flags Chromium stalls on background lookups. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/**
 * The browser tests' fixtures: the built site served on 127.0.0.1 and Debian's Chromium driven by
 * playwright-core (never a downloaded browser). Every request that leaves 127.0.0.1 is blocked and
 * recorded, so a test can prove the site works offline.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startServer } from './serve.mjs';

export const SCREENSHOTS = fileURLToPath(new URL('../test-results/', import.meta.url));

const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/lib/chromium/chromium'].filter(
  Boolean,
) as string[];

export function chromiumPath(): string {
  const found = CHROMIUM_CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `Chromium not found (looked at ${CHROMIUM_CANDIDATES.join(', ')}): install Debian's package with \`apt-get install -y chromium\` (.ci/run does)`,
    );
  }
  return found;
}

export interface Site {
  baseUrl: string;
  browser: Browser;
  context: BrowserContext;
  /** URLs the pages tried to fetch from anywhere but the local server. */
  offsiteRequests: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Serves the built site (or the one in `dir`, ending in "/") and opens Chromium on it. */
export async function openSite(dir?: string): Promise<Site> {
  const server = (await startServer(0, dir)) as { baseUrl: string; close: () => Promise<void> };
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    reducedMotion: 'reduce',
  });
  const offsiteRequests: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${server.baseUrl}/`) || url.startsWith('data:') || url.startsWith('blob:'))
      return route.continue();
    offsiteRequests.push(url);
    return route.abort();
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    baseUrl: server.baseUrl,
    browser,
    context,
    offsiteRequests,
    newPage: () => context.newPage(),
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

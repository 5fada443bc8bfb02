import { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, signIn } from './support/browser';

// Issue 8 §2: the production server's Content-Security-Policy allows no inline script; the built
// SPA must run under it without a single violation, and its files arrive compressed and cached.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/**
 * Collects every CSP violation the page reports: the DOM event (recorded by a script the browser
 * injects before the page's own, which the policy does not govern) and Chromium's console errors.
 */
async function watchForViolations(page: Page): Promise<() => Promise<string[]>> {
  const consoleViolations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
      consoleViolations.push(message.text());
    }
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return async () => [
    ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)),
    ...consoleViolations,
  ];
}

describe('delivery of the built SPA', () => {
  it('signs in and opens pages under the Content-Security-Policy without a violation', async () => {
    const page = await newPage(browser);
    const violations = await watchForViolations(page);
    const document = await page.goto('/login');
    expect(document?.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(document?.headers()['cache-control']).toBe('no-cache');

    await signIn(page, 'admin');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.getByTestId('header-organization').waitFor();
    // Pages with popups and tables: Element Plus positions them with inline styles, which the policy allows.
    await page.getByTestId('menu-organizations').click();
    await page.getByTestId('org-tree').waitFor();
    await page.getByTestId('menu-users').click();
    await page.getByTestId('user-menu').click();

    expect(await violations()).toEqual([]);
  });

  it('sends the scripts brotli-compressed, cached for a year', async () => {
    const page = await newPage(browser);
    const scripts: { url: string; encoding?: string; cache?: string }[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.endsWith('.js')) {
        const headers = response.headers();
        scripts.push({ url: response.url(), encoding: headers['content-encoding'], cache: headers['cache-control'] });
      }
    });
    await page.goto('/login');
    await page.getByTestId('login-submit').waitFor();

    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(script.cache, script.url).toBe('public, max-age=31536000, immutable');
      // The build leaves files under 1 kB uncompressed: their headers would outweigh the saving.
      if (script.encoding) expect(script.encoding, script.url).toBe('br');
    }
    expect(scripts.some((script) => script.encoding === 'br')).toBe(true);
  });

  it('has a favicon, and answers a missing file with 404 instead of the SPA', async () => {
    const page = await newPage(browser);
    const favicon = await page.request.get('/favicon.svg');
    expect(favicon.status()).toBe(200);
    expect(favicon.headers()['content-type']).toBe('image/svg+xml');
    for (const path of ['/favicon.ico', '/assets/nope.js']) {
      const response = await page.request.get(path, { headers: { accept: 'text/html,*/*' } });
      expect(response.status(), path).toBe(404);
    }
  });
});

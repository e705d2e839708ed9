import { test as base, expect, type Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';

/**
 * Every journey: any request to another origin fails the test (and is blocked), and
 * checkA11y runs axe-core on the page as it is.
 */
export const test = base.extend<{ foreignRequests: string[]; checkA11y: (page?: Page) => Promise<void> }>({
  foreignRequests: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      await page.context().route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith('data:') || new URL(url).origin === origin) return route.continue();
        foreign.push(url);
        return route.abort();
      });
      await use(foreign);
      expect(foreign, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
  checkA11y: async ({ page, browser, baseURL, javaScriptEnabled }, use) => {
    await use(async (p = page) => {
      // axe needs JavaScript. With it off, check the very same HTML in a scripting context
      // of the same origin (our own optional script blocked, so the page is as served).
      let target = p;
      let scratch;
      if (javaScriptEnabled === false) {
        const html = await p.content();
        scratch = await browser.newContext({ baseURL, javaScriptEnabled: true });
        await scratch.route('**/static/app.js*', (route) => route.abort());
        target = await scratch.newPage();
        await target.goto('/static/app.css');
        await target.setContent(html, { waitUntil: 'load' });
      }
      const result = await new AxeBuilder({ page: target }).analyze();
      await scratch?.close();
      const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary, `accessibility violations on ${p.url()}`).toEqual([]);
    });
  },
});

export { expect };


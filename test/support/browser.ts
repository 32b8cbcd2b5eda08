import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll } from 'vitest';
import { testApp, type TestApp } from './app.ts';

export interface E2E extends TestApp {
  baseUrl: string;
  browser: Browser;
  newPage(): Promise<Page>;
}

/** The real app listening on a free port, and Debian's Chromium driven by playwright-core. */
export async function startE2E(): Promise<E2E> {
  const t = await testApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = t.app.server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu'],
  });
  afterAll(() => browser.close());
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    ...t,
    baseUrl,
    browser,
    async newPage() {
      const context = await browser.newContext({ baseURL: baseUrl });
      return context.newPage();
    },
  };
}

export async function signInInBrowser(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

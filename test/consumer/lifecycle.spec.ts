// #13.1–3 against the packed dist (app/src/lifecycle.tsx): a screener switch drops the
// verified state; a hanging token getter and a hanging code check each end in TIMEOUT (after
// the host's 500 ms limits) with the gate usable again.
import type { Page } from '@playwright/test';
import { expect, readProbe, type Site, test } from './fixtures';

const sentRequests = async (page: Page) =>
  (await readProbe(page, 'lifecycle')).requests.map((r) => `${r.method} ${r.url}`);
const timeoutAlert = (page: Page) => page.locator('[role="alert"][data-status-code="TIMEOUT"]');

/** Opens the host on one scenario and presses send (the phone is linked). */
async function start(page: Page, site: Site, scenario: 'identity' | 'token' | 'check') {
  await site.open('dist-lifecycle', `/lifecycle.html?scenario=${scenario}`);
  await page.getByRole('button', { name: 'Text me a code' }).click();
}

test("screener switch: verified on A, then B: B's first step, not A's player", async ({
  page,
  site,
}) => {
  await start(page, site, 'identity');
  await page.getByLabel('Verification code').pressSequentially('123456');
  await expect(page.getByTestId('playing')).toHaveText('Playing screener-a');
  await page.getByRole('button', { name: 'Open screener B' }).click();
  await expect(page.locator('[data-step="send"]')).toBeVisible();
  await expect(page.getByTestId('playing')).toHaveCount(0);
  expect(await sentRequests(page)).toHaveLength(1);
});

test('token getter: one that never settles ends in TIMEOUT, nothing sent', async ({
  page,
  site,
}) => {
  await start(page, site, 'token');
  await expect(timeoutAlert(page)).toBeVisible();
  expect(await sentRequests(page)).toEqual([]);
  await expect(page.getByRole('button', { name: 'Text me a code' })).toBeEnabled();
});

test('code check: an onCodeSubmit that never settles ends in TIMEOUT', async ({ page, site }) => {
  await start(page, site, 'check');
  await page.getByLabel('Verification code').pressSequentially('123456');
  await expect(timeoutAlert(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Use a different number' })).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Verify' })).toBeEnabled();
});

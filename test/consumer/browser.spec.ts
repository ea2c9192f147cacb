// The app (App.tsx) in Chromium under the strict CSP, against the mock; fixtures.ts adds the
// checks every page gets (no console error, CSP violation or foreign request).
import { expect, readProbe, test } from './fixtures';

const ENDPOINT = `https://api.indee.invalid/v2/watch/content/screeners/${encodeURIComponent('consumer screener/1')}/2fa`;

const runs = [
  { react: '19', build: 'dist-app', version: /^19\./ },
  { react: '18.3', build: 'dist-app-react18', version: /^18\.3\./ },
];

for (const { react, build, version } of runs) {
  test(`React ${react}: phone -> code -> verified on the mock`, async ({ page, site }) => {
    await site.open(build);
    const root = page.locator('[data-step]');
    await expect(root).toHaveAttribute('data-step', 'phone');
    // styles.css reached the page (the gate never imports its own CSS).
    await expect(page.locator('.s2fa')).toHaveCSS('--s2fa-font-size', '1rem');
    await expect(page.getByLabel('Country')).toBeVisible();

    await page.getByLabel('Phone number').pressSequentially('2015550123');
    await page.getByRole('button', { name: 'Text me a code' }).click();
    const codeField = page.getByLabel('Verification code');
    await expect(codeField).toBeVisible();
    await expect(root).toHaveAttribute('data-step', 'code');
    expect((await readProbe(page, 'consumer')).lastCode).toBe('123456');

    // A complete code submits itself: no press of Verify.
    await codeField.pressSequentially('123456');
    await expect(page.getByTestId('playing')).toContainText('(code 123456)');
    await expect(root).toHaveAttribute('data-step', 'verified');

    const probe = await readProbe(page, 'consumer');
    expect(probe.react).toMatch(version);
    expect(
      probe.requests.map((r) => `${r.method} ${r.url} ${r.body ?? ''}`),
      'one request each: StrictMode must not double them',
    ).toEqual([`POST ${ENDPOINT} {"phone":2015550123,"country_code":1}`, `GET ${ENDPOINT} `]);
    expect(probe.requests.map((r) => r.headers.authorization)).toEqual([
      'Bearer demo-api-key',
      'Bearer demo-api-key',
    ]);
    expect(probe.sentTo).toEqual(['+1 ••••••••23']);
    expect(probe.verified).toEqual(['123456']);
    expect(probe.errors).toEqual([]);
    expect(await page.locator('[style], style').count(), 'inline styles').toBe(0);
  });
}

test('country search: loads on the first press, "uk" + Enter picks the UK, +44 sent', async ({
  page,
  site,
}) => {
  await site.open('dist-app');
  const country = page.getByLabel('Country');
  await expect(country).toBeVisible();
  // The first-time path must not pay for the search until the viewer reaches the control.
  const searchChunk = (paths: string[]) => paths.filter((p) => p.includes('country-combobox'));
  expect(searchChunk(site.paths), 'search chunk fetched on load').toEqual([]);
  expect(await country.evaluate((el) => el.tagName)).toBe('SELECT');

  await country.click();
  const search = page.getByRole('combobox', { name: 'Country' });
  await expect(search).toHaveJSProperty('tagName', 'INPUT');
  await expect(page.getByRole('listbox')).toBeVisible();
  expect(searchChunk(site.paths), 'search chunk fetched on the press').toHaveLength(1);

  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('uk');
  await page.keyboard.press('Enter');
  await expect(search).toHaveValue('United Kingdom');
  expect((await readProbe(page, 'consumer')).requests, 'requests after Enter').toEqual([]);

  await page.getByLabel('Phone number').pressSequentially('07400 123456');
  await page.getByRole('button', { name: 'Text me a code' }).click();
  await expect(page.getByLabel('Verification code')).toBeVisible();
  const { requests } = await readProbe(page, 'consumer');
  expect(requests.map((r) => r.body)).toEqual(['{"phone":7400123456,"country_code":44}']);
});

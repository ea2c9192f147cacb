import '../../src/styles.css';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { preloadCountrySearch, ScreenerTwoFactorGate } from '../../src';
import { createMockIndeeFetcher } from '../../src/mock';

// A host page that centres the gate in a flex row, at a phone's 320 CSS px.
function Host({ dir, locale, header }: { dir: 'ltr' | 'rtl'; locale: string; header?: boolean }) {
  return (
    <div dir={dir} className="host">
      {header && <header className="poster">Screener</header>}
      {/* The host's own wrapper, a flex item sized by its content. */}
      <div>
        <ScreenerTwoFactorGate
          screenerKey="reflow"
          baseUrl="https://api.example.test/"
          auth={{ type: 'apiKey', apiKey: 'demo-api-key' }}
          fetcher={createMockIndeeFetcher({ codes: ['123456'], latencyMs: 0 })}
          defaultCountry="FK"
          locale={locale}
          onCodeSubmit={() => {}}
        />
      </div>
    </div>
  );
}

beforeAll(async () => {
  const style = document.createElement('style');
  // The host's own CSS, not the gate's: a centred flex row, as landing pages lay it out.
  style.textContent =
    'body { margin: 0 } .host { display: flex; justify-content: center; flex-wrap: wrap }' +
    ' .poster { flex: 0 0 100%; block-size: 480px } .host > div { padding-block-end: 600px }';
  document.head.append(style);
});

afterEach(cleanup);

/** Nothing wider than the viewport, and the card inside it. */
function expectFits() {
  expect(window.innerWidth).toBe(320);
  // The gate's stylesheet is applied (its variables are set on the root).
  const card = document.querySelector('.s2fa') as HTMLElement;
  expect(getComputedStyle(card).getPropertyValue('--s2fa-max-width').trim()).toBe('26rem');
  expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
  const box = card.getBoundingClientRect();
  expect(box.left).toBeGreaterThanOrEqual(0);
  expect(box.right).toBeLessThanOrEqual(320);
}

const directions = [
  ['ltr', 'en'],
  ['rtl', 'ar'],
] as const;

// Before the search chunk: the native select, whose longest row (FK) sets its minimum width.
describe.each(directions)('at 320 px, %s, before the search arrives', (dir, locale) => {
  it('fits with the longest country name in the native select', async () => {
    render(<Host dir={dir} locale={locale} />);
    await waitFor(() => expect(document.querySelector('select')).not.toBeNull());
    expectFits();
  });
});

describe.each(directions)('at 320 px, %s, with the search', (dir, locale) => {
  beforeAll(() => preloadCountrySearch());

  it('fits with the country search open, and on the code step', async () => {
    render(<Host dir={dir} locale={locale} />);
    const user = userEvent.setup();
    const country = await screen.findByRole('combobox');
    await user.click(country);
    await waitFor(() => expect(country).toHaveAttribute('aria-expanded', 'true'));
    expectFits();
    await user.keyboard('{Escape}');
    await user.type(document.querySelector('input[type="tel"]') as HTMLInputElement, '51234');
    await user.click(screen.getByRole('button'));
    await waitFor(() => expect(document.querySelector('[data-step="code"]')).not.toBeNull());
    expectFits();
  });
});

describe('on a 320 x 568 touch screen', () => {
  beforeAll(() => preloadCountrySearch());

  it('opens the list with the field at the top, its first rows above the keyboard, thumb-sized', async () => {
    expect(matchMedia('(pointer: coarse)').matches).toBe(true);
    render(<Host dir="ltr" locale="en" header />);
    const user = userEvent.setup();
    const country = await screen.findByRole('combobox');
    // Below a 480 px poster: the field starts out in the half an on-screen keyboard covers.
    expect(country.getBoundingClientRect().top).toBeGreaterThan(284);
    await user.click(country);
    await waitFor(() => expect(country.getBoundingClientRect().top).toBeLessThan(10));
    const rows = screen.getAllByRole('option').slice(0, 4);
    for (const row of rows) {
      const box = row.getBoundingClientRect();
      expect(box.height).toBeGreaterThanOrEqual(44);
      // A keyboard takes about the lower half of 568 px.
      expect(box.bottom).toBeLessThanOrEqual(284);
    }
  });
});

describe('the example hint', () => {
  it('keeps its line while the example loads, so the card does not move', async () => {
    const { PhoneExample } = await import('../../src/components/phone-example');
    const { defaultMessages } = await import('../../src');
    render(
      <div className="s2fa">
        <PhoneExample id="empty" country="US" rules={undefined} messages={defaultMessages} />
        <p id="full" className="s2fa-hint">
          For example (201) 555-0123
        </p>
      </div>,
    );
    const empty = document.getElementById('empty') as HTMLElement;
    const full = document.getElementById('full') as HTMLElement;
    expect(empty).toBeEmptyDOMElement();
    expect(empty.getBoundingClientRect().height).toBeCloseTo(
      full.getBoundingClientRect().height,
      0,
    );
  });
});

// @vitest-environment node
/**
 * Server rendering: no window, no document, no navigator (Node 20 has none). The gate must
 * render its first step to HTML, send nothing and log nothing; importing the entry points must
 * not reach for browser globals at module scope.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScreenerTwoFactorGate, type ScreenerTwoFactorGateProps } from '../../src';
import { createMockIndeeFetcher } from '../../src/mock';

const BROWSER_GLOBALS = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'location',
  'matchMedia',
  'HTMLElement',
] as const;

function baseProps(fetcher: ScreenerTwoFactorGateProps['fetcher']): ScreenerTwoFactorGateProps {
  return {
    screenerKey: 'ssr screener/1',
    baseUrl: 'https://api.example.test/',
    auth: { type: 'apiKey', apiKey: 'demo-api-key' },
    fetcher,
    onCodeSubmit: () => {},
  };
}

/** Renders on the "server", failing on any console.error or console.warn React prints. */
function serverRender(node: React.ReactNode): string {
  const error = vi.spyOn(console, 'error');
  const warn = vi.spyOn(console, 'warn');
  const html = renderToString(node);
  expect(error).not.toHaveBeenCalled();
  expect(warn).not.toHaveBeenCalled();
  return html;
}

describe('server rendering (node, no DOM)', () => {
  it('runs without browser globals', () => {
    for (const name of BROWSER_GLOBALS) {
      expect(typeof (globalThis as Record<string, unknown>)[name], name).toBe('undefined');
    }
  });

  it('renders the phone step and sends nothing', () => {
    const fetcher = createMockIndeeFetcher();
    const html = serverRender(<ScreenerTwoFactorGate {...baseProps(fetcher)} />);
    expect(html).toContain('data-step="phone"');
    expect(html).toMatch(/<label[^>]*>[^<]*Phone number/);
    expect(html).toMatch(/<input[^>]*type="tel"/);
    expect(html).toMatch(/<input[^>]*autoComplete="tel"|autocomplete="tel"/);
    expect(html).toContain('Country');
    expect(html).not.toContain('role="alert"');
    expect(fetcher.requests).toEqual([]);
  });

  it('renders the send step with phoneRegistered and sends nothing', () => {
    const fetcher = createMockIndeeFetcher();
    const html = serverRender(<ScreenerTwoFactorGate {...baseProps(fetcher)} phoneRegistered />);
    expect(html).toContain('data-step="send"');
    expect(html).not.toContain('Phone number');
    expect(html).toContain('Text me a code');
    expect(fetcher.requests).toEqual([]);
  });

  it('renders under StrictMode and a host QueryClientProvider, on the mock, sending nothing', () => {
    const mock = createMockIndeeFetcher();
    const queryClient = new QueryClient();
    for (const phoneRegistered of [false, true]) {
      const html = serverRender(
        <StrictMode>
          <QueryClientProvider client={queryClient}>
            <ScreenerTwoFactorGate
              {...baseProps(mock)}
              phoneRegistered={phoneRegistered}
              defaultCountry="GB"
              locale="en-GB"
              className="host-class"
            >
              <p>Playing</p>
            </ScreenerTwoFactorGate>
          </QueryClientProvider>
        </StrictMode>,
      );
      expect(html).toContain(`data-step="${phoneRegistered ? 'send' : 'phone'}"`);
      expect(html).toContain('host-class');
      expect(html).not.toContain('Playing');
    }
    expect(mock.requests).toEqual([]);
    expect(mock.sentMessages).toEqual([]);
    expect(queryClient.getMutationCache().getAll()).toEqual([]);
  });

  it('renders the same HTML twice (no per-render randomness besides useId)', () => {
    const fetcher = createMockIndeeFetcher();
    const first = serverRender(
      <ScreenerTwoFactorGate {...baseProps(fetcher)} defaultCountry="US" />,
    );
    const second = serverRender(
      <ScreenerTwoFactorGate {...baseProps(fetcher)} defaultCountry="US" />,
    );
    expect(second).toBe(first);
  });
});

describe('module scope (node, no DOM)', () => {
  const touched: string[] = [];

  afterEach(() => {
    for (const name of BROWSER_GLOBALS) {
      delete (globalThis as Record<string, unknown>)[name];
    }
    touched.length = 0;
  });

  it('evaluating src/index.ts and src/mock/index.ts reads no browser global', async () => {
    // Tripwires: reading any of these (even `typeof window`) while the modules evaluate is
    // recorded. They answer `undefined`, as on a server.
    for (const name of BROWSER_GLOBALS) {
      Object.defineProperty(globalThis, name, {
        configurable: true,
        get() {
          touched.push(name);
          return undefined;
        },
      });
    }
    vi.resetModules();
    const main = await import('../../src/index');
    const mock = await import('../../src/mock/index');
    const seen = [...touched];
    // Fresh module instances prove the modules really evaluated under the tripwires.
    expect(main.ScreenerTwoFactorGate).not.toBe(ScreenerTwoFactorGate);
    expect(mock.createMockIndeeFetcher).not.toBe(createMockIndeeFetcher);
    expect(typeof main.ScreenerTwoFactorGate).toBe('function');
    expect(typeof main.useScreenerTwoFactor).toBe('function');
    expect(typeof main.TwoFactorError).toBe('function');
    expect(typeof mock.createMockIndeeFetcher).toBe('function');
    expect(seen).toEqual([]);
  });
});

import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import type { MockIndeeFetcher } from '../../src/mock/types';
import { app } from './paths';

export { expect };

// The strict policy a studio's screener page may run under: no inline scripts or styles, no
// eval, nothing from other origins. data: only for the pages' empty favicon (a 404 for
// /favicon.ico would be a console error).
const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Serves one Vite build of the app (absolute /assets/ URLs, so one server per build). */
async function serve(build: string) {
  const root = path.join(app, build);
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const file = path.join(root, decodeURIComponent(pathname === '/' ? '/index.html' : pathname));
    const body = file.startsWith(root + path.sep) ? await readFile(file).catch(() => null) : null;
    if (!body) return void res.writeHead(404).end();
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, { 'Content-Type': type, 'Content-Security-Policy': STRICT_CSP }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const close = () => {
    server.closeAllConnections();
    server.close();
  };
  return { origin: `http://127.0.0.1:${port}`, close };
}

export type Site = {
  /** Serves `build` and opens `pathname` of it in the test's page. */
  open(build: string, pathname?: string): Promise<void>;
  /** Paths of the page's requests to the local server so far. */
  paths: string[];
};

/**
 * Every browser test gets `site`. After the test it fails it on any console error, page
 * error, CSP violation or request to another origin. The CSP stops most foreign requests
 * first; the route aborts the rest (a navigation, say) so nothing leaves the machine.
 */
export const test = base.extend<{ site: Site }>({
  site: async ({ page, context }, use) => {
    let origin = '';
    let close = () => {};
    const errors: string[] = [];
    const foreign: string[] = [];
    const paths: string[] = [];
    page.on('console', (msg) => void (msg.type() === 'error' && errors.push(msg.text())));
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === origin) paths.push(url.pathname);
      else if (url.protocol !== 'data:' && url.protocol !== 'blob:') foreign.push(url.href);
    });
    await context.route(
      (url) => url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:',
      (route) => route.abort('blockedbyclient'),
    );
    await page.addInitScript(() => {
      const violations: string[] = [];
      Object.assign(window, { cspViolations: violations });
      document.addEventListener('securitypolicyviolation', (event) => {
        violations.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    await use({
      async open(build, pathname = '/') {
        ({ origin, close } = await serve(build));
        await page.goto(`${origin}${pathname}`);
      },
      paths,
    });
    close();
    const violations = await page.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    );
    expect(errors, 'console errors').toEqual([]);
    expect(violations, 'CSP violations').toEqual([]);
    expect(foreign, 'requests to other origins').toEqual([]);
  },
});

type Probe = { mock: MockIndeeFetcher; verified: string[]; errors: string[]; react?: string };

/** What App.tsx (`window.consumer`) or lifecycle.tsx (`window.lifecycle`) records, as JSON. */
export function readProbe(page: Page, name: 'consumer' | 'lifecycle') {
  return page.evaluate((key) => {
    const { mock, ...rest } = (window as unknown as Record<string, Probe>)[key] as Probe;
    const sentTo = mock.sentMessages.map((sms) => sms.to);
    return { ...rest, requests: [...mock.requests], lastCode: mock.lastCode, sentTo };
  }, name);
}

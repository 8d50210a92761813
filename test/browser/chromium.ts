/**
 * Drive Debian's Chromium with playwright-core (never `npx playwright install`), and record every
 * console error, uncaught page error, Content-Security-Policy violation and failed request a page
 * produces, so tests can assert there are none.
 */
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';

/** Chromium binary; CHROMIUM_PATH overrides the Debian default. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags that work on the test machines (docs: shared spec stack.md). Without the background-networking
 * flags Chromium floods the closed network with refused connections.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Launch headless Chromium. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
}

/** What went wrong in a page, each entry a readable one-liner. */
export interface PageProblem {
  readonly kind: 'console' | 'pageerror' | 'csp' | 'requestfailed' | 'http';
  readonly message: string;
}

/** A fresh browser context (own storage) with one page whose problems are recorded. */
export interface OpenedPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Grows as problems happen; read it after the interaction under test. */
  readonly problems: PageProblem[];
}

/** Page options: the context's options plus scripts to run before the app's own code. */
export interface OpenPageOptions extends BrowserContextOptions {
  /** Scripts added with `context.addInitScript`, run in every page before its own scripts. */
  readonly initScripts?: readonly string[];
}

/** Name of the binding the page calls on a `securitypolicyviolation` event. */
const CSP_BINDING = '__reportCspViolation';

/**
 * Open a page in a new context (axe-core needs `browser.newContext()` then `context.newPage()`),
 * in Chinese (China) and China's time zone unless told otherwise.
 */
export async function openPage(browser: Browser, options: OpenPageOptions = {}): Promise<OpenedPage> {
  const { initScripts = [], ...contextOptions } = options;
  const context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 768 },
    ...contextOptions,
  });
  const problems: PageProblem[] = [];
  await context.exposeBinding(CSP_BINDING, (_source, text: string) => {
    problems.push({ kind: 'csp', message: text });
  });
  // Init scripts come from the test runner (CDP), so the page's CSP does not block them.
  await context.addInitScript(
    `document.addEventListener('securitypolicyviolation', (e) => {
      window.${CSP_BINDING}(e.violatedDirective + ' blocked ' + (e.blockedURI || '(inline)') +
        ' at ' + (e.sourceFile || '?') + ':' + e.lineNumber);
    });`,
  );
  for (const script of initScripts) await context.addInitScript(script);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push({ kind: 'console', message: describeConsole(message) });
  });
  page.on('worker', (worker) => {
    worker.on('console', (message) => {
      if (message.type() === 'error') {
        problems.push({ kind: 'console', message: `[worker ${worker.url()}] ${describeConsole(message)}` });
      }
    });
  });
  page.on('pageerror', (error) =>
    problems.push({ kind: 'pageerror', message: String(error.stack ?? error) }),
  );
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'failed';
    // A navigation away (reload) aborts in-flight requests; that is not the app's fault.
    if (reason !== 'net::ERR_ABORTED')
      problems.push({ kind: 'requestfailed', message: `${request.url()} ${reason}` });
  });
  page.on('response', (response) => {
    if (response.status() >= 400) {
      problems.push({
        kind: 'http',
        message: `${response.status()} ${response.request().method()} ${response.url()}`,
      });
    }
  });
  return { context, page, problems };
}

function describeConsole(message: {
  text(): string;
  location(): { url: string; lineNumber: number };
}): string {
  const { url, lineNumber } = message.location();
  return url ? `${message.text()} (${url}:${lineNumber})` : message.text();
}

import { test as base, expect } from '@playwright/test';

export * from '@playwright/test';

/** One report of the browser refusing something under the Content Security Policy. */
export interface CspViolation {
  source: 'event' | 'console';
  directive: string;
  blocked: string;
  where: string;
}

/**
 * Every spec imports `test` and `expect` from here. The auto fixture `cspGuard` listens, in every
 * page of the test's context from its first script on, for `securitypolicyviolation` events (and for
 * the console's CSP errors, which also cover workers and frames), and fails the test at teardown if
 * there was any: the whole suite runs under the production build's strict policy (issue 10).
 */
export const test = base.extend<{ cspGuard: CspViolation[]; seedExamples: boolean; seedGuard: undefined }>({
  /**
   * A browser's first start puts the example playbooks into the library (src/state/librarySeed.ts).
   * Specs start from an empty library unless they ask for the seed with `test.use({ seedExamples: true })`.
   */
  seedExamples: [false, { option: true }],
  seedGuard: [
    async ({ context, seedExamples }, use) => {
      if (!seedExamples) {
        await context.addInitScript(() => {
          try {
            if (localStorage.getItem('rollbook.library.seeded') === null)
              localStorage.setItem('rollbook.library.seeded', 'off');
          } catch {
            // about:blank and opaque origins have no storage: nothing to seed there either.
          }
        });
      }
      await use(undefined);
    },
    { auto: true },
  ],
  cspGuard: [
    async ({ context }, use) => {
      const violations: CspViolation[] = [];
      await context.exposeBinding('__rollbookReportCspViolation', ({ page }, violation: CspViolation) => {
        violations.push({ ...violation, where: violation.where || (page?.url() ?? '') });
      });
      await context.addInitScript(() => {
        const report = (window as unknown as { __rollbookReportCspViolation?: (v: unknown) => void })
          .__rollbookReportCspViolation;
        document.addEventListener(
          'securitypolicyviolation',
          (event) =>
            report?.({
              source: 'event',
              directive: event.effectiveDirective,
              blocked: event.blockedURI,
              where: `${event.sourceFile}:${event.lineNumber}`,
            }),
          true,
        );
      });
      const onConsole = (message: { type(): string; text(): string; location(): { url: string } }) => {
        const text = message.text();
        if (!/Content Security Policy/i.test(text)) return;
        if (message.type() !== 'error' && !/^Refused to/.test(text)) return;
        violations.push({ source: 'console', directive: '', blocked: text, where: message.location().url });
      };
      context.on('console', onConsole);
      await use(violations);
      context.off('console', onConsole);
      expect(violations, 'Content Security Policy violations during the test').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

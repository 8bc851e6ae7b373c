import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from './fixtures';

/**
 * Issue 16: review between two machines without a server. Two browser contexts stand for the
 * author's and the reviewer's browsers: each has its own IndexedDB, so its own signing key.
 */

async function actAs(page: Page, name: string, role: string) {
  await page.getByRole('button', { name: /who I am acting as/ }).click();
  const form = page.getByRole('form', { name: 'Acting as' });
  await form.getByRole('textbox', { name: 'Your name' }).fill(name);
  await form.getByRole('textbox', { name: 'Role id' }).fill(role);
  await form.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('region', { name: 'Acting as' })).toContainText(`Acting as ${name}`);
}

async function reviewerBrowser(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => localStorage.setItem('rollbook.library.seeded', 'off'));
  return context.newPage();
}

async function expectAxeClean(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('author and reviewer, each with their own key, complete a review by link and the approval is verified', async ({
  page: author,
  browser,
}, testInfo) => {
  // Two browsers, four screenshots and four axe runs on a shared 2-core machine.
  test.setTimeout(150_000);
  // 1. The reviewer (Sam) makes a signing key and copies the team-file entry it gives.
  const reviewer = await reviewerBrowser(browser);
  await reviewer.goto('/#/');
  await actAs(reviewer, 'Sam', 'ops-lead');
  await reviewer.getByRole('button', { name: 'My signing key' }).click();
  await reviewer.getByRole('button', { name: 'Make my key' }).click();
  const entry = reviewer.getByRole('textbox', { name: 'Your entry for the team file' });
  await expect(entry).toHaveValue(/"name": "Sam"/);
  const samEntry = await entry.inputValue();
  const samKid = await reviewer.locator('.key-fingerprint').textContent();
  await reviewer.screenshot({ path: testInfo.outputPath('reviewer-key.png') });
  await expectAxeClean(reviewer);
  await reviewer.getByRole('button', { name: 'Close' }).click();

  // 2. The author (Dana) writes the playbook and keeps a team file listing Sam's key.
  await author.goto('/#/');
  await actAs(author, 'Dana', 'ops-lead');
  await author.getByRole('button', { name: 'New from template…' }).click();
  await author.getByRole('button', { name: 'Use template: Order fulfilment rollback' }).click();
  await expect(author.getByRole('status', { name: 'Save state' })).toHaveText('Saved');
  await author.getByRole('link', { name: 'Review', exact: true }).click();
  await expect(author.getByText(/decisions (would be|are) unverified/i)).toBeVisible();
  await author.getByRole('button', { name: 'Team file…' }).click();
  const teamDialog = author.getByRole('dialog', { name: 'Team file' });
  await teamDialog.getByRole('button', { name: 'Start a new team file' }).click();
  await teamDialog.getByRole('textbox', { name: 'Team name' }).fill('Payments operations');
  await teamDialog.getByRole('textbox', { name: /Add a person/ }).fill(samEntry);
  await teamDialog.getByRole('button', { name: 'Add person' }).click();
  await expect(teamDialog.getByRole('table', { name: 'People who may sign' })).toContainText('Sam');
  await author.screenshot({ path: testInfo.outputPath('author-team-file.png') });
  await expectAxeClean(author);
  await teamDialog.getByRole('button', { name: 'Keep in this browser' }).click();
  await expect(teamDialog.getByText('Kept "Payments operations"')).toBeVisible();
  await teamDialog.getByRole('button', { name: 'Close' }).click();

  // 3. Dana requests the review: a link holding the playbook.
  await author.getByRole('button', { name: 'Request review…' }).click();
  const requestLink = await author.getByRole('textbox', { name: 'Review request link' }).inputValue();
  expect(requestLink).toContain('#review-request=v1.');
  await author.getByRole('button', { name: 'Close' }).click();

  // 4. Sam opens the link in his own Rollbook, reviews and approves: signed with his key.
  await reviewer.goto(requestLink);
  await expect(
    reviewer.getByRole('heading', { name: 'Review requested: Order fulfilment rollback' }),
  ).toBeVisible();
  await expect(reviewer.getByText('Dana asked you to review this playbook.')).toBeVisible();
  await expect(
    reviewer
      .getByRole('application', { name: /Playbook to review/ })
      .or(reviewer.getByLabel('Playbook to review (read-only)')),
  ).toBeVisible();
  await reviewer.screenshot({ path: testInfo.outputPath('reviewer-request.png') });
  await expectAxeClean(reviewer);
  const decision = reviewer.getByRole('region', { name: 'Your decision' });
  await decision
    .getByRole('combobox', { name: 'Reviewing as role' })
    .selectOption({ label: 'Operations lead' });
  await decision.getByRole('textbox', { name: 'Comment' }).fill('Checked every compensation.');
  await decision.getByRole('button', { name: 'Approve' }).click();
  const sendBack = reviewer.getByRole('region', { name: 'Send your decision back' });
  const decisionLink = await sendBack.getByRole('textbox', { name: 'Decision link' }).inputValue();
  expect(decisionLink).toContain('#review-decision=v1.');
  await reviewer.screenshot({ path: testInfo.outputPath('reviewer-decided.png') });

  // 5. Dana opens the decision link: verified against the team file and added.
  await author.goto(decisionLink);
  await expect(
    author.getByRole('heading', { name: "Sam's approval was added to “Order fulfilment rollback”" }),
  ).toBeVisible();
  await expect(author.getByRole('status')).toContainText("Verified: signed with Sam's key");
  await author.screenshot({ path: testInfo.outputPath('author-decision-returned.png') });
  await expectAxeClean(author);
  await author.getByRole('link', { name: 'Open the review' }).click();
  await expect(author.getByRole('status', { name: 'Approval status' })).toHaveText(
    'Approved: 1 of 1 approval.',
  );
  await expect(
    author.getByText('Decisions verified against the team file "Payments operations".'),
  ).toBeVisible();
  const approvals = author.getByRole('region', { name: 'Approvals' });
  await expect(approvals.getByText('Verified: Payments operations')).toBeVisible();
  expect(await approvals.getByText('Verified: Payments operations').getAttribute('title')).toBe(samKid);
  await author.screenshot({ path: testInfo.outputPath('author-review-verified.png') });
  await expectAxeClean(author);

  // 6. The same link opened again is refused in plain words, not added twice.
  await author.goto(decisionLink);
  await expect(author.getByRole('heading', { name: 'This decision was not added' })).toBeVisible();
  await expect(author.getByText('This decision is already recorded.')).toBeVisible();

  // 7. The library's approval column says the approval is verified.
  await author.goto('/#/');
  const row = author.getByRole('row', { name: 'Order fulfilment rollback' });
  await expect(row.getByText('Approved', { exact: true })).toBeVisible();
  await expect(row.getByText('verified', { exact: true })).toBeVisible();
});

test('a decision on content the author has changed since is refused, and nothing is added', async ({
  page: author,
  browser,
}) => {
  const reviewer = await reviewerBrowser(browser);
  await reviewer.goto('/#/');
  await actAs(reviewer, 'Sam', 'ops-lead');

  await author.goto('/#/');
  await actAs(author, 'Dana', 'ops-lead');
  await author.getByRole('button', { name: 'New from template…' }).click();
  await author.getByRole('button', { name: 'Use template: Order fulfilment rollback' }).click();
  await expect(author.getByRole('status', { name: 'Save state' })).toHaveText('Saved');
  const designer = author.url();
  await author.getByRole('link', { name: 'Review', exact: true }).click();
  await author.getByRole('button', { name: 'Request review…' }).click();
  const requestLink = await author.getByRole('textbox', { name: 'Review request link' }).inputValue();
  await author.getByRole('button', { name: 'Close' }).click();

  await reviewer.goto(requestLink);
  const decision = reviewer.getByRole('region', { name: 'Your decision' });
  await decision
    .getByRole('combobox', { name: 'Reviewing as role' })
    .selectOption({ label: 'Operations lead' });
  await decision.getByRole('button', { name: 'Approve' }).click();
  const decisionLink = await reviewer
    .getByRole('region', { name: 'Send your decision back' })
    .getByRole('textbox', { name: 'Decision link' })
    .inputValue();

  // Dana changes the playbook before the decision comes back.
  await author.goto(designer);
  await author.getByRole('group', { name: 'Compensation: Cancel bookings' }).click();
  const form = author.getByRole('form', { name: 'Edit Compensation: Cancel bookings' });
  await form.getByRole('textbox', { name: 'System', exact: true }).fill('carrier-api-v2');
  await expect(author.getByRole('status', { name: 'Save state' })).toHaveText('Saved');

  await author.goto(decisionLink);
  await expect(author.getByRole('heading', { name: 'This decision was not added' })).toBeVisible();
  await expect(author.getByText(/made on another version of “Order fulfilment rollback”/)).toBeVisible();
  await author.getByRole('link', { name: /Open the review/ }).click();
  await expect(author.getByRole('region', { name: 'Approvals' })).toContainText(
    'Nobody has reviewed this playbook yet.',
  );
});

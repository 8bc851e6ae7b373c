import { expect, type Page, test } from './fixtures';

const saveState = (page: Page) => page.getByRole('status', { name: 'Save state' });
const approvalStatus = (page: Page) => page.getByRole('status', { name: 'Approval status' });

/** "Acting as" (no login): the name this browser writes into what it saves and approves. */
async function actAs(page: Page, name: string, role: string) {
  const profile = page
    .getByRole('region', { name: 'Acting as' })
    .or(page.getByRole('form', { name: 'Acting as' }));
  await profile.getByRole('button', { name: /who I am acting as/ }).click();
  const form = page.getByRole('form', { name: 'Acting as' });
  await form.getByRole('textbox', { name: 'Your name' }).fill(name);
  await form.getByRole('textbox', { name: 'Role id' }).fill(role);
  await form.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('region', { name: 'Acting as' })).toContainText(`Acting as ${name}`);
}

/** Dana (the author) creates the order fulfilment playbook; only ops leads may approve it. */
async function danaWritesAPlaybook(page: Page): Promise<void> {
  await page.goto('/#/');
  await actAs(page, 'Dana', 'ops-lead');
  await page.getByRole('button', { name: 'New from template…' }).click();
  await page.getByRole('button', { name: 'Use template: Order fulfilment rollback' }).click();
  await expect(saveState(page)).toHaveText('Saved');
}

async function openReview(page: Page) {
  await page.getByRole('link', { name: 'Review', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Review: Order fulfilment rollback' })).toBeVisible();
}

async function samApproves(page: Page) {
  await actAs(page, 'Sam', 'ops-lead');
  const decision = page.getByRole('region', { name: 'Your decision' });
  await decision
    .getByRole('combobox', { name: 'Reviewing as role' })
    .selectOption({ label: 'Operations lead' });
  await decision.getByRole('textbox', { name: 'Comment' }).fill('Checked every compensation.');
  await decision.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByText('Approval recorded.')).toBeVisible();
  await expect(approvalStatus(page)).toHaveText('Approved: 1 of 1 approval.');
}

async function backToDesigner(page: Page) {
  await page.getByRole('link', { name: 'Edit in designer' }).click();
  await expect(page.getByRole('group', { name: 'Step: Reserve stock' })).toBeVisible();
}

test('the author cannot approve their own playbook', async ({ page }) => {
  await danaWritesAPlaybook(page);
  await openReview(page);
  const decision = page.getByRole('region', { name: 'Your decision' });
  await expect(decision.getByRole('note')).toContainText('You (Dana) are the author of this playbook');
  await expect(decision.getByRole('button', { name: 'Approve' })).toBeDisabled();
  // Spelling the name differently does not get round it: names are compared trimmed, any case.
  await actAs(page, 'dana ', 'ops-lead');
  await expect(decision.getByRole('button', { name: 'Approve' })).toBeDisabled();
  await expect(approvalStatus(page)).toHaveText(/^Not approved: 0 of 1 approval/);
});

test('changing a compensation voids the approval, visibly, and the change is highlighted and listed as a risk', async ({
  page,
}) => {
  await danaWritesAPlaybook(page);
  await openReview(page);
  await samApproves(page);
  const timeline = page.getByRole('region', { name: 'Audit log' });
  await expect(
    timeline.getByRole('listitem').filter({ hasText: 'Sam approved: Checked every compensation.' }),
  ).toHaveCount(1);

  // Dana changes what the carrier compensation calls.
  await actAs(page, 'Dana', 'ops-lead');
  await backToDesigner(page);
  await page.getByRole('group', { name: 'Compensation: Cancel bookings' }).click();
  const form = page.getByRole('form', { name: 'Edit Compensation: Cancel bookings' });
  await form.getByRole('textbox', { name: 'System', exact: true }).fill('carrier-api-v2');
  await expect(saveState(page)).toHaveText('Saved');

  await openReview(page);
  await expect(approvalStatus(page)).toHaveText(
    "Not approved: 0 of 1 approval; Sam's approval was for an earlier version.",
  );
  await expect(page.getByText(/what changed since revision \d+, the last approved version/)).toBeVisible();
  // The approval is listed as void, with the version it was for and why it no longer counts.
  const approvals = page.getByRole('region', { name: 'Approvals' });
  const voided = approvals.getByRole('listitem', { name: /^Sam approved revision \d+ \(does not count\)$/ });
  await expect(voided).toContainText('No longer counts: it was for revision');
  await expect(voided).toContainText('Checked every compensation.');
  const changed = page.getByRole('group', { name: 'Compensation: Cancel bookings (changed)' });
  await expect(changed).toBeVisible();
  await expect(page.getByRole('group', { name: /\((changed|added|removed)\)$/ })).toHaveCount(1);
  const risks = page.getByRole('list', { name: 'Risky changes' });
  await expect(risks.getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('list', { name: 'Node changes' })).toContainText(
    'Changed: Compensation: Cancel bookings (system: "carrier-api" → "carrier-api-v2")',
  );
  await expect(risks.getByRole('listitem').first()).toContainText(
    'The compensation of step "Book shipments with carrier" (s2) changed (system)',
  );
  await page.screenshot({ path: '/tmp/review-voided.png' });
});

test('moving a node keeps the approval: layout is not content', async ({ page }) => {
  await danaWritesAPlaybook(page);
  await openReview(page);
  await samApproves(page);
  await backToDesigner(page);
  const node = page.getByRole('group', { name: 'Step: Reserve stock' });
  const start = await node.boundingBox();
  if (!start) throw new Error('the node is not on screen');
  await node.hover();
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(start.x + 20 + i * 8, start.y + 20 + i * 6);
  await page.mouse.up();
  await expect.poll(async () => Math.round((await node.boundingBox())?.x ?? 0)).not.toBe(Math.round(start.x));
  await expect(saveState(page)).toHaveText('Saved');

  await openReview(page);
  await expect(approvalStatus(page)).toHaveText('Approved: 1 of 1 approval.');
  await expect(
    page
      .getByRole('region', { name: 'Approvals' })
      .getByRole('listitem', { name: 'Sam approved this version' }),
  ).toContainText('Counts.');
  await expect(page.getByText('1 node was only moved on the canvas', { exact: false })).toBeVisible();
  await expect(page.getByRole('group', { name: /\((changed|added|removed)\)$/ })).toHaveCount(0);
  await page.screenshot({ path: '/tmp/review-moved.png' });
});

test('undoing an earlier restore keeps the approval recorded after it (voided, not dropped)', async ({
  page,
}) => {
  await danaWritesAPlaybook(page);
  await page.getByRole('button', { name: 'Save version' }).click();
  await page
    .getByRole('dialog', { name: 'Save version' })
    .getByRole('button', { name: 'Save version' })
    .click();
  const savedAs = page.getByText(/Saved as revision \d+\./);
  await expect(savedAs).toBeVisible();
  const revision = /\d+/.exec((await savedAs.textContent()) ?? '')?.[0];
  const added = page.getByRole('group', { name: 'Step: New step' });
  await page.getByRole('button', { name: 'Add Step', exact: true }).click();
  await expect(added).toHaveCount(1);
  await page.getByRole('button', { name: 'History' }).click();
  await page.getByRole('button', { name: `Restore revision ${revision} as the draft` }).click();
  await expect(added).toHaveCount(0);

  await openReview(page);
  await samApproves(page);
  await backToDesigner(page);
  // Undo takes back the restore (the draft with the new step), not Sam's approval.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(added).toHaveCount(1);
  await expect(saveState(page)).toHaveText('Saved');
  await openReview(page);
  await expect(approvalStatus(page)).toHaveText(
    "Not approved: 0 of 1 approval; Sam's approval was for an earlier version.",
  );
  await expect(
    page
      .getByRole('region', { name: 'Approvals' })
      .getByRole('listitem', { name: `Sam approved revision ${revision} (does not count)` }),
  ).toBeVisible();
  // Redo (the restore again) brings back the approved content: the approval counts again.
  await backToDesigner(page);
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(added).toHaveCount(0);
  await expect(saveState(page)).toHaveText('Saved');
  await openReview(page);
  await expect(approvalStatus(page)).toHaveText('Approved: 1 of 1 approval.');
  await page.reload();
  await expect(approvalStatus(page)).toHaveText('Approved: 1 of 1 approval.');
});

import { expect, type Page } from './fixtures';

/** Opens the order-fulfilment example in the designer (from the library's templates when the app starts there). */
export async function fresh(page: Page) {
  await page.goto('/');
  const template = page.getByRole('button', { name: 'New from template…' });
  const node = page.getByRole('group', { name: 'Step: Reserve stock' });
  await expect(template.or(node)).toBeVisible();
  if (await template.isVisible()) {
    await template.click();
    await page.getByRole('button', { name: 'Use template: Order fulfilment rollback' }).click();
  }
  await expect(node).toBeVisible();
}

export async function openDrill(page: Page) {
  await page.getByRole('button', { name: 'Simulate' }).click();
  const dock = page.getByRole('region', { name: 'Simulator' });
  await dock.getByRole('tab', { name: 'Drill' }).click();
  return dock;
}

/** A saga of `steps` steps, each undone by its own compensation, over one record each. */
export function generatedSaga(steps: number) {
  const nodes: Record<string, unknown>[] = [
    { id: 'start', kind: 'trigger', label: 'Start', signal: 'manual', position: { x: 0, y: 0 } },
  ];
  const edges: Record<string, unknown>[] = [];
  let previous = 'start';
  for (let index = 0; index < steps; index += 1) {
    const column = index % 25;
    const row = Math.floor(index / 25);
    nodes.push(
      {
        id: `s${index}`,
        kind: 'step',
        label: `Step ${index}`,
        effects: [{ op: 'update', entity: 'items', match: { id: `i${index}` }, set: { state: 'done' } }],
        duration: 'PT1S',
        ...(index % 2 === 0 ? { system: `api-${index % 7}` } : {}),
        position: { x: 220 * (column + 1), y: 240 * row },
      },
      {
        id: `c${index}`,
        kind: 'compensation',
        label: `Undo step ${index}`,
        strategy: 'revert',
        duration: 'PT1S',
        idempotent: true,
        position: { x: 220 * (column + 1), y: 240 * row + 110 },
      },
    );
    edges.push(
      { id: `n${index}`, source: previous, target: `s${index}`, kind: 'next' },
      { id: `k${index}`, source: `s${index}`, target: `c${index}`, kind: 'compensate' },
    );
    previous = `s${index}`;
  }
  nodes.push({ id: 'done', kind: 'end', label: 'Done', outcome: 'completed', position: { x: 0, y: 240 } });
  edges.push({ id: 'n-end', source: previous, target: 'done', kind: 'next' });
  return {
    format: 'rollbook.playbook',
    schemaVersion: 1,
    id: 'generated-saga',
    name: `Generated saga of ${steps} steps`,
    objectives: { rto: 'PT2H' },
    dataModel: {
      entities: [
        {
          name: 'items',
          key: 'id',
          fields: [
            { name: 'id', type: 'string' },
            { name: 'state', type: 'string' },
          ],
        },
      ],
    },
    dataset: { items: Array.from({ length: steps }, (_, index) => ({ id: `i${index}`, state: 'new' })) },
    nodes,
    edges,
    scenarios: [],
  };
}

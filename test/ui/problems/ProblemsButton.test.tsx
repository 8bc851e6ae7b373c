import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadDocument } from '../../../src/state/documentStore';
import { AnalysisShownContext } from '../../../src/state/problemsStore';
import { ProblemsButton } from '../../../src/ui/problems/ProblemsButton';
import { example } from '../../exporters/examples';

/** The order-fulfilment example without the compensation of "Reserve stock": one lint error. */
function withOneError() {
  const playbook = example('order-fulfilment-rollback');
  return {
    ...playbook,
    nodes: playbook.nodes.filter((node) => node.id !== 'c1'),
    edges: playbook.edges.filter((edge) => edge.target !== 'c1'),
  };
}

const render = (shown: boolean) =>
  renderToStaticMarkup(
    <AnalysisShownContext.Provider value={shown}>
      <ProblemsButton />
    </AnalysisShownContext.Provider>,
  );

describe('the Problems button before and after the first check (issue 20: canvas first, lint after)', () => {
  beforeEach(() => loadDocument(withOneError()));

  it('says Checking…, in the neutral tone, while the first analysis has not run', () => {
    const html = render(false);
    expect(html).toContain('Checking…');
    expect(html).toContain('aria-label="Problems: Checking…"');
    expect(html).toContain('problems-button--pending');
    expect(html).not.toContain('problems-button--none');
  });

  it('shows the counts in their tone once the analysis is shown', () => {
    const html = render(true);
    expect(html).toMatch(/aria-label="Problems: 1 error, \d+ warnings?"/);
    expect(html).toContain('problems-button--error');
    expect(html).not.toContain('Checking…');
  });
});

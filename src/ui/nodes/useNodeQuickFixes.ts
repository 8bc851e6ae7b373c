import { useMemo } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { type FixId, quickFixFor } from '../../analysis/fixes';
import { documentStore } from '../../state/documentStore';
import type { Problem } from '../../viewModels/problemsAnalysis';

/** The finding a problem answers, for the fix table: its rule and the node or link it names. */
export function findingOf(problem: Problem): { rule: string; target: string | null } {
  const { place } = problem;
  const target = place.kind === 'node' ? place.nodeId : place.kind === 'edge' ? place.edgeId : null;
  return { rule: problem.rule, target };
}

/**
 * The quick fixes these problems offer, one per problem that has one, as the problem's key, the
 * fix id and its words. Selected as flat text, so the caller re-renders only when the offer
 * changes; built for the playbook as it is now.
 */
export function useQuickFixOffers(problems: readonly Problem[]): { key: string; id: FixId; label: string }[] {
  const flat = useStore(
    documentStore,
    useShallow((s) =>
      problems.flatMap((problem) => {
        const fix = quickFixFor(s.document, findingOf(problem));
        return fix ? [problem.key, fix.id, fix.label] : [];
      }),
    ),
  );
  return useMemo(() => {
    const offers: { key: string; id: FixId; label: string }[] = [];
    for (let i = 0; i < flat.length; i += 3)
      offers.push({ key: flat[i]!, id: flat[i + 1] as FixId, label: flat[i + 2]! });
    return offers;
  }, [flat]);
}

/** Applies the current fix of a problem: rebuilt on the playbook as it is at the click. */
export function currentQuickFix(problem: Problem) {
  return quickFixFor(documentStore.getState().document, findingOf(problem));
}

import { useEffect, useMemo, useState } from 'react';
import type { Playbook } from '../../domain/types';
import type { ExportContext } from '../../exporters';
import { reviewStatus } from '../../review';
import { useDrill } from '../../state/simulationDrill';

/**
 * The facts the runbook needs beyond the playbook: its content hash and approval status (spec
 * section 8), hashed with WebCrypto, and the latest drill when it ran on this very version (a
 * drill of an earlier version says nothing about this one). `null` while hashing; without a hash
 * or a drill the runbook says "not known".
 */
export function useExportContext(playbook: Playbook): ExportContext | null {
  const [result, setResult] = useState<{ playbook: Playbook; context: ExportContext } | null>(null);
  useEffect(() => {
    let live = true;
    reviewStatus(playbook).then(
      (status) => {
        if (live)
          setResult({
            playbook,
            context: { contentHash: status.contentHash, approvalStatus: status.summary },
          });
      },
      () => {
        if (live) setResult({ playbook, context: {} });
      },
    );
    return () => {
      live = false;
    };
  }, [playbook]);
  const drill = useDrill((s) => (s.status === 'done' && s.playbook === playbook ? s.result : null));
  const current = result?.playbook === playbook ? result.context : null;
  return useMemo(() => (current && drill ? { ...current, drill: drill.summary } : current), [current, drill]);
}

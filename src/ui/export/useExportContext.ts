import { useEffect, useState } from 'react';
import type { Playbook } from '../../domain/types';
import type { ExportContext } from '../../exporters';
import { reviewStatus } from '../../review';

/**
 * The facts the runbook needs beyond the playbook: its content hash and approval status (spec
 * section 8), hashed with WebCrypto. `null` while hashing; `{}` when hashing is unavailable, and
 * the runbook then says "not known".
 */
export function useExportContext(playbook: Playbook): ExportContext | null {
  const [result, setResult] = useState<{ playbook: Playbook; context: ExportContext } | null>(null);
  useEffect(() => {
    let current = true;
    reviewStatus(playbook).then(
      (status) => {
        if (current)
          setResult({
            playbook,
            context: { contentHash: status.contentHash, approvalStatus: status.summary },
          });
      },
      () => {
        if (current) setResult({ playbook, context: {} });
      },
    );
    return () => {
      current = false;
    };
  }, [playbook]);
  return result?.playbook === playbook ? result.context : null;
}

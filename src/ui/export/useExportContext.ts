import { useEffect, useMemo, useState } from 'react';
import type { Playbook } from '../../domain/types';
import type { ExportContext } from '../../exporters';
import { reviewStatus } from '../../review';
import { useDrillRecords } from '../../state/drillBook';
import { useSession } from '../../state/persistenceSession';
import { teamFor } from '../../state/reviewIdentity';

/**
 * The facts the runbook needs beyond the playbook: its content hash and approval status (spec
 * section 8; verified against the playbook's team file when this browser keeps one, spec 8.1,
 * and saying so either way), hashed with WebCrypto, and the library's latest drill of this very
 * content hash (a drill of an earlier version says nothing about this one; a drill of this version
 * run before a reload or in another tab still does). `null` while hashing; without a hash or a
 * drill the runbook says "not known".
 */
export function useExportContext(playbook: Playbook): ExportContext | null {
  const [result, setResult] = useState<{ playbook: Playbook; context: ExportContext } | null>(null);
  const libraryId = useSession((s) => s.playbookId);
  useEffect(() => {
    let live = true;
    teamFor(libraryId)
      .then((team) => reviewStatus(playbook, team.status === 'ok' ? { team: team.team } : {}))
      .then(
        (status) => {
          if (live)
            setResult({
              playbook,
              context: {
                contentHash: status.contentHash,
                approvalStatus: `${status.summary} ${status.verification}`,
              },
            });
        },
        () => {
          if (live) setResult({ playbook, context: {} });
        },
      );
    return () => {
      live = false;
    };
  }, [playbook, libraryId]);
  // Re-read when a drill is recorded under its hash (it is recorded after the drill has finished).
  const records = useDrillRecords(libraryId);
  const current = result?.playbook === playbook ? result.context : null;
  return useMemo(() => {
    const drill = records?.find((record) => record.contentHash === current?.contentHash);
    return current && drill ? { ...current, drill: { ...drill.summary, at: drill.at } } : current;
  }, [current, records]);
}

import { ReactFlowProvider } from '@xyflow/react';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { hrefOf } from '../../app/router';
import { diffPlaybooks } from '../../review';
import { documentStore } from '../../state/documentStore';
import { drillForHash, drillScore } from '../../state/libraryDrills';
import { openPlaybook, useSession } from '../../state/persistenceSession';
import { NoServerNote } from '../library/NoServerNote';
import { PlaybookBanners } from '../library/PlaybookBanners';
import { ProfileControl } from '../profile/ProfileControl';
import { ApprovalList } from './ApprovalList';
import { ApprovalStatusLines } from './ApprovalStatusLines';
import { AuditTimeline } from './AuditTimeline';
import { ChangeList } from './ChangeList';
import { DecisionForm } from './DecisionForm';
import { DiffLegend } from './DiffLegend';
import { ReadOnlyCanvas } from './ReadOnlyCanvas';
import { decorateWithDiff } from './reviewDecor';
import { useReviewBase } from './useReviewBase';
import { useVerifiedStatus } from './useVerifiedStatus';

// Review by link and the team file editor load when asked for, not with the review page.
const RequestReviewDialog = lazy(() =>
  import('./link/RequestReviewDialog').then((module) => ({ default: module.RequestReviewDialog })),
);
const TeamFileDialog = lazy(() =>
  import('./team/TeamFileDialog').then((module) => ({ default: module.TeamFileDialog })),
);

/** Review mode: what changed since the last approval, the approval status, the decision, the log. */
export function ReviewPage({ id }: { id: string }) {
  const phase = useSession((s) => (s.playbookId === id ? s.phase : 'loading'));
  const failure = useSession((s) => s.failure);
  useEffect(() => {
    void openPlaybook(id);
  }, [id]);
  if (phase === 'failed') {
    return (
      <main className="page-message" role="alert">
        <h1>This playbook cannot be reviewed</h1>
        <p>{failure}</p>
        <a href={hrefOf({ name: 'library' })}>Back to the library</a>
      </main>
    );
  }
  if (phase !== 'open') return <p className="page-message">Opening the playbook for review…</p>;
  return (
    <ReactFlowProvider>
      <ReviewOpen id={id} />
    </ReactFlowProvider>
  );
}

function ReviewOpen({ id }: { id: string }) {
  const playbook = useStore(documentStore, (s) => s.document);
  const [dialog, setDialog] = useState<'request' | 'team' | null>(null);
  const [focus, setFocus] = useState<{ id: string; at: number } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const base = useReviewBase(id, playbook);
  const { status, hash, team } = useVerifiedStatus(id, playbook);
  useEffect(() => {
    document.title = `Review ${playbook.name} · Rollbook`;
  }, [playbook.name]);
  const diff = useMemo(
    () => (base.playbook ? diffPlaybooks(base.playbook, playbook) : null),
    [base.playbook, playbook],
  );
  const flow = useMemo(
    () => decorateWithDiff(playbook, base.playbook, diff),
    [playbook, base.playbook, diff],
  );
  const drill = hash ? drillForHash(id, hash) : undefined;
  return (
    <div className="review-page">
      <header className="toolbar">
        <a className="button-link" href={hrefOf({ name: 'library' })}>
          ← Library
        </a>
        <a className="button-link" href={hrefOf({ name: 'designer', id })}>
          Edit in designer
        </a>
        <h1 className="toolbar__name">Review: {playbook.name}</h1>
        <span className="muted">
          {hash !== null &&
          base.contentHash !== null &&
          base.revision === playbook.revision &&
          hash !== base.contentHash
            ? `draft: revision ${playbook.revision} with later edits`
            : `revision ${playbook.revision}`}
        </span>
        <span className="toolbar__spacer" />
        <button type="button" onClick={() => setDialog('request')}>
          Request review…
        </button>
        <button type="button" onClick={() => setDialog('team')}>
          Team file…
        </button>
        <ProfileControl />
      </header>
      {dialog && (
        <Suspense fallback={<p role="status">Opening…</p>}>
          {dialog === 'request' ? (
            <RequestReviewDialog
              libraryId={id}
              playbook={playbook}
              base={
                base.kind === 'approved' && base.playbook && base.revision !== null
                  ? { revision: base.revision, playbook: base.playbook }
                  : null
              }
              onClose={() => setDialog(null)}
            />
          ) : (
            <TeamFileDialog playbookId={id} playbookName={playbook.name} onClose={() => setDialog(null)} />
          )}
        </Suspense>
      )}
      <PlaybookBanners />
      {status && (
        <ApprovalStatusLines
          status={status}
          team={team}
          hint="Open the team file (Team file…) to verify them."
        />
      )}
      <div className="review-page__body">
        <div className="review-page__canvas">
          <p className="review-page__base">
            {base.kind === 'approved' &&
              `Coloured on the canvas: what changed since revision ${base.revision}, the last approved version.`}
            {base.kind === 'saved' &&
              `Never approved yet: coloured on the canvas is what changed since revision ${base.revision}, the last saved version.`}
            {base.kind === 'none' && !base.loading && 'No saved version yet: nothing to compare with.'}
          </p>
          <ReadOnlyCanvas
            nodes={flow.nodes}
            edges={flow.edges}
            focus={focus}
            label="Playbook under review (read-only)"
            className={diff && (diff.nodes.length > 0 || diff.edges.length > 0) ? 'canvas--diff' : undefined}
          >
            <DiffLegend
              since={
                base.revision === null
                  ? null
                  : `revision ${base.revision} (${base.kind === 'approved' ? 'last approved' : 'last saved'})`
              }
            />
          </ReadOnlyCanvas>
        </div>
        <aside className="review-page__side" aria-label="Review">
          {status && (
            <ApprovalList
              status={status}
              revisions={base.revisions}
              teamName={team.status === 'ok' ? team.team.name : null}
            />
          )}
          {diff && base.playbook && (
            <ChangeList
              diff={diff}
              current={playbook}
              before={base.playbook}
              onFocus={(nodeId) => setFocus({ id: nodeId, at: Date.now() })}
            />
          )}
          <section aria-label="Drill" className="review-drill">
            <h2>Drill of this exact version</h2>
            {drill ? (
              <p>
                {drillScore(drill.summary)}, {drill.summary.withinRto}/{drill.summary.runs} within the RTO
                {drill.summary.notReached > 0 ? `, ${drill.summary.notReached} not reached` : ''} (run{' '}
                {new Date(drill.at).toLocaleString()}).
              </p>
            ) : (
              <p className="muted">
                No drill has run on this exact content. Run one from the designer (Drill).
              </p>
            )}
          </section>
          <DecisionForm playbook={playbook} onDone={setMessage} />
          {message && (
            <p role="status" className="banner banner--ok">
              {message}
            </p>
          )}
          <AuditTimeline id={id} />
          <NoServerNote />
        </aside>
      </div>
    </div>
  );
}

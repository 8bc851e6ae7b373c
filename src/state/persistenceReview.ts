import type { Playbook } from '../domain/types';
import { contentHash } from '../review';
import { documentStore } from './documentStore';
import { mutate, repository, tabs } from './persistenceContext';
import { applyStoredDocument, currentWiring, flushAutosave } from './persistenceSession';
import { openPlaybookWrites, type VersionOutcome } from './persistenceVersions';
import { type DecisionByThisBrowser, signAsThisBrowser } from './reviewIdentity';

export type ReviewDecision = DecisionByThisBrowser;

/**
 * Approve or request changes on the open playbook as it is now, signed with this browser's key
 * (spec 8.1; the first decision makes the key). An approval also makes sure a saved version with
 * this exact content exists, so later reviews can diff against it.
 */
export async function recordDecision(input: ReviewDecision): Promise<VersionOutcome> {
  const wiring = currentWiring();
  if (!wiring) return { ok: false, message: 'No playbook is open.' };
  const status = await flushAutosave();
  if (status.kind === 'not-saved') return { ok: false, message: status.error.message };
  let document = documentStore.getState().document;
  const hash = await contentHash(document);
  if (input.decision === 'approved') {
    const revisions = await repository.listRevisions(wiring.id);
    if (!revisions.ok) return { ok: false, message: revisions.error.message };
    if (!revisions.value.some((revision) => revision.contentHash === hash)) {
      const saved = await mutate(openPlaybookWrites.saveVersion(), {
        id: wiring.id,
        document,
        expectedVersion: wiring.writer.version(),
        message: `Version approved by ${input.reviewer}`,
        author: input.reviewer,
      });
      if (!saved.ok) return { ok: false, message: saved.error.message };
      wiring.writer.adopt(saved.value.version);
      document = saved.value.playbook;
    }
  }
  const signed = await signAsThisBrowser(document, input);
  if (!signed.ok) return signed;
  const { record } = signed;
  const next: Playbook = { ...document, review: { approvals: [...document.review.approvals, record] } };
  const written = await mutate(openPlaybookWrites.recordReview(), {
    id: wiring.id,
    document: next,
    expectedVersion: wiring.writer.version(),
    record,
  });
  if (!written.ok) return { ok: false, message: written.error.message };
  wiring.writer.adopt(written.value.version);
  applyStoredDocument(next, { keepHistory: true });
  tabs.announceSaved(wiring.id, written.value.version, written.value.updatedAt);
  return {
    ok: true,
    message: input.decision === 'approved' ? 'Approval recorded.' : 'Request for changes recorded.',
  };
}

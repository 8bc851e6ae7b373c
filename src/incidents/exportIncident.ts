import type { RunbookDocument, Section } from '../exporters/runbook/blocks';
import { renderMarkdown } from '../exporters/runbook/markdown';
import type { IncidentVerification } from './chain';
import { buildPostmortem, humanTime } from './postmortem';
import { elapsedMs, type IncidentRecord, incidentProgress } from './record';

/** The file format of an exported incident record. */
export const INCIDENT_FORMAT = 'rollbook.incident';

/**
 * The record as JSON: every entry with its hashes, so anyone holding the playbook's audit log can
 * check it again, plus the verification as it stood when exported.
 */
export function incidentJson(record: IncidentRecord, verification: IncidentVerification): string {
  return `${JSON.stringify({ format: INCIDENT_FORMAT, version: 1, ...record, verification }, null, 2)}\n`;
}

const time = humanTime;
const OUTCOME_WORDS = { done: 'Done', failed: 'Failed', skipped: 'Skipped' } as const;

/**
 * The record in the runbook's format (the same blocks and Markdown renderer as the runbook
 * exporter), so the incident log reads like the runbook it followed: what happened, the checklist
 * as ticked, and, once finished, the postmortem comparison.
 */
export function incidentDocument(
  record: IncidentRecord,
  verification: IncidentVerification,
  nowIso: string,
): RunbookDocument {
  const progress = incidentProgress(record);
  const elapsed = elapsedMs(record, nowIso);
  const summary: Section = {
    title: 'What happened',
    level: 2,
    blocks: [
      {
        kind: 'list',
        items: [
          `Playbook: ${record.playbookName}, revision ${record.revision} (${record.contentHash}).`,
          `Started ${record.startedAt} by ${record.entries[0]?.actor ?? 'unknown'}.`,
          progress.finished
            ? `Finished ${progress.finished.at} by ${progress.finished.by}: ${progress.finished.end}.`
            : 'Still open.',
          `Elapsed ${time(elapsed)}${record.rtoMs === null ? ' (no recovery time objective)' : ` against a recovery time objective of ${time(record.rtoMs)}`}.`,
          verification.ok ? verification.message : `The record does not verify: ${verification.message}`,
        ],
      },
    ],
  };
  const checklist: Section = {
    title: 'Checklist as ticked',
    level: 2,
    blocks: [
      {
        kind: 'table',
        header: ['Step', 'What', 'Owner', 'Outcome', 'By', 'At', 'Took', 'Planned'],
        rows: progress.steps.map(({ step, outcome, by, at, tookMs }) => [
          String(step.number),
          step.label,
          step.owner ?? '',
          outcome ? OUTCOME_WORDS[outcome] : 'Not reached',
          by ?? '',
          at ?? '',
          tookMs === undefined ? '' : time(tookMs),
          time(step.plannedMs),
        ]),
      },
    ],
  };
  const sections: Section[] = [summary, checklist];
  if (progress.added.length > 0) {
    sections.push({
      title: 'Steps not in the playbook',
      level: 2,
      blocks: [
        {
          kind: 'table',
          header: ['What', 'Outcome', 'By', 'At', 'Took'],
          rows: progress.added.map((extra) => [
            extra.label,
            OUTCOME_WORDS[extra.outcome],
            extra.by,
            extra.at,
            time(extra.tookMs),
          ]),
        },
      ],
    });
  }
  if (progress.finished) {
    const postmortem = buildPostmortem(record, nowIso);
    sections.push({ title: 'Postmortem', level: 2, blocks: [{ kind: 'list', items: postmortem.findings }] });
    if (progress.finished.note) {
      sections.push({
        title: 'Closing note',
        level: 3,
        blocks: [{ kind: 'paragraph', text: progress.finished.note }],
      });
    }
  }
  sections.push({
    title: 'Record',
    level: 2,
    blocks: [
      {
        kind: 'table',
        header: ['#', 'At', 'Who', 'What', 'Hash'],
        rows: record.entries.map((entry) => [
          String(entry.seq),
          entry.at,
          entry.actor,
          entry.type === 'step'
            ? `${entry.step === null ? 'Not in the playbook' : `Step ${entry.step}`}: ${entry.label}, ${entry.outcome}${entry.note ? ` (${entry.note})` : ''}`
            : entry.type === 'finished'
              ? `Finished: ${entry.end}`
              : 'Started',
          entry.hash,
        ]),
      },
    ],
  });
  return {
    title: `${record.playbookName}: incident of ${record.startedAt}`,
    subtitle: `Incident ${record.id}`,
    sections,
  };
}

/** The record as Markdown, in the runbook's format. */
export function incidentMarkdown(
  record: IncidentRecord,
  verification: IncidentVerification,
  nowIso: string,
): string {
  return renderMarkdown(incidentDocument(record, verification, nowIso));
}

import type { IrStep, IrWorkflow } from '../ir';
import type { ReportEntry, ReportLevel, SourceRef } from '../types';
import type { StepReport } from './emit';

const RANK: Readonly<Record<ReportLevel, number>> = { info: 0, warning: 1, attention: 2 };

export const higher = (a: ReportLevel, b: ReportLevel): ReportLevel => (RANK[b] > RANK[a] ? b : a);

/**
 * Collects what the builder and the parser say about each source step and writes one entry per
 * step (its sentences in order, at the highest level any of them had), then the entries of the
 * workflow itself, its notes and its other elements.
 */
export class ReportCollector {
  private readonly byStep = new Map<string, StepReport>();
  private readonly extra: ReportEntry[] = [];
  private workflowLevel: ReportLevel = 'info';
  private readonly workflowSentences: string[] = [];

  constructor(private readonly workflow: IrWorkflow) {
    for (const step of workflow.steps) {
      const report: StepReport = { node: null, level: 'info', sentences: [] };
      this.byStep.set(step.key, report);
    }
  }

  step(step: IrStep, level: ReportLevel, sentence: string, node?: string): void {
    const report = this.byStep.get(step.key);
    if (!report) return;
    report.level = higher(report.level, level);
    report.sentences.push(sentence);
    if (node !== undefined && report.node === null) report.node = node;
  }

  aboutWorkflow(level: ReportLevel, sentence: string): void {
    this.workflowLevel = higher(this.workflowLevel, level);
    this.workflowSentences.push(sentence);
  }

  add(entry: ReportEntry): void {
    this.extra.push(entry);
  }

  entries(): ReportEntry[] {
    const source: SourceRef = {
      id: this.workflow.sourceId ?? this.workflow.name,
      name: this.workflow.name,
      type: 'workflow',
    };
    const steps = this.workflow.steps.map((step): ReportEntry => {
      const report = this.byStep.get(step.key)!;
      let level = report.level;
      const sentences = [...report.sentences];
      for (const message of step.messages ?? []) {
        level = higher(level, message.level);
        sentences.push(message.message);
      }
      return {
        level,
        source: step.source,
        node: report.node,
        message: sentences.join(' ') || 'Imported.',
      };
    });
    const workflow: ReportEntry = {
      level: this.workflowLevel,
      source,
      node: null,
      message: this.workflowSentences.join(' '),
    };
    const remarks = this.workflow.remarks.map(
      (remark): ReportEntry => ({
        level: remark.level,
        source: remark.source,
        node: remark.attachedTo !== undefined ? (this.byStep.get(remark.attachedTo)?.node ?? null) : null,
        message: remark.message,
      }),
    );
    return [workflow, ...steps, ...this.extra, ...remarks];
  }
}

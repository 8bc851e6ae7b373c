import { type LintFinding, lintPlaybook, type RtoBudget, RULES, resolveConfig, rtoBudget } from '../analysis';
import type { Playbook } from '../domain/types';
import type { ValidationError } from '../domain/validationError';

/** Where on the canvas a problem points: a node, an edge (drawn between two nodes), or nowhere. */
export type ProblemPlace =
  | { kind: 'node'; nodeId: string }
  | { kind: 'edge'; edgeId: string; source: string; target: string }
  | { kind: 'playbook' };

/** One entry of the Problems panel: a validation error or a lint finding, in one shape. */
export interface Problem {
  /** Stable within one analysis, for React keys. */
  key: string;
  severity: 'error' | 'warn';
  /** `format` for validation errors, else the lint rule id. */
  rule: string;
  message: string;
  /** The JSON Pointer of a validation error, when it has one. */
  path?: string;
  place: ProblemPlace;
}

/** Everything the Problems panel, the toolbar count, the node badges and the export dialog read. */
export interface Analysis {
  /** Errors first (validation, then lint in rule order), then warnings. */
  problems: Problem[];
  errorCount: number;
  warningCount: number;
  /** Lint findings as the engine reports them: the export dialog hands them to `exportPlaybook`. */
  findings: LintFinding[];
  /** Lint messages per node id (an edge's findings go to its source), for the node badges. */
  lintByNode: ReadonlyMap<string, readonly Problem[]>;
  /** The RTO budget, or null when it could not be computed (see `lintFailure`). */
  rto: RtoBudget | null;
  /**
   * Why the safety rules did not run: the rules assume a well-formed playbook, and one with
   * validation errors can trip them. Null when they ran.
   */
  lintFailure: string | null;
  /** Ids of the rules that ran (not set to `off`), so "no problems" can say what was checked. */
  rulesChecked: string[];
}

/** The rule id shown for validation errors (the file does not follow the format). */
export const FORMAT_RULE = 'format';

type Edge = Playbook['edges'][number];

/** Where ids point: built once per analysis, so placing every finding stays linear. */
interface IdIndex {
  nodes: ReadonlySet<string>;
  edges: ReadonlyMap<string, Edge>;
}

function placeOfId(index: IdIndex, id: string | null | undefined): ProblemPlace {
  if (id === null || id === undefined) return { kind: 'playbook' };
  if (index.nodes.has(id)) return { kind: 'node', nodeId: id };
  const edge = index.edges.get(id);
  if (edge) return { kind: 'edge', edgeId: edge.id, source: edge.source, target: edge.target };
  return { kind: 'playbook' };
}

/** The node or edge a validation error concerns: its `target`, else the `/nodes/N` or `/edges/N` of its path. */
function placeOfValidationError(playbook: Playbook, index: IdIndex, error: ValidationError): ProblemPlace {
  const nodeIndex = /^\/nodes\/(\d+)/.exec(error.path)?.[1];
  const edgeIndex = /^\/edges\/(\d+)/.exec(error.path)?.[1];
  const id =
    error.target ??
    (nodeIndex !== undefined ? playbook.nodes[Number(nodeIndex)]?.id : undefined) ??
    (edgeIndex !== undefined ? playbook.edges[Number(edgeIndex)]?.id : undefined);
  return placeOfId(index, id);
}

/** The node a problem's badge goes on: the node itself, or the source of an edge. */
export function badgeNodeOf(place: ProblemPlace): string | null {
  if (place.kind === 'node') return place.nodeId;
  if (place.kind === 'edge') return place.source;
  return null;
}

/**
 * Validation errors and lint findings of one document version, with the RTO budget. Lint and the
 * budget run even when validation fails (most edits leave the graph intact), but a rule that trips
 * over a malformed document is reported as `lintFailure`, never thrown at the designer.
 */
export function analyseDocument(playbook: Playbook, validation: readonly ValidationError[]): Analysis {
  let findings: LintFinding[] = [];
  let rto: RtoBudget | null = null;
  let lintFailure: string | null = null;
  let rulesChecked: string[] = [];
  try {
    findings = lintPlaybook(playbook);
    rto = rtoBudget(playbook);
    const { config } = resolveConfig(playbook);
    rulesChecked = RULES.filter((rule) => config[rule.id] !== 'off').map((rule) => rule.id);
  } catch {
    findings = [];
    rto = null;
    lintFailure =
      validation.length > 0
        ? 'The safety rules and the RTO budget run once the format errors above are fixed.'
        : 'The safety rules could not run on this playbook.';
  }

  // A malformed document may lack its lists; it then has no places to point at.
  const ids: IdIndex = {
    nodes: new Set(Array.isArray(playbook.nodes) ? playbook.nodes.map((node) => node.id) : []),
    edges: new Map(Array.isArray(playbook.edges) ? playbook.edges.map((edge) => [edge.id, edge]) : []),
  };
  const fromValidation: Problem[] = validation.map((error, index) => ({
    key: `format-${index}`,
    severity: 'error',
    rule: FORMAT_RULE,
    message: error.message,
    path: error.path,
    place: placeOfValidationError(playbook, ids, error),
  }));
  const fromLint: Problem[] = findings.map((finding, index) => ({
    key: `${finding.rule}-${index}`,
    severity: finding.severity,
    rule: finding.rule,
    message: finding.message,
    place: placeOfId(ids, finding.target),
  }));
  const all = [...fromValidation, ...fromLint];
  const problems = [
    ...all.filter((problem) => problem.severity === 'error'),
    ...all.filter((problem) => problem.severity === 'warn'),
  ];

  const lintByNode = new Map<string, Problem[]>();
  for (const problem of fromLint) {
    const nodeId = badgeNodeOf(problem.place);
    if (nodeId === null) continue;
    const list = lintByNode.get(nodeId) ?? [];
    list.push(problem);
    lintByNode.set(nodeId, list);
  }

  const errorCount = problems.filter((problem) => problem.severity === 'error').length;
  return {
    problems,
    errorCount,
    warningCount: problems.length - errorCount,
    findings,
    lintByNode,
    rto,
    lintFailure,
    rulesChecked,
  };
}

/** What a rule says about itself, for the panel; validation errors get a description of their own. */
export function ruleInfo(ruleId: string): { title: string; description: string; rationale: string | null } {
  if (ruleId === FORMAT_RULE) {
    return {
      title: 'Playbook format',
      description: 'The playbook does not follow the file format, so it cannot be saved as valid or run.',
      rationale: null,
    };
  }
  const rule = RULES.find((candidate) => candidate.id === ruleId);
  if (!rule) {
    return {
      title: ruleId,
      description: 'The lint settings of this playbook (its "x-rollbook-lint" key) have a problem.',
      rationale: null,
    };
  }
  return { title: ruleId, description: rule.meta.description, rationale: rule.meta.rationale };
}

let memo: { playbook: Playbook; validation: readonly ValidationError[]; analysis: Analysis } | null = null;

/**
 * `analyseDocument`, memoised on the last document and validation result: the toolbar, the panel,
 * the export dialog and every node badge read the same analysis, computed once per edit.
 */
export function analysisOf(playbook: Playbook, validation: readonly ValidationError[]): Analysis {
  if (memo?.playbook === playbook && memo.validation === validation) return memo.analysis;
  memo = { playbook, validation, analysis: analyseDocument(playbook, validation) };
  return memo.analysis;
}

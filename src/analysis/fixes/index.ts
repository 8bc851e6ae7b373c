import { applyCommand } from '../../commands/applyCommand';
import type { Command } from '../../commands/types';
import type { Playbook } from '../../domain/types';
import { lintPlaybook } from '../lint';
import { RULES } from '../rules';
import { FIXES } from './definitions';
import type { FixableFinding, FixDefinition, QuickFix } from './types';

export { FIXES } from './definitions';
export type { FixableFinding, FixDefinition, FixId, QuickFix } from './types';

/** The fix a rule names, if it names one. */
export function fixOfRule(ruleId: string): FixDefinition | undefined {
  const fixId = RULES.find((rule) => rule.id === ruleId)?.fix;
  return fixId === undefined ? undefined : FIXES[fixId];
}

/**
 * The quick fix for one finding, or null when its rule names none or the fix would be a guess.
 * The command is one batch, so one undo takes the whole fix back.
 */
export function quickFixFor(playbook: Playbook, finding: FixableFinding): QuickFix | null {
  const fix = fixOfRule(finding.rule);
  if (!fix) return null;
  const result = fix.build(playbook, finding);
  return result.ok ? { ...result, id: fix.id, label: result.command.label } : null;
}

/**
 * "Fix all of this kind": the rule's fix applied to each of its findings in turn, each built on
 * the playbook the ones before it left (so a role created for the first owner serves the next),
 * as one batch. Null when the rule's fix is not safe to apply to all or nothing could be fixed.
 */
export function fixAllOf(playbook: Playbook, ruleId: string): (QuickFix & { count: number }) | null {
  const fix = fixOfRule(ruleId);
  if (!fix?.safeForAll) return null;
  const targets = lintPlaybook(playbook)
    .filter((finding) => finding.rule === ruleId)
    .map((finding) => finding.target);
  let current = playbook;
  const commands: Command[] = [];
  let focus = '';
  for (const target of [...new Set(targets)]) {
    const result = fix.build(current, { rule: ruleId, target });
    if (!result.ok) continue;
    const applied = applyCommand(current, result.command);
    if (!applied.ok) continue;
    current = applied.document;
    commands.push(...result.command.commands);
    focus ||= result.focus;
  }
  if (commands.length === 0) return null;
  return {
    ok: true,
    id: fix.id,
    label: fix.allTitle,
    focus,
    count: targets.length,
    command: { type: 'batch', label: fix.allTitle, commands },
  };
}

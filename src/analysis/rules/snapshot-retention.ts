import { formatHumanDuration, parseDuration } from '../../lib/duration';
import { DescribeNode } from '../describe';
import { listNames, personalEntities, snapshotEntities } from '../personalData';
import type { LintRule } from '../types';
import { RULE_META } from './ruleMeta';

/**
 * A checkpoint holding an entity with personal fields has an `expires` no longer than the
 * entity's `retention` (decisions 24-25 in docs/format-decisions.md). One finding per checkpoint,
 * naming every entity it keeps too long.
 */
export const snapshotRetention: LintRule = {
  id: 'snapshot-retention',
  meta: RULE_META['snapshot-retention'],
  check(playbook, report) {
    const personal = personalEntities(playbook);
    if (personal.size === 0) return;
    for (const node of playbook.nodes) {
      if (node.kind !== 'checkpoint') continue;
      const held = snapshotEntities(playbook, node).filter((name) => personal.has(name));
      if (held.length === 0) continue;
      const expiresMs = node.expires === undefined ? null : parseDuration(node.expires);
      if (expiresMs === null) {
        const limits = held
          .map((name) => parseDuration(personal.get(name)!.retention ?? ''))
          .filter((ms) => ms !== null);
        const hint =
          limits.length > 0
            ? `, at most the shortest retention of its data (${formatHumanDuration(Math.min(...limits))})`
            : '';
        report(
          node.id,
          `${DescribeNode(node)} copies personal data of ${listNames(held)} and never expires: set "expires"${hint}`,
        );
        continue;
      }
      const tooLong = held.filter((name) => {
        const retention = personal.get(name)!.retention;
        const retentionMs = retention === undefined ? null : parseDuration(retention);
        return retentionMs !== null && expiresMs > retentionMs;
      });
      if (tooLong.length === 0) continue;
      const limits = tooLong.map(
        (name) => `${name}: ${formatHumanDuration(parseDuration(personal.get(name)!.retention!)!)}`,
      );
      report(
        node.id,
        `${DescribeNode(node)} keeps personal data of ${listNames(tooLong)} for ${formatHumanDuration(expiresMs)}, longer than it may be kept (${limits.join('; ')}): shorten "expires"`,
      );
    }
  },
};

import type { Playbook } from '../domain/types';
import { canonicalJson } from './canonicalJson';
import { sha256Hex } from './sha256';

/**
 * What the content hash covers (spec section 8): the parsed playbook, defaults applied, without
 * `review` (approvals must not void themselves) and without any node's `position` (layout never
 * changes meaning). We also leave out the two save stamps, `revision` and `metadata.updatedAt`:
 * every save raises them, so hashing them would void an approval on a save that changed nothing
 * the reviewer saw (a decision beyond the spec's letter, docs/review.md). Everything else counts,
 * top-level `x-` keys included: they are content the author wrote and the native exporter keeps.
 */
export function hashedContent(playbook: Playbook): Record<string, unknown> {
  const { review: _review, revision: _revision, metadata, nodes, ...rest } = playbook;
  const { updatedAt: _updatedAt, ...stableMetadata } = metadata;
  return {
    ...rest,
    metadata: stableMetadata,
    nodes: nodes.map(({ position: _position, ...node }) => node),
  };
}

/** The RFC 8785 canonical JSON text that {@link contentHash} digests. */
export function canonicalContent(playbook: Playbook): string {
  return canonicalJson(hashedContent(playbook));
}

/**
 * The playbook's content hash: `sha256:` and 64 lower-case hex digits. Give it the output of
 * `parsePlaybook` (every default applied), so a file that spells a default out and one that omits
 * it hash alike. The same function runs in the browser and the CLI (WebCrypto in both).
 *
 * @example await contentHash(parsed.playbook) // 'sha256:3f1c…'
 */
export function contentHash(playbook: Playbook): Promise<string> {
  return sha256Hex(canonicalContent(playbook));
}

import { type MutationOptions, QueryClient } from '@tanstack/react-query';
import type { LintFinding } from '../analysis';
import type { Playbook } from '../domain/types';
import {
  type ChannelLike,
  createMemoryChannelHub,
  createPlaybookRepository,
  createReviewIdentityStore,
  createTabCoordinator,
  type PlaybookRepository,
  type Result,
  RollbookDatabase,
  TAB_CHANNEL_NAME,
  type TabCoordinator,
} from '../persistence';
import {
  invalidateForTabMessage,
  libraryMutations,
  playbookQueries,
  reviewIdentityQueries,
  runMutation,
} from '../queries';

/** Errors and warnings among lint findings: the library's status column. */
export function lintCountsOf(findings: readonly LintFinding[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const finding of findings) {
    if (finding.severity === 'error') errors += 1;
    else if (finding.severity === 'warn') warnings += 1;
  }
  return { errors, warnings };
}

/**
 * Lint counts for a document written without them in hand (create, import, save version,
 * restore). Autosave passes the designer's counts instead (see persistenceSession.ts). The linter
 * (rules, quick fixes and the commands they build) is loaded on the first such write, not with
 * the library page, which only reads the counts stored with each record (the bundle budget).
 */
async function lintCounts(playbook: Playbook): Promise<{ errors: number; warnings: number } | undefined> {
  try {
    const { lintPlaybook } = await import('../analysis/lint');
    return lintCountsOf(lintPlaybook(playbook));
  } catch {
    // The rules assume a well-formed playbook; a draft saved mid-edit may trip them. Its save
    // must not fail for that (nor for a linter chunk that cannot load): the library then shows
    // it without lint counts.
    return undefined;
  }
}

function tabChannel(): ChannelLike {
  // Without BroadcastChannel there is one tab only as far as we can tell; the version check on
  // every write still refuses a stale writer.
  return typeof BroadcastChannel === 'function'
    ? new BroadcastChannel(TAB_CHANNEL_NAME)
    : createMemoryChannelHub().channel();
}

/** This tab's id: the repository stores it as `lastWriter`, the coordinator ignores its own messages. */
export const tabId: string = crypto.randomUUID();

/** The one database connection of this tab. */
export const database = new RollbookDatabase();

/** What the app reads and writes playbooks through. */
export const repository: PlaybookRepository = createPlaybookRepository(database, {
  tabId,
  lint: lintCounts,
});

/** This browser's signing key and team files (issue 16), beside the playbooks. */
export const reviewIdentity = reviewIdentityQueries(createReviewIdentityStore(database, { tabId }));

/** Other tabs' saves, deletions and library changes. */
export const tabs: TabCoordinator = createTabCoordinator(tabChannel(), tabId);

/** The query cache: what was saved. The document being edited lives in the document store. */
export const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
});

tabs.subscribe((message) => void invalidateForTabMessage(queryClient, message));

/** The query options over this tab's repository: components read them through savedPlaybooks.ts. */
export const queries = playbookQueries(repository);

/**
 * The library's writes over this tab's repository: each keeps the query cache true to what was
 * saved. The open playbook's writes are `openPlaybookWrites` (persistenceVersions.ts).
 */
export const libraryWrites = libraryMutations(repository);

/**
 * Runs a mutation on this tab's query cache; resolves to the repository's Result.
 *
 * @example const created = await mutate(libraryWrites.create(), { document, actor: actorName() });
 */
export const mutate: <TData, TVariables>(
  options: MutationOptions<TData, Error, TVariables>,
  variables: TVariables,
) => Promise<Result<TData>> = (options, variables) => runMutation(queryClient, options, variables);

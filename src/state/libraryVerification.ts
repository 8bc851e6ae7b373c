import { useQuery } from '@tanstack/react-query';
import type { LibraryEntry } from '../persistence';
import { reviewIdentityKeys } from '../queries';

/** A library row's approval judged against its team file (spec 8.1). */
export interface VerifiedApproval {
  approved: boolean;
  counting: number;
  required: number;
  teamName: string;
}

/**
 * The library's approval column verified against each playbook's team file, for the rows that
 * have one (their own, else the library's); rows without a team file are not in the map and stay
 * as the stored summary says, marked unverified. The signature checks load on demand (their own
 * chunk), and run again when the library or a team file changes.
 */
export function useLibraryVerification(entries: readonly LibraryEntry[], libraryUpdatedAt: number) {
  return useQuery({
    queryKey: [...reviewIdentityKeys.teamFiles(), 'library-verification', libraryUpdatedAt],
    queryFn: async () => (await import('./libraryVerificationRun')).verifyLibrary(entries),
    enabled: entries.length > 0,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

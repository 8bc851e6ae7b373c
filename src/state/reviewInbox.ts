import type { ReviewMessage } from '../persistence/reviewLink';

type Opened = { ok: true; value: ReviewMessage } | { ok: false; message: string };

// A review file opened from the library, held in memory for the page that shows it: a file too
// large for a link is also too large to put in the address, and nothing here is worth storing.
let opened: Opened | null = null;

export function openReviewFile(read: Opened): void {
  opened = read;
}

/** The review file opened last; it stays for re-renders of the same page. */
export function takeOpenedReviewFile(): Opened | null {
  return opened;
}

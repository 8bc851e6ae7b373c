/**
 * Which step an undo task undoes, by its name: the words left once the verbs are gone
 * ("CancelFlightReservation" → flight; "ReserveFlight" → flight). Used by the Step Functions and
 * Serverless Workflow saga readers; a tie or no shared word is no match (they fall back to order).
 */
const VERBS = new Set(
  'cancel undo revert refund compensate compensation rollback roll back release void unreserve reverse remove delete book reserve reservation booking create charge add insert update process place allocate hold make register submit confirm debit send do the a of'.split(
    ' ',
  ),
);

export const nameWords = (name: string): string[] =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '' && !VERBS.has(word));

/** The one candidate sharing the most words with the undo's name, or undefined on a tie or none. */
export function undoTargetByName<T>(
  undo: string,
  candidates: readonly T[],
  nameOf: (candidate: T) => string,
): T | undefined {
  const words = new Set(nameWords(undo));
  let best: T | undefined;
  let bestScore = 0;
  let tied = false;
  for (const candidate of candidates) {
    const score = new Set(nameWords(nameOf(candidate)).filter((word) => words.has(word))).size;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
      tied = false;
    } else if (score === bestScore && score > 0) tied = true;
  }
  return bestScore > 0 && !tied ? best : undefined;
}

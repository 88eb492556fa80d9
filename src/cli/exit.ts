// Exit codes (documented in the README).
export const EXIT = {
  OK: 0,
  /** verify: the ledger (or proof) is invalid */
  INVALID: 1,
  /** verify: it cannot be verified (evidence missing: a stored text, the key, a checkpoint); also a bad config */
  UNVERIFIABLE: 2,
  /** pipeline.config.json is invalid */
  CONFIG: 2,
  /** run/extract: some inputs were rejected (see rejects.jsonl); the rest went in */
  SOME_REJECTED: 3,
  /** a mistyped command: an unknown or bad flag value, a missing file or folder, an id that is not there */
  USAGE: 64,
  /** another run holds the output's lock */
  LOCKED: 5,
  /** run: a write failed (the disk is full, a file size limit): the ledger holds whole articles; free space and run again */
  IO: 74,
  /** run --queue: Redis cannot be reached (or lost its queue) for longer than allowed: what landed is signed; run again */
  UNAVAILABLE: 69,
  /** a bug: please report it with the stack trace */
  INTERNAL: 70,
} as const;

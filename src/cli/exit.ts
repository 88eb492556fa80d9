// Exit codes (documented in the README).
export const EXIT = {
  OK: 0,
  /** some inputs were rejected (see rejects.jsonl); the rest went in */
  SOME_REJECTED: 3,
  /** the ledger failed verification */
  VERIFY_FAILED: 4,
  /** pipeline.config.json is invalid */
  CONFIG: 2,
  /** another run holds the output's lock */
  LOCKED: 5,
  /** a bug: please report it with the stack trace */
  INTERNAL: 70,
} as const;

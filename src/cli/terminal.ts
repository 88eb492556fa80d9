// Text from articles shown on a terminal: control characters (ESC, BEL, the C1 set with CSI, DEL) and
// bidirectional overrides could move the cursor, retitle the window or reorder what is shown, so
// they are written as visible \u escapes. Newlines and tabs of the CLI's own layout stay.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function printable(s: string): string {
  return s.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A line (or lines) of human output on stdout, made printable. */
export function say(s: string): void {
  process.stdout.write(printable(s));
}

/** Runs `stop` on Ctrl-C or a termination signal (long-running commands: serve, worker). */
export function onStop(stop: () => void): void {
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

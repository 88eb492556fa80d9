// Ed25519 keys and C2SP signed notes (https://c2sp.org/signed-note), as transparency logs use them:
//   note      = text (lines, each ending in \n) + "\n" + signature lines
//   signature = "— " + key name + " " + base64(key id (4 bytes) ‖ Ed25519 signature over the text)
//   key id    = SHA-256(key name ‖ "\n" ‖ 0x01 ‖ 32-byte public key)[0:4]
//   verifier  = key name + "+" + hex(key id) + "+" + base64(0x01 ‖ 32-byte public key)
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';

export interface Signer { name: string; privateKey: KeyObject; publicKey: KeyObject }
export interface Verifier { name: string; keyId: Buffer; publicKey: KeyObject }

const ED25519 = 0x01;
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex'); // DER prefix of an Ed25519 SubjectPublicKeyInfo

export function rawPublicKey(k: KeyObject): Buffer {
  return k.export({ format: 'der', type: 'spki' }).subarray(SPKI_PREFIX.length);
}

export function keyId(name: string, raw: Buffer): Buffer {
  return createHash('sha256').update(name).update('\n').update(Buffer.from([ED25519])).update(raw).digest().subarray(0, 4);
}

function checkName(name: string): void {
  if (!name || /[\s+]/.test(name)) throw new Error(`a key name may not be empty or hold white space or "+": ${JSON.stringify(name)}`);
}

export function generateSigner(name: string): Signer {
  checkName(name);
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { name, privateKey, publicKey };
}

/** The private key as PKCS#8 PEM, with the key name on its first line as a comment. */
export function exportSigner(s: Signer): string {
  return `# claimledger Ed25519 signing key for ${s.name}\n${s.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()}`;
}

export function importSigner(name: string, pem: string): Signer {
  checkName(name);
  const privateKey = createPrivateKey(pem.replace(/^#.*\n/gm, ''));
  return { name, privateKey, publicKey: createPublicKey(privateKey) };
}

export function verifierString(name: string, publicKey: KeyObject): string {
  const raw = rawPublicKey(publicKey);
  return `${name}+${keyId(name, raw).toString('hex')}+${Buffer.concat([Buffer.from([ED25519]), raw]).toString('base64')}`;
}

export function parseVerifier(s: string): Verifier {
  const m = /^([^\s+]+)\+([0-9a-f]{8})\+([A-Za-z0-9+/=]+)$/.exec(s.trim());
  if (!m) throw new Error('a verifier key looks like NAME+KEYID+BASE64 (run printed it when it created the signing key; it is also in the .pub file beside the key)');
  const bytes = Buffer.from(m[3], 'base64');
  if (bytes.length !== 33 || bytes[0] !== ED25519) throw new Error('the verifier key is not an Ed25519 key');
  const raw = bytes.subarray(1);
  if (keyId(m[1], raw).toString('hex') !== m[2]) throw new Error('the verifier key id does not match its name and key');
  return { name: m[1], keyId: Buffer.from(m[2], 'hex'), publicKey: createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: 'der', type: 'spki' }) };
}

/** Signs a note text (which must end in a newline) and returns the whole note. */
export function signNote(text: string, s: Signer): string {
  if (!text.endsWith('\n') || text.includes('\n\n')) throw new Error('a note text is non-empty lines, each ending in a newline');
  const sig = sign(null, Buffer.from(text, 'utf8'), s.privateKey);
  const id = keyId(s.name, rawPublicKey(s.publicKey));
  return `${text}\n— ${s.name} ${Buffer.concat([id, sig]).toString('base64')}\n`;
}

export type NoteCheck = { ok: true; text: string } | { ok: false; code: 'NOTE_FORMAT' | 'NO_SIGNATURE' | 'BAD_SIGNATURE'; message: string };

/** Checks a note's signature by `v`; other signers' lines are ignored, as the spec allows. */
export function openNote(note: string, v: Verifier): NoteCheck {
  const cut = note.indexOf('\n\n');
  if (cut < 0 || !note.endsWith('\n')) return { ok: false, code: 'NOTE_FORMAT', message: 'a signed note is its text, a blank line and signature lines' };
  const text = note.slice(0, cut + 1);
  for (const line of note.slice(cut + 2).split('\n').filter(Boolean)) {
    const m = /^— (\S+) ([A-Za-z0-9+/=]+)$/.exec(line);
    if (!m) return { ok: false, code: 'NOTE_FORMAT', message: `not a signature line: ${line.slice(0, 40)}` };
    if (m[1] !== v.name) continue;
    const bytes = Buffer.from(m[2], 'base64');
    if (bytes.length !== 68 || !bytes.subarray(0, 4).equals(v.keyId)) continue;
    if (verify(null, Buffer.from(text, 'utf8'), v.publicKey, bytes.subarray(4))) return { ok: true, text };
    return { ok: false, code: 'BAD_SIGNATURE', message: `the signature by ${v.name} does not verify` };
  }
  return { ok: false, code: 'NO_SIGNATURE', message: `no signature by the pinned key ${v.name}+${v.keyId.toString('hex')}` };
}

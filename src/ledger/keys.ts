// The signing key lives apart from the ledger it signs: whoever can rewrite output/ must not also hold
// the key that re-signs it. Where it is, first match:
//   1. the config's ledger.privateKey (a path; it must exist);
//   2. the key folder: $CLAIMLEDGER_KEY_DIR, else $XDG_CONFIG_HOME/claimledger/keys, else
//      ~/.config/claimledger/keys; one key per ledger origin, created there on first use (mode 0600),
//      its verifier key written beside it (.pub) and printed once, to be pinned by verifiers;
//   3. a key an earlier version created in output/keys/: still used, with a warning to move it.
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { exportSigner, generateSigner, importSigner, verifierString, type Signer } from './sign.js';

export interface KeyInfo { signer: Signer; verifier: string; created: boolean; privateKeyFile: string; publicKeyFile?: string; warning?: string }

/** The folder the signing keys live in by default (outside any output folder). */
export function keyDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CLAIMLEDGER_KEY_DIR) return path.resolve(env.CLAIMLEDGER_KEY_DIR);
  const config = env.XDG_CONFIG_HOME || path.join(homedir(), '.config');
  return path.join(config, 'claimledger', 'keys');
}

/** The default key file of a ledger origin ("claimledger.local/ledger" → claimledger.local_ledger.key). */
export function defaultKeyFile(origin: string, env: NodeJS.ProcessEnv = process.env): string {
  return path.join(keyDir(env), `${origin.replace(/[^\w.-]+/g, '_')}.key`);
}

const pubOf = (keyFile: string) => keyFile.replace(/\.key$/, '') + '.pub';

export function loadOrCreateSigner(outputDir: string, name: string, privateKeyFile?: string): KeyInfo {
  if (privateKeyFile) {
    if (!existsSync(privateKeyFile)) throw new Error(`the configured signing key ${privateKeyFile} (ledger.privateKey) does not exist`);
    return load(name, privateKeyFile);
  }
  const file = defaultKeyFile(name);
  if (existsSync(file)) return load(name, file);
  const legacy = path.join(outputDir, 'keys', 'ed25519.key');
  if (existsSync(legacy)) {
    return { ...load(name, legacy), warning: `the signing key ${legacy} sits beside the ledger it signs, so whoever can rewrite ${outputDir} can re-sign it: move it to ${file} (or elsewhere, named by ledger.privateKey), and keep the verifier key apart` };
  }
  const signer = generateSigner(name);
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  writeFileSync(file, exportSigner(signer), { mode: 0o600 });
  chmodSync(file, 0o600);
  const verifier = verifierString(name, signer.publicKey);
  writeFileSync(pubOf(file), verifier + '\n');
  return { signer, verifier, created: true, privateKeyFile: file, publicKeyFile: pubOf(file) };
}

function load(name: string, file: string): KeyInfo {
  const signer = importSigner(name, readFileSync(file, 'utf8'));
  return { signer, verifier: verifierString(name, signer.publicKey), created: false, privateKeyFile: file, ...(existsSync(pubOf(file)) ? { publicKeyFile: pubOf(file) } : {}) };
}

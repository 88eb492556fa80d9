// The signing key: created on first use in output/keys/ (private key mode 0600), or given in the config.
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exportSigner, generateSigner, importSigner, verifierString, type Signer } from './sign.js';

export interface KeyInfo { signer: Signer; verifier: string; created: boolean; privateKeyFile: string }

export function loadOrCreateSigner(outputDir: string, name: string, privateKeyFile?: string): KeyInfo {
  const file = privateKeyFile ?? path.join(outputDir, 'keys', 'ed25519.key');
  if (existsSync(file)) {
    const signer = importSigner(name, readFileSync(file, 'utf8'));
    return { signer, verifier: verifierString(name, signer.publicKey), created: false, privateKeyFile: file };
  }
  if (privateKeyFile) throw new Error(`the configured signing key ${privateKeyFile} does not exist`);
  const signer = generateSigner(name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, exportSigner(signer), { mode: 0o600 });
  chmodSync(file, 0o600);
  const verifier = verifierString(name, signer.publicKey);
  writeFileSync(path.join(path.dirname(file), 'ed25519.pub'), verifier + '\n');
  return { signer, verifier, created: true, privateKeyFile: file };
}

// pipeline.config.json: read, validated against schemas/config.schema.json, defaults filled in.
import { readFileSync } from 'node:fs';
import canonicalize from 'canonicalize';
import { check } from './validate.js';
import { sha256Hex } from './hash.js';

export interface Config {
  version: 1;
  input: string;
  output: string;
  limits: { maxBytes: number; maxTextChars: number; timeoutMs: number };
  attribution: { minFragmentWords: number; continueSpeakerAcrossParagraphs: boolean };
  /** statementThreshold: unset means the threshold fitted with the weights (statement-weights.json) */
  claims: { statements: boolean; statementThreshold?: number };
  ledger: { origin: string; privateKey?: string; publicKey?: string };
  /** the derived index (reindex, audit, query, export): not part of any ledger entry */
  tracking: { nearWordShare: number; minClusterWords: number; pronounChainChars: number };
}

export const defaultConfig: Config = {
  version: 1,
  input: 'input',
  output: 'output',
  limits: { maxBytes: 10_000_000, maxTextChars: 1_000_000, timeoutMs: 60_000 },
  attribution: { minFragmentWords: 3, continueSpeakerAcrossParagraphs: true },
  claims: { statements: true },
  ledger: { origin: 'claimledger.local/ledger' },
  tracking: { nearWordShare: 0.6, minClusterWords: 4, pronounChainChars: 1500 },
};

export class ConfigError extends Error {
  constructor(message: string, public path: string, public hint: string) { super(message); this.name = 'ConfigError'; }
}

const hints: Record<string, string> = {
  additionalProperties: 'remove the unknown key or check its spelling against schemas/config.schema.json',
  type: 'give the value the type the schema names',
  minimum: 'raise the value to at least the minimum',
  maximum: 'lower the value to at most the maximum',
  const: 'use the value the schema requires (version is 1)',
  required: 'add the missing key',
  minLength: 'give a non-empty value',
};

/** Validates a parsed config and fills in defaults. Throws ConfigError with the ajv path and a fix hint. */
export function resolveConfig(raw: unknown, source = 'config'): Config {
  const problem = check('config', raw);
  if (problem) {
    throw new ConfigError(`${source}: ${problem.path} ${problem.message}`, problem.path, hints[problem.keyword] ?? 'see schemas/config.schema.json');
  }
  const r = raw as Partial<Config>;
  return {
    ...defaultConfig,
    ...r,
    $schema: undefined,
    limits: { ...defaultConfig.limits, ...r.limits },
    attribution: { ...defaultConfig.attribution, ...r.attribution },
    claims: { ...defaultConfig.claims, ...r.claims },
    ledger: { ...defaultConfig.ledger, ...r.ledger },
    tracking: { ...defaultConfig.tracking, ...r.tracking },
  } as Config;
}

export function loadConfig(file: string): Config {
  let text: string;
  try { text = readFileSync(file, 'utf8'); } catch (e) {
    throw new ConfigError(`cannot read ${file}: ${(e as Error).message}`, '/', 'pass an existing file with --config');
  }
  let raw: unknown;
  try { raw = JSON.parse(text); } catch (e) {
    throw new ConfigError(`${file} is not JSON: ${(e as Error).message}`, '/', 'fix the JSON syntax (a trailing comma or a missing quote)');
  }
  return resolveConfig(raw, file);
}

/** The hash of the settings that change what the pipeline produces (paths do not count). */
export function configHash(c: Config): string {
  const { input: _i, output: _o, ledger: _l, limits: _m, tracking: _t, ...rest } = c;
  return sha256Hex(canonicalize({ ...rest, $schema: undefined }) ?? '');
}

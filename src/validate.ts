// Every schema in schemas/ compiled once. The built code uses the validators the build compiled ahead
// of time (dist/schemas.cjs, dist/ledger/entry-schema.cjs from scripts/build-validators.mjs) and never
// loads Ajv; the tests, on the sources, use one Ajv instance that compiles each schema on first use.
import type { Ajv2020 as Ajv2020Type, ErrorObject, Options, ValidateFunction } from 'ajv/dist/2020.js';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const schemaDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../schemas');
const require = createRequire(import.meta.url);

/** A new Ajv with this project's options, the formats and every schema in schemas/ (the build uses it for standalone code). */
export function newAjv(extra: Options = {}): Ajv2020Type {
  const { Ajv2020 } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const addFormats = require('ajv-formats') as (a: Ajv2020Type) => void;
  // (unicodeRegExp off: every pattern in schemas/ is ASCII, and a regular expression without the u flag runs faster)
  const ajv = new Ajv2020({ allErrors: false, strict: true, allowUnionTypes: true, unicodeRegExp: false, ...extra });
  addFormats(ajv);
  for (const f of readdirSync(schemaDir).filter((n) => n.endsWith('.schema.json')).sort()) {
    ajv.addSchema(JSON.parse(readFileSync(path.join(schemaDir, f), 'utf8')));
  }
  return ajv;
}

let shared: Ajv2020Type | undefined;
export const schemaId = (name: string) => `https://claimledger.dev/schemas/${name}.schema.json`;

/** The validators the build compiled ahead of time (dist/schemas.cjs), when this is the built code; else none. */
let ahead: Record<string, ValidateFunction> | null | undefined;
function aheadOfTime(): Record<string, ValidateFunction> | null {
  if (ahead === undefined) {
    try { ahead = fileURLToPath(import.meta.url).endsWith('.js') ? (require('./schemas.cjs') as Record<string, ValidateFunction>) : null; } catch { ahead = null; }
  }
  return ahead;
}

function compiled(key: string, name: string): ValidateFunction {
  const pre = aheadOfTime()?.[key];
  if (pre) return pre;
  shared ??= newAjv();
  const v = shared.getSchema(schemaId(name));
  if (!v) throw new Error(`schema ${name} is missing from ${schemaDir}`);
  return v;
}

export const schemaFiles = {
  config: 'config',
  article: 'article',
  claim: 'claim',
  ledgerEntry: 'ledger-entry',
  reject: 'reject',
  claimReview: 'claimreview',
  schemaClaim: 'schema-claim',
  exportRecord: 'export-record',
} as const;

/** Every schema compiled once, on its first use (a worker that checks ledger lines compiles only those). */
export const validators = Object.defineProperties({} as Record<keyof typeof schemaFiles, ValidateFunction>, Object.fromEntries(
  Object.entries(schemaFiles).map(([k, file]) => {
    let v: ValidateFunction | undefined;
    return [k, { enumerable: true, get: () => (v ??= compiled(k, file)) }];
  }),
));
export type SchemaName = keyof typeof schemaFiles;

export interface ValidationProblem { schema: SchemaName; path: string; keyword: string; message: string }

/** The first error of a validate function that returned false, as data. */
export function problemOf(schema: SchemaName, errors: ErrorObject[] | null | undefined): ValidationProblem {
  const e = (errors ?? [])[0];
  return { schema, path: e?.instancePath || '/', keyword: e?.keyword ?? 'unknown', message: e ? `${e.message ?? 'invalid'}${e.params && Object.keys(e.params).length ? ' ' + JSON.stringify(e.params) : ''}` : 'invalid' };
}

/** Returns null when `value` passes the schema, else the first error as data. */
export function check(schema: SchemaName, value: unknown): ValidationProblem | null {
  const v = validators[schema];
  return v(value) ? null : problemOf(schema, v.errors);
}

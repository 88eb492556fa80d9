// One Ajv instance; every schema in schemas/ is added and compiled once, here.
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const schemaDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../schemas');

const ajv = new Ajv2020({ allErrors: false, strict: true, allowUnionTypes: true });
const addFormats = addFormatsModule as unknown as (a: Ajv2020) => void;
addFormats(ajv);
for (const f of readdirSync(schemaDir).filter((n) => n.endsWith('.schema.json')).sort()) {
  ajv.addSchema(JSON.parse(readFileSync(path.join(schemaDir, f), 'utf8')));
}

const id = (name: string) => `https://claimledger.dev/schemas/${name}.schema.json`;
function compiled(name: string): ValidateFunction {
  const v = ajv.getSchema(id(name));
  if (!v) throw new Error(`schema ${name} is missing from ${schemaDir}`);
  return v;
}

const names = {
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
export const validators = Object.defineProperties({} as Record<keyof typeof names, ValidateFunction>, Object.fromEntries(
  Object.entries(names).map(([k, file]) => {
    let v: ValidateFunction | undefined;
    return [k, { enumerable: true, get: () => (v ??= compiled(file)) }];
  }),
));
export type SchemaName = keyof typeof names;

export interface ValidationProblem { schema: SchemaName; path: string; keyword: string; message: string }

/** Returns null when `value` passes the schema, else the first error as data. */
export function check(schema: SchemaName, value: unknown): ValidationProblem | null {
  const v = validators[schema];
  if (v(value)) return null;
  const e = (v.errors ?? [])[0] as ErrorObject | undefined;
  return { schema, path: e?.instancePath || '/', keyword: e?.keyword ?? 'unknown', message: e ? `${e.message ?? 'invalid'}${e.params && Object.keys(e.params).length ? ' ' + JSON.stringify(e.params) : ''}` : 'invalid' };
}

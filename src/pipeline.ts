// The only place the order of the stages is written. processArticle never sees argv, files or queues.
import { ArticleError, type ArticleFile, type ArticleInput } from './article.js';
import type { Config } from './config.js';
import { sha256Hex } from './hash.js';
import { decode } from './stages/decode.js';
import { extract } from './stages/extract.js';
import { segment } from './stages/segment.js';
import { attribute } from './stages/attribute/index.js';
import { claims } from './stages/claims.js';
import { validate } from './stages/validate.js';

export type ProcessResult = { ok: true; file: ArticleFile } | { ok: false; code: string; message: string; sha256Raw: string };

/**
 * The caller's id, else one made from the input's name: its path inside the input folder, each part
 * with characters other than letters, digits, '.', '_' and '-' made '-' ("d1/index.html",
 * "batch.jsonl-9"); of an absolute path only the file name (no local folders in ids).
 */
export function articleId(input: ArticleInput): string {
  if (input.id) return input.id;
  const parts = input.name.split(/[\\/]+/);
  const kept = /^([\\/]|[A-Za-z]:)/.test(input.name) ? parts.slice(-1) : parts.filter((p) => p && p !== '.' && p !== '..');
  return kept.map((p) => p.replace(/[^\w.-]+/g, '-')).join('/') || 'article';
}

/** The raw bytes' SHA-256: with the config hash, what says an input is in the ledger already. */
export function rawHash(i: ArticleInput): string {
  // (a string is hashed as its UTF-8 bytes, encoded inside the hash call: no Buffer is made)
  return sha256Hex(i.raw);
}

/** `sha256Raw`: the raw bytes' hash when the caller has it already (a run hashes them to skip what is in the ledger). */
export function processArticle(input: ArticleInput, config: Config, sha256Raw = rawHash(input)): ProcessResult {
  try {
    const bytes = typeof input.raw === 'string' ? Buffer.byteLength(input.raw, 'utf8') : input.raw.length;
    if (bytes > config.limits.maxBytes) throw new ArticleError('TOO_LARGE', `${input.name} is ${bytes} bytes, over the limit of ${config.limits.maxBytes} (limits.maxBytes)`);
    const decoded = decode(input.raw, input.name, input.mediaType);
    const file: ArticleFile = {
      id: articleId(input),
      input: { name: input.name, mediaType: decoded.mediaType, charset: decoded.charset, sha256Raw, bytes, ...(input.url ? { url: input.url } : {}) },
      text: '', sha256Text: '', meta: { sources: {} }, paragraphs: [], data: { sentences: [], claims: [] }, messages: [],
    };
    extract(file, decoded.text);                 // 1. body text frozen, paragraphs, metadata
    // (a page of 20 MB is mostly markup; its text is what costs memory downstream: a worker holds about 1.9 MB of
    //  dense quoted text in its 256 MB, and a novel-length article is under 1,000,000 characters)
    if (file.text.length > config.limits.maxTextChars) throw new ArticleError('TOO_LARGE', `${input.name}: its text is ${file.text.length} characters, over the limit of ${config.limits.maxTextChars} (limits.maxTextChars)`);
    file.sha256Text = sha256Hex(file.text);
    if (input.published && !file.meta.published) { file.meta.published = input.published; file.meta.sources.published = 'input'; }
    segment(file);                               // 2. sentences
    attribute(file, config);                     // 3. quotations and reported speech, speakers, cues
    claims(file, config);                        // 4. check-worthy statements; stable claim ids
    validate(file);                              // 5. spans and schema
    return { ok: true, file };
  } catch (e) {
    if (e instanceof ArticleError) return { ok: false, code: e.code, message: e.message, sha256Raw };
    throw e;
  }
}

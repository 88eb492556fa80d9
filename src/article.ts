// The carrier: one ArticleFile flows through every stage (extract → segment → attribute → claims →
// validate). Stages add data and messages; none does I/O and none rewrites `text` once extract froze it.
import type { Span, TextSpan } from './span.js';

export type MediaType = 'text/html' | 'text/plain';
export type ClaimType = 'direct' | 'partial' | 'indirect' | 'statement';

export interface ArticleInput {
  /** caller's id (JSONL) or undefined: then derived from the name */
  id?: string;
  /** file path, JSONL line reference or "-" */
  name: string;
  /** the bytes as read, or a JS string (JSONL `text`/`html` fields) */
  raw: Uint8Array | string;
  mediaType?: MediaType;
  url?: string;
  published?: string;
}

export interface Speaker {
  /** the fullest form of the name in the article (or the mention itself when nothing fuller is known) */
  name: string;
  /** the mention that grounds the attribution (a name, surname, pronoun or role noun in the text) */
  mention: TextSpan;
  role?: string;
  kind: 'person' | 'organization' | 'group' | 'unknown';
  /** how the mention was resolved to the name */
  via: 'name' | 'surname' | 'pronoun' | 'role' | 'continuation' | 'introduction' | 'organization' | 'group';
}

export interface Claim {
  id: string;
  type: ClaimType;
  text: string;
  start: number;
  end: number;
  speaker: Speaker | null;
  cue: TextSpan | null;
  paragraph: number;
  /** a quotation inside reported speech: the reported clause around it */
  clause?: TextSpan;
  /** the id of the rule that made the claim (attribution: src/stages/attribute/rules.ts; statements: statement) */
  rule?: string;
  score?: number;
  features?: Record<string, unknown>;
}

export interface Message {
  code: string;
  severity: 'info' | 'warning' | 'error';
  stage: string;
  reason: string;
  start?: number;
  end?: number;
}

export type MetaField = 'title' | 'authors' | 'publisher' | 'published' | 'modified' | 'url' | 'language' | 'section' | 'description';

export interface Meta {
  title?: string;
  authors?: string[];
  publisher?: string;
  published?: string;
  modified?: string;
  url?: string;
  language?: string;
  section?: string;
  description?: string;
  /** where each field came from (json-ld, opengraph, meta, text, input) */
  sources: Partial<Record<MetaField, string>>;
}

export interface Paragraph extends Span {
  kind: 'body' | 'heading' | 'boilerplate';
  /** for HTML input: a CSS path to the source element */
  path?: string;
  /** for boilerplate: what it is (headline, outlet, byline, footer) */
  role?: string;
}

export interface Sentence extends Span { paragraph: number }

export interface ArticleFile {
  id: string;
  input: { name: string; mediaType: MediaType; charset: string; sha256Raw: string; bytes: number; url?: string };
  /** the frozen article text: every offset counts into it */
  text: string;
  sha256Text: string;
  meta: Meta;
  paragraphs: Paragraph[];
  data: { sentences: Sentence[]; claims: Claim[] };
  messages: Message[];
}

/** An article that cannot go on: carries a stable reason code for the rejects file. */
export class ArticleError extends Error {
  constructor(public code: string, message: string) { super(message); this.name = 'ArticleError'; }
}

export function message(file: ArticleFile, stage: string, code: string, reason: string, at?: Span, severity: Message['severity'] = 'warning'): void {
  file.messages.push({ code, severity, stage, reason, ...(at ? { start: at.start, end: at.end } : {}) });
}

export function fail(code: string, reason: string): never {
  throw new ArticleError(code, reason);
}

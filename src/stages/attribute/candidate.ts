// A claim in the making: the span the rules found, the mention and cue they read, and the rule's id.
// Resolution (resolve.ts) turns the mention into a Speaker; index.ts turns candidates into claims.
import type { ClaimType, Speaker } from '../../article.js';
import type { Mention } from './mentions.js';

export interface Candidate {
  type: ClaimType;
  start: number;
  end: number;
  paragraph: number;
  mention?: Mention;
  cue?: { start: number; end: number };
  /** take speaker and cue from another candidate (split quotes, continued paragraphs) */
  from?: Candidate;
  via?: Speaker['via'];
  speaker?: Speaker | null;
  /** for a quotation inside reported speech: the reported clause that frames it */
  clause?: { start: number; end: number };
  /** the id of the rule that made the claim */
  rule?: string;
}

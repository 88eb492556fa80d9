// Stage 1, extract: decoded input → frozen text, paragraphs (body / heading / boilerplate) and metadata.
import { fail, message, type ArticleFile } from '../article.js';
import { extractHtml } from './extract-html.js';
import { extractText } from './extract-text.js';

export const EXTRACTOR_VERSION = 'claimledger-extract/1';

/** Fills file.text, file.paragraphs and file.meta from `decoded` (the input as a string). */
export function extract(file: ArticleFile, decoded: string): void {
  if (file.input.mediaType === 'text/html') {
    const r = extractHtml(decoded);
    file.text = r.text;
    file.paragraphs = r.paragraphs;
    file.meta = r.meta;
  } else {
    const r = extractText(decoded);
    file.text = decoded;
    file.paragraphs = r.paragraphs;
    file.meta = r.meta;
  }
  if (file.input.url && !file.meta.url) { file.meta.url = file.input.url; file.meta.sources.url = 'input'; }
  if (!file.paragraphs.some((p) => p.kind === 'body')) fail('NO_BODY', `${file.input.name}: no article body was found`);
  const bodyChars = file.paragraphs.filter((p) => p.kind === 'body').reduce((n, p) => n + p.end - p.start, 0);
  if (bodyChars < 200) message(file, 'extract', 'SHORT_BODY', `the article body is only ${bodyChars} characters long`);
}

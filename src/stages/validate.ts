// Stage 5, validate: every span points at its text, and the record passes schemas/article.schema.json.
import { fail, type ArticleFile } from '../article.js';
import { assertSpan } from '../span.js';
import { check } from '../validate.js';
import { toRecord } from '../record.js';

export function validate(file: ArticleFile): void {
  for (const c of file.data.claims) {
    assertSpan(file.text, c, `claim ${c.id}`);
    if (c.speaker) assertSpan(file.text, c.speaker.mention, `speaker mention of ${c.id}`);
    if (c.cue) assertSpan(file.text, c.cue, `cue of ${c.id}`);
  }
  const problem = check('article', toRecord(file));
  if (problem) fail('INVALID_RECORD', `the record does not pass ${problem.schema}: ${problem.path} ${problem.message}`);
}

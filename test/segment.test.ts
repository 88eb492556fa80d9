import { describe, expect, it } from 'vitest';
import { sentenceSpans } from '../src/stages/segment.js';

// [paragraph, expected sentences] — written for this project
const table: [string, string[]][] = [
  ['He left. She stayed.', ['He left.', 'She stayed.']],
  ['“We won.” The crowd cheered.', ['“We won.”', 'The crowd cheered.']],
  ['Mr. Smith met Dr. Jones in the U.S. Senate on Jan. 5.', ['Mr. Smith met Dr. Jones in the U.S. Senate on Jan. 5.']],
  ['The ban stops them entering the U.S. The plan drew criticism.', ['The ban stops them entering the U.S.', 'The plan drew criticism.']],
  ['She moved to Washington, D.C. It was 1990.', ['She moved to Washington, D.C.', 'It was 1990.']],
  ['He spoke to Sen. The Honorable Jane Doe and Gov. Smith.', ['He spoke to Sen. The Honorable Jane Doe and Gov. Smith.']],
  ['The unit was led by then-Cmdr. Jon Burge for years.', ['The unit was led by then-Cmdr. Jon Burge for years.']],
  ['It rose 3.5 percent. Prices fell.', ['It rose 3.5 percent.', 'Prices fell.']],
  ['Is it over? Not yet!', ['Is it over?', 'Not yet!']],
  ['J. R. Smith spoke first. Then others did.', ['J. R. Smith spoke first.', 'Then others did.']],
  ['Who knows… Nobody does.', ['Who knows…', 'Nobody does.']],
];

describe('sentenceSpans', () => {
  it.each(table)('%s', (p, expected) => {
    expect(sentenceSpans(p, 0, p.length).map((s) => p.slice(s.start, s.end))).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { findQuotes } from '../src/stages/attribute/quotes.js';
import { splitParagraphs } from '../src/stages/extract-text.js';

const quotes = (text: string) => findQuotes(text, splitParagraphs(text).map((p) => ({ ...p, kind: 'body' as const }))).map((q) => text.slice(q.start, q.end));

// [text, expected quotation contents] — written for this project
const table: [string, string, string[]][] = [
  ['curly', '“We won,” she said.', ['We won,']],
  ['straight', '"We won," she said.', ['We won,']],
  ['mixed marks', '“We won the vote," she said.', ['We won the vote,']],
  ['stray space after the mark', '“\u00a0We are close,” he said.', ['We are close,']],
  ['split by attribution', '“A is true,” she said. “B is also true.”', ['A is true,', 'B is also true.']],
  ['nested single quotes stay inside', '“He told me ‘never again’ and left,” she said.', ['He told me ‘never again’ and left,']],
  ['multi-paragraph', '“First part of it.\n\n“Second part of it.\n\n“Last part,” he said.', ['First part of it.\n\n“Second part of it.\n\n“Last part,']],
  ['unbalanced mark does not swallow text', 'She said “yes and left.\n\nNext paragraph here.', []],
  ['quote paragraph never closed', '“A quote paragraph with no close\n\nAnother paragraph.', ['A quote paragraph with no close']],
  ['apostrophes are not marks', 'It’s the people’s choice, he said.', []],
  ['a closing mark that opens a paragraph', '”Fear. I am truly afraid of what comes next.” ― Karen Diaz.', ['Fear. I am truly afraid of what comes next.']],
  ['an opening mark that closes', 'The site rated the claim “Mostly False.“ Then it moved on.', ['Mostly False.']],
  ['a stray straight mark opening a line of a typographic article', '“One,” he said. “Two,” she said.\n\n"Later that week, she told the board it was a “bad idea,” and left.\n\n“Three,” he said. “Four,” she said.',
    ['One,', 'Two,', 'bad idea,', 'Three,', 'Four,']],
  ['a straight quote paragraph in a straight article still counts', '"One," he said.\n\n"A quote paragraph with no close\n\nAnother paragraph.', ['One,', 'A quote paragraph with no close']],
];

describe('findQuotes', () => {
  it.each(table)('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('newswire marks', () => {
  it.each([
    ["''We will win,'' he said.", ['We will win,']],
    ["``We will win,'' he said.", ['We will win,']],
    ["It's the workers' union, he said.", []],
  ])('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('quotes inside quotes', () => {
  it.each([
    ['curly inside straight', '"I read you the question: “Do you agree?” Most said yes," he said.', ['I read you the question: “Do you agree?” Most said yes,']],
    ['straight inside straight', '"He called it "a disaster" on air," she said.', ['He called it "a disaster" on air,']],
    ['a closed quote does not leak into the next paragraph', '"A long quote with “inner” marks ends here."\n\n“Next quote,” he said.', ['A long quote with “inner” marks ends here.', 'Next quote,']],
  ])('%s', (_n, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('multi-paragraph quotations', () => {
  it('reopen with a mark of the same family only', () => {
    const text = '"An excerpt begins here.\n\n“A quote inside it,” she said.\n\n"The excerpt goes on."';
    expect(quotes(text)).toEqual(['An excerpt begins here.', 'A quote inside it,', 'The excerpt goes on.']);
  });
});

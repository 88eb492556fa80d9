import { describe, expect, it } from 'vitest';
import { findQuotes, headlineIndex } from '../src/stages/attribute/quotes.js';
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

describe('single marks', () => {
  const withHeadline = (headline: string, body: string) => {
    const text = `${headline}\n\n${body}`;
    const paragraphs = splitParagraphs(text).map((p, i) => ({ ...p, kind: 'body' as const, ...(i === 0 ? { role: 'headline' } : {}) }));
    return findQuotes(text, paragraphs).map((q) => text.slice(q.start, q.end));
  };
  it.each([
    ['quote in the headline, not in a body set in double marks', 'Mayor: ‘We Will Rebuild’', 'The mayor’s office called the plan “big” and ‘ambitious’ at best.', ['We Will Rebuild', 'big']],
    ['straight single marks in the headline', "Mayor Says Plan Is 'Ambitious' And 'Fair'", 'Nothing else.', ['Ambitious', 'Fair']],
    ['an apostrophe at a word end closes nothing', 'Voters’ Choice: ‘It’s Time’ For Change', 'Nothing else.', ['It’s Time']],
  ])('%s', (_name, headline, body, expected) => {
    expect(withHeadline(headline, body)).toEqual(expected);
  });
  it('quote an article set in single marks (British style)', () => {
    expect(quotes('‘We are ready,’ the minister said.\n\nShe added: ‘The vote is on Tuesday.’ Her aide’s notes agreed.'))
      .toEqual(['We are ready,', 'The vote is on Tuesday.']);
  });
  it('stay apostrophes and nested marks in an article set in double marks', () => {
    expect(quotes('Intro line of the story here.\n\n“It’s the ‘best’ plan,” she said. The mayor’s aide called it ‘bold’.'))
      .toEqual(['It’s the ‘best’ plan,']);
  });
});

describe('the headline', () => {
  const para = (text: string, extra: object) => [{ start: 0, end: text.indexOf('\n\n') < 0 ? text.length : text.indexOf('\n\n'), kind: 'body' as const, ...extra }];
  it.each([
    ['marked by extraction', 'Mayor vows to fight on', { kind: 'boilerplate', role: 'headline' }, 0],
    ['one line in title case', 'Mayor Vows To Fight On After Council Vote.', {}, 0],
    ['a sentence-case first paragraph is body text', 'The mayor vowed on Monday to fight on after the council vote.', {}, -1],
    ['a sub-heading or standfirst is no headline', '“We will see things no other platform can do,” says Ana Ruiz, director of games.', { kind: 'heading' }, -1],
  ])('%s', (_name, text, extra, want) => {
    expect(headlineIndex(text, para(text, extra) as never)).toBe(want);
  });
});

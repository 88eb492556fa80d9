import { describe, expect, it } from 'vitest';
import { article, run } from './helpers.js';
import { plausibleSpeaker } from '../src/stages/attribute/clauses.js';

// The table of single-claim rows that stood here now lives with the rules, as their own examples with
// every claim of each example (src/stages/attribute/rules.ts, run by test/rules.test.ts).

describe('attribution', () => {
  it('reported speech with quoted words is one claim: the quotation, with the clause around it', () => {
    const file = run(article('Mayor John Hill said the plan was “a disaster waiting to happen” for the city.'));
    const claims = file.data.claims.filter((c) => c.type !== 'statement');
    expect(claims.map((c) => c.type)).toEqual(['partial']);
    expect(claims[0].clause?.text).toBe('the plan was “a disaster waiting to happen” for the city');
    expect(file.text.slice(claims[0].clause!.start, claims[0].clause!.end)).toBe(claims[0].clause!.text);
  });

  it('a passive cue does not make its subject the speaker', () => {
    const file = run(article('The doctor has been called a fraud by his peers for selling “quack” cures.', 'The mayor was told that the budget would shrink.'));
    expect(file.data.claims.filter((c) => c.type !== 'statement').map((c) => c.speaker?.name)).not.toContain('The doctor');
    expect(file.data.claims.filter((c) => c.type !== 'statement').map((c) => c.speaker?.name)).not.toContain('The mayor');
  });

  it('a transcript: each labelled turn is a quotation of its speaker, long answers included', () => {
    const file = run(article('Governor Mike Dane spoke to the host on Sunday. Partial transcript as follows:',
      '"HOST: Will you run again next year?', '"DANE: Well, look, I have not decided. My family comes first.',
      '"But I will say this: the state is in good shape.', '"(CROSSTALK.)', '"HOST: Thank you, Governor.'));
    const q = file.data.claims.filter((c) => c.type === 'direct');
    expect(q.map((c) => [c.text, c.speaker?.name])).toEqual([
      ['Will you run again next year?', 'Host'],
      ['Well, look, I have not decided. My family comes first.\n\n"But I will say this: the state is in good shape.', 'Mike Dane'],
      ['Thank you, Governor.', 'Host'],
    ]);
    expect(q.every((c) => c.cue?.text === ':')).toBe(true);
  });

  it('labelled notes are not a transcript', () => {
    const file = run(article('UPDATE: This story was updated on Monday with new figures from the city.', 'BREAKING: The council has called an emergency session for Friday night.', 'CORRECTION: An earlier version gave the wrong date for the vote.'));
    expect(file.data.claims.filter((c) => c.type === 'direct')).toEqual([]);
  });

  it('a so-called term is never a quotation', () => {
    const file = run(article('The senator said the so-called “pass through” rule would cost billions.'));
    expect(file.data.claims.filter((c) => c.type === 'partial' || c.type === 'direct')).toEqual([]);
  });

  it('split quotes share one speaker', () => {
    const file = run(article('“The first part is done,” Ana Lopez said. “The second part starts in June.”'));
    const q = file.data.claims.filter((c) => c.type === 'direct');
    expect(q.map((c) => c.speaker?.name)).toEqual(['Ana Lopez', 'Ana Lopez']);
  });

  it('a quote paragraph with no attribution continues the previous speaker', () => {
    const file = run(article('“We came here to work,” said coach Ben Carter.', '“And we will keep working until the season ends.”'));
    const q = file.data.claims.filter((c) => c.type === 'direct');
    expect(q).toHaveLength(2);
    expect(q[1].speaker?.name).toBe('Ben Carter');
    expect(q[1].speaker?.via).toBe('continuation');
  });

  it.each([
    ['scare quotes', 'The so-called “reform” left most people worse off than before.'],
    ['a film title', 'The film “Gone With the Wind” was shown at the festival again this year.'],
    ['nicknames inside names', 'State Del. Marcia "Cia" Pryce said the vote was close.'],
    ['a name after "known as"', 'The tax would be a version of what has become known as the “millionaire rule” after a speech by the senator.'],
  ])('%s are not claims', (_n, p) => {
    const file = run(article(p));
    expect(file.data.claims.filter((c) => c.type === 'direct' || c.type === 'partial')).toEqual([]);
  });
});

describe('not reported speech', () => {
  it.each([
    ['a bare "state" before a name is a noun', 'Battleground state Florida is nearly 3% Polish American.'],
    ['"told" with a hearer and no clause', 'Senator Lena Park told The Daily Ledger on Thursday.'],
    ['"called into" a programme is a phone call', 'Her sister called into the radio program when she was home sick.'],
    ['a copula inside the phrase before a noun of saying', 'For someone who has never held office, these are important questions.'],
    ['an idiom of supposing', 'Let\'s say you think a degree will cost $160,000 in 18 years.'],
    ['a hearer, then not "about"', 'The governor spoke to a gathering of oil industry leaders in Denver.'],
    ['a topic verb whose subject is not next to it', 'The senator, after railing against the tax plan for months, produced a plan of her own.'],
    ['an answer, not a clause', 'The council said no to the new stadium once again.'],
    ['a plural noun before an auxiliary', 'Health worries have dogged the governor since the spring.'],
    ['an idiom of saying', 'Having said that, there are some economists who doubt the plan.'],
    ['a cue inside a relative clause whose verb follows it', 'Everything the governor says is checked by the fact-checkers.'],
    ['a noun after a determiner', 'Still, these are important questions for the council to answer.'],
    ['a plural noun after a number', 'Twenty-seven states led by Ohio are challenging the new rules.'],
  ])('%s', (_n, p) => {
    const file = run(article(p));
    expect(file.data.claims.filter((c) => c.type === 'indirect').map((c) => c.text)).toEqual([]);
  });
});

describe('titles in title case are not speech', () => {
  it.each([
    'He told the audience of “Meet the Press” that nothing had changed in the talks.',
    'She appeared on CNN’s “State of the Union” on Sunday morning with her husband.',
  ])('%s', (p) => {
    const file = run(article(p));
    expect(file.data.claims.filter((c) => c.type === 'direct' || c.type === 'partial').map((c) => c.text)).toEqual([]);
  });
});

describe('a trailing clause with an object of its own is not a trailing attribution', () => {
  it('"…, he barely mentioned climate change": the object is the content, not the clause before', () => {
    const file = run(article('Campaigning across the state in 2012, he barely mentioned climate change.'));
    const texts = file.data.claims.filter((c) => c.type === 'indirect').map((c) => c.text);
    expect(texts).not.toContain('Campaigning across the state in 2012');
  });
});

describe('holidays and sentence-initial participles are not people', () => {
  it.each([
    ['The march ended on Labor Day.', 'Labor Day'],
    ['Chastened, the team went home.', 'Chastened'],
  ])('%s', (p, name) => {
    const file = run(article(p, '“We will be back next year,” he said.'));
    expect(file.data.claims.find((c) => c.type === 'direct')?.speaker?.name).not.toBe(name);
  });
});

describe('roles are role words only', () => {
  it.each([
    ['The guests included the singer Stevie Ray Dunn.\n\n“I have not seen it yet,” Dunn said.', undefined],
    ['“We will win,” said coach Ben Carter.', 'Coach'],
    ['“We will win,” said Ben Carter, a local farmer.', 'Local farmer'],
    ['Experts met in Oslo.\n\nAccording to Ben Carter, the summit effectively laid the groundwork for the physical presence of troops:\n\n“This is the summit’s tangible outcome.”', undefined],
  ])('%s', (p, role) => {
    const file = run(article(p));
    expect(file.data.claims.find((c) => c.type === 'direct')?.speaker?.role).toBe(role);
  });
  it('a relative pronoun before the cue stands for the noun phrase', () => {
    const file = run(article('The guests included Stevie Ray Dunn, who joked of the museum, “I have not seen it yet, but I am going to.”'));
    expect(file.data.claims.find((c) => c.type === 'direct')?.speaker?.name).toBe('Stevie Ray Dunn');
  });
});

describe('a dateline or heading in capitals is not a person', () => {
  it('"RIVER CITY — …" does not become the speaker a pronoun falls back to', () => {
    const file = run(article('RIVER CITY — The council met on Monday.', '“We will finish the bridge by May,” he said.'));
    const q = file.data.claims.find((c) => c.type === 'direct');
    expect(q?.speaker?.name).not.toBe('RIVER CITY');
  });
});

describe('a clause of manner after a parenthetical attribution is the writer\'s', () => {
  it('drops ", as they …" and keeps the words before the attribution', () => {
    const file = run(article('The new tunnel will open in May, transport officials said Friday afternoon, as they toured the site.'));
    expect(file.data.claims.filter((c) => c.type === 'indirect').map((c) => c.text)).toEqual(['The new tunnel will open in May']);
  });
});

describe('a quotation left open is not continued into another speaker\'s', () => {
  const opening = '“It is a disgrace,” Rep. Ana Ruiz said Friday. “If this is how they treat us, we will not forget it\n';
  it.each([
    ['another named speaker: two quotations', '“I have been thinking about where we are as a country,” added Rep. Tom Okafor.', [
      ['It is a disgrace,', 'Ana Ruiz'],
      ['If this is how they treat us, we will not forget it', 'Ana Ruiz'],
      ['I have been thinking about where we are as a country,', 'Tom Okafor'],
    ]],
    ['the same speaker: one quotation over two lines', '“And we will vote,” Ruiz added.', [
      ['It is a disgrace,', 'Ana Ruiz'],
      ['If this is how they treat us, we will not forget it\n“And we will vote,', 'Ana Ruiz'],
    ]],
  ])('%s', (_name, nextLine, want) => {
    const file = run(article(opening + nextLine));
    expect(file.data.claims.filter((c) => c.type === 'direct').map((c) => [c.text, c.speaker?.name])).toEqual(want);
  });
});

describe('reported content that runs on into a quotation ending its paragraph', () => {
  it('keeps the whole clause around the quoted words', () => {
    const file = run(article('Councillor Ines Duarte says she hopes the vote passes, but she knows that “the numbers will be tight.”'));
    const q = file.data.claims.find((c) => c.text === 'the numbers will be tight.');
    expect(q?.speaker?.name).toBe('Ines Duarte');
    expect(q?.clause?.text).toBe('she hopes the vote passes, but she knows that “the numbers will be tight.”');
  });
});

describe('quotations in the headline', () => {
  const story = (headline: string) => [headline, 'Senator Amara Okafor questioned the bank chief for two hours on Tuesday.', 'The hearing ended without a vote.'].join('\n\n');
  it.each([
    ['after a colon, with the speaker named in the body', 'Amara Okafor Grills Bank Chief: ‘You Should Resign.’', [['direct', 'You Should Resign.', 'Amara Okafor']]],
    ['four words or more, after a verb', 'Amara Okafor Speaks ‘Directly To Bank Customers’ After Hearing', [['partial', 'Directly To Bank Customers', 'Amara Okafor']]],
    ['a short name before the colon', 'Okafor: ‘We Want Answers.’', [['direct', 'We Want Answers.', 'Amara Okafor']]],
    ['one or two words with no colon are a label, not a claim', 'Okafor Calls Bank ‘Reckless’ At Hearing', []],
  ])('%s', (_name, headline, want) => {
    const file = run(story(headline));
    const inHeadline = file.data.claims.filter((c) => c.type !== 'statement' && c.end <= headline.length);
    expect(inHeadline.map((c) => [c.type, c.text, c.speaker?.name])).toEqual(want);
  });
});

describe('a time after a topic verb is no topic', () => {
  it('"spoke on Wednesday" reports nothing', () => {
    const file = run(article('Jonas Weller spoke on Wednesday at the town hall.'));
    expect(file.data.claims.filter((c) => c.type === 'indirect').map((c) => c.text)).toEqual([]);
  });
});

describe('no claim', () => {
  it.each([
    ['a particle is no object of "as"', 'The old system, which the mayor fobbed off as an “accidental” failure, cost millions.', 'accidental'],
    ['a passive name is a definition', 'A copy that is changed is called a “modified version” in the licence.', 'modified version'],
    ['a slogan of two sentences is still a slogan', 'The chain ran the campaign under the slogan “Ten minutes a day. A brighter you.” all winter.', 'Ten minutes a day. A brighter you.'],
    ['a quoted letter is no speech', 'The driver shifts to “S” and the car leaps forward.', 'S'],
    ['"refused to say" reports nothing said', 'The mayor refused to say whether the budget was balanced.', 'the budget was balanced'],
  ])('%s', (_name, para, quoted) => {
    const file = run(article(para));
    expect(file.data.claims.filter((c) => c.type !== 'statement' && c.text.includes(quoted)).map((c) => c.text)).toEqual([]);
  });
});

describe('a noun phrase that can speak', () => {
  const noun = (name: string) => ({ kind: 'noun' as const, name, start: 0, end: name.length, first: 0, last: 0 });
  it.each([['economist', true], ['the resident', true], ['supporters', true], ['43-year-old', true], ['ten-year-old', true], ['resist', false], ['insist', false], ['year-old', false]])('%s: %s', (name, want) => {
    expect(plausibleSpeaker(noun(name))).toBe(want);
  });
});

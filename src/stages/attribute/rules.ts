// The attribution rules, in the order they are tried, each with its id, what it reads and its own
// examples: articles (paragraphs joined by blank lines, wrapped in a headline and a closing paragraph
// unless `raw`) in which the rule makes a claim, with every claim the article yields, and articles in
// which it makes none. test/rules.test.ts runs them all; the code that applies a rule names its id
// (quotations.ts, reported.ts, index.ts), and a test checks that every id in the code is listed here and
// every id here is in the code. Every claim carries the id of the rule that made it.
//
// Kinds: a filter says a quoted span is no quotation (its examples yield no claim for that span); a
// quotation rule attributes a quotation; a reported rule finds reported speech and its speaker. For a
// quotation, the filters run first, then its own attribution (after it, before it, a verb that frames
// it), then its neighbours; for a sentence, the framing rules, then every cue with its frame, then a
// closing attribution. A claim of another rule in an example names that rule as its fifth element.
import type { ClaimType } from '../../article.js';

/** [type, text, speaker's name, cue, the rule when it is not the example's own] */
export type ExpectedClaim = [type: ClaimType, text: string, speaker: string | null, cue: string | null, rule?: string | null];

export interface Example { text: string; raw?: boolean; claims: ExpectedClaim[] }

export interface RuleInfo {
  id: string;
  kind: 'filter' | 'quotation' | 'reported';
  description: string;
  yes: Example[];
  no: string[];
}

export const RULES: RuleInfo[] = [
  {
    id: "quote.not-words",
    kind: 'filter',
    description: "Markup left in the text (attr=\"value\"), quoted numbers, links and single letters are no quotation",
    yes: [
      {
        text: "The driver shifts to “S” and the car leaps forward.",
        claims: [

        ],
      },
    ],
    no: [],
  },
  {
    id: "quote.so-called",
    kind: 'filter',
    description: "A term announced as \"so-called\" is a scare quote, never somebody's words",
    yes: [
      {
        text: "The senator said the so-called “pass through” rule would cost billions.",
        claims: [
          ["indirect","the so-called “pass through” rule would cost billions","The senator","said","reported.bare"],
        ],
      },
    ],
    no: [],
  },
  {
    id: "quote.named-as",
    kind: 'filter',
    description: "A name given with \"known as\", \"referred to as\", \"billed as\" is no quotation",
    yes: [
      {
        text: "The tax would be a version of what has become known as the “millionaire rule” after a speech by the senator.",
        claims: [

        ],
      },
    ],
    no: [],
  },
  {
    id: "quote.nickname",
    kind: 'filter',
    description: "A nickname in quotation marks inside a name (Rep. Robert C. \"Bobby\" Scott) is no quotation",
    yes: [
      {
        text: "State Del. Marcia \"Cia\" Pryce said the vote was close.",
        claims: [
          ["indirect","the vote was close","Marcia Pryce","said","reported.bare"],
        ],
      },
    ],
    no: [],
  },
  {
    id: "quote.title",
    kind: 'filter',
    description: "A title or a name (title case after \"on\", \"the\"; after a title word such as \"film\", \"titled\"; title case with no cue next to it) is no quotation",
    yes: [
      {
        text: "The film “Gone With the Wind” was shown at the festival again this year.",
        claims: [

        ],
      },
      {
        text: "He told the audience of “Meet the Press” that nothing had changed in the talks.",
        claims: [
          ["indirect","the audience of “Meet the Press” that nothing had changed in the talks","He","told","reported.bare"],
        ],
      },
      {
        text: "She appeared on CNN’s “State of the Union” on Sunday morning with her husband.",
        claims: [
          ["indirect","on CNN’s “State of the Union” on Sunday morning with her husband","She","appeared","reported.action-with-quote"],
        ],
      },
      {
        text: "The chain ran the campaign under the slogan “Ten minutes a day. A brighter you.” all winter.",
        claims: [

        ],
      },
    ],
    no: [],
  },
  {
    id: "quote.speech-noun",
    kind: 'quotation',
    description: "A noun of saying and its that-clause frame the quoted words (\"his claim that the pair were “not close”\")",
    yes: [
      { // a noun of saying and its that-clause
        text: "The letter was mocked for its prediction that the senator would be “the healthiest person ever elected.”",
        claims: [
          ["partial","the healthiest person ever elected.",null,"prediction"],
        ],
      },
    ],
    no: [],
  },
  {
    id: "quote.scare",
    kind: 'filter',
    description: "A short fragment with no cue, no speaker and no speaking sibling is a scare quote",
    yes: [
      {
        text: "The “reform” left most people worse off than before.",
        claims: [

        ],
      },
    ],
    no: [],
  },
  {
    id: "quote.after-per",
    kind: 'quotation',
    description: "“…,” per X: \"per\" names the source as \"according to\" does",
    yes: [
      { // per X after the quote
        text: "A proxy vote “is not allowed to fill a vacancy on the ticket,” per the party’s bylaws.",
        claims: [
          ["partial","is not allowed to fill a vacancy on the ticket,","the party’s bylaws","per"],
        ],
      },
    ],
    no: [],
  },
  {
    id: "quote.after-as",
    kind: 'quotation',
    description: "“…,” as X put it / as X said: the speaker after \"as\"",
    yes: [
      { // as X put it, after the quote
        text: "The main test is a \"lawful source of investment income,\" as a Homeland Security memo put it.",
        claims: [
          ["partial","lawful source of investment income,","a Homeland Security memo","put it"],
        ],
      },
    ],
    no: [],
  },
  {
    id: "quote.after-according-to",
    kind: 'quotation',
    description: "“…,” according to X (and the other phrases that name a source before it): the source after the quotation",
    yes: [
      {
        text: "“We will win the seat this year,” according to Mira Osei.",
        claims: [
          ["direct","We will win the seat this year,","Mira Osei","according to"],
        ],
      },
    ],
    no: [],
  },
  {
    id: "quote.after-dash",
    kind: 'quotation',
    description: "“…” — X: a dash and a name or noun phrase after the quotation",
    yes: [
      {
        text: "“We will win the seat this year” — Mira Osei, candidate",
        claims: [
          ["direct","We will win the seat this year","Mira Osei","—"],
        ],
      },
      {
        text: "\"We will win the seat\"--said Mira Osei.",
        claims: [
          ["direct","We will win the seat","Mira Osei","said"],
        ],
      },
      { // press release dash
        text: "“We are proud of this result and of our staff.” — Commissioner Ana Ruiz",
        claims: [
          ["direct","We are proud of this result and of our staff.","Ana Ruiz","—"],
        ],
      },
    ],
    no: [
      "The union called the plan “total political crap” -- one question that has emerged is whether it will pass.",
    ],
  },
  {
    id: "quote.after",
    kind: 'quotation',
    description: "The attribution right after the closing mark: “…,” X said / “…,” said X / “…,” it said",
    yes: [
      { // a quantifier alone for one more speaker
        text: "Supporters posted all night. “Better watch out for the clerk,” tweeted another.",
        claims: [
          ["direct","Better watch out for the clerk,","another","tweeted"],
        ],
      },
      {
        text: "“It is too late for that,” Mr. Osei, now 81 and retired in Austin, Texas, said by telephone.",
        claims: [
          ["direct","It is too late for that,","Osei","said"],
        ],
      },
      { // a possessive before the role and name; a partitive noun phrase after the cue
        text: "The engineer died in the crash on Sunday. “He had so many projects and ambitions,” his friend Omar Saleh told the website. “There will not be a path for the bill to pass,” said one of those advisers, who spoke on condition of anonymity.",
        claims: [
          ["direct","He had so many projects and ambitions,","Omar Saleh","told"],
          ["direct","There will not be a path for the bill to pass,","one of those advisers","said"],
        ],
      },
      {
        text: "Under the grant program, Jane Roe offered the states a deal, “states were losing money. They needed it,” Roe said.",
        claims: [
          ["partial","states were losing money. They needed it,","Jane Roe","said"],
        ],
      },
      {
        text: "''The court expresses no view on the merits'' of the case, the unsigned opinion said.",
        claims: [
          ["direct","The court expresses no view on the merits","the unsigned opinion","said"],
        ],
      },
      {
        text: "''This is not a combat mission,'' one senior administration official said, speaking on condition of anonymity.",
        claims: [
          ["direct","This is not a combat mission,","senior administration official","said"],
        ],
      },
      {
        text: "“We will not back down,” he shot back.",
        claims: [
          ["direct","We will not back down,","he","shot back"],
        ],
      },
      {
        text: "Chinese President Xi Jinping met the delegation on Monday.\n\n“The talks were useful,” Xi said.",
        claims: [
          ["direct","The talks were useful,","Xi Jinping","said"],
        ],
      },
      {
        text: "''We are told all the time, 'Kosovo is a special case,''' Mr. Putin said. ''It is all lies.''",
        claims: [
          ["direct","We are told all the time, 'Kosovo is a special case,'","Putin","said"],
          ["direct","It is all lies.","Putin","said","quote.sibling"],
        ],
      },
      {
        text: "'We will win the seat this year,' said Mira Osei.",
        claims: [
          ["direct","We will win the seat this year,","Mira Osei","said"],
        ],
      },
      {
        text: "Jordan Lee spoke first. \"We need more buses on the route,\" zie said.",
        claims: [
          ["direct","We need more buses on the route,","Jordan Lee","said"],
        ],
      },
      {
        text: "Mayor Ruth Calloway spoke at the hall on Monday about the stadium deal. \"We will not pay a cent more for the stadium, whatever the team\nsays about it,\" she said.",
        claims: [
          ["direct","We will not pay a cent more for the stadium, whatever the team\nsays about it,","Ruth Calloway","said"],
        ],
      },
      {
        text: "The team’s owner, Victor Lamarr, said he was disappointed.\n\n“We want to stay in this city,” the longtime owner said.",
        claims: [
          ["indirect","he was disappointed","Victor Lamarr","said","reported.bare"],
          ["direct","We want to stay in this city,","Victor Lamarr","said"],
        ],
      },
      {
        text: "“Turnout was strong among older voters” in the 2008 primary, said state university professor Paul Becker. “That was more her constituency than his.”",
        claims: [
          ["direct","Turnout was strong among older voters","Paul Becker","said"],
          ["direct","That was more her constituency than his.","Paul Becker","said","quote.sibling"],
        ],
      },
      {
        text: "“The numbers could change with this appointee,” since so many cases were decided by one vote, said Lee Parsons, who teaches law in St. Louis.",
        claims: [
          ["direct","The numbers could change with this appointee,","Lee Parsons","said"],
        ],
      },
      {
        text: "“The numbers put our campaign on pace to beat the goal,” Jeff Weaver, Sanders’ campaign manager, said in a statement.",
        claims: [
          ["direct","The numbers put our campaign on pace to beat the goal,","Jeff Weaver","said"],
        ],
      },
      {
        text: "“We played well,” the 14th-ranked Schwartzman said.",
        claims: [
          ["direct","We played well,","Schwartzman","said"],
        ],
      },
      { // said after, name
        text: "Health officer Maria Gonzalez visited the clinic on Monday.\n\n“We have seen nothing like it in years,” Gonzalez said.",
        claims: [
          ["direct","We have seen nothing like it in years,","Maria Gonzalez","said"],
        ],
      },
      { // said-inversion
        text: "“The bridge will reopen in May,” said transport minister Piet de Vries.",
        claims: [
          ["direct","The bridge will reopen in May,","Piet de Vries","said"],
        ],
      },
      { // pronoun after the quote
        text: "Senator Alan Brooks spoke to reporters on Tuesday.\n\n“We will not back down on this,” he explained.",
        claims: [
          ["direct","We will not back down on this,","Alan Brooks","explained"],
        ],
      },
      { // long appositive
        text: "“We will appeal the ruling,” Rep. Jo Kim (D-Ore.), a member of the oversight panel, said in a phone interview.",
        claims: [
          ["direct","We will appeal the ruling,","Jo Kim","said"],
        ],
      },
      { // it next to a quotation
        text: "The Valley Post covered the vote.\n\n“The vote was close and the count took hours,” it wrote.",
        claims: [
          ["direct","The vote was close and the count took hours,","Valley Post","wrote"],
        ],
      },
      { // a lower-case modifier before the name
        text: "Clinton \"is the only candidate with the temperament to lead,\" retired general Lloyd Newton said.",
        claims: [
          ["partial","is the only candidate with the temperament to lead,","Lloyd Newton","said"],
        ],
      },
      { // an attribution closing the sentence after the writer's words
        text: "Senator Ann Wu spoke next.\n\n“The only way the banks will change is if executives face jail time” for fraud, she said.",
        claims: [
          ["direct","The only way the banks will change is if executives face jail time","Ann Wu","said"],
        ],
      },
      { // a title joined by "of"
        text: "“We must act,” said Secretary of State Jon Kerrigan.",
        claims: [
          ["direct","We must act,","Jon Kerrigan","said"],
        ],
      },
      { // a nickname in quotation marks stays inside the name
        text: "Rep. Robert C. \"Bobby\" Tull opened his farm on Saturday. \"We are here for the people,\" he said.",
        claims: [
          ["direct","We are here for the people,","Robert C. Tull","said"],
        ],
      },
      { // a place and an institution before a rank are the role
        text: "“We will find out what happened,” Brookfield police Chief Ana Ruiz said Monday.",
        claims: [
          ["direct","We will find out what happened,","Ana Ruiz","said"],
        ],
      },
      { // two appositives after a closing quotation
        text: "“It is an overreach,” Dana Reyes, the attorney general of the state, one of the plaintiffs in the case, said at a forum.",
        claims: [
          ["direct","It is an overreach,","Dana Reyes","said"],
        ],
      },
      { // a party and state tag between the name and the verb
        text: "“Our assumption is that the vote will hold,” Senate Leader Ada Okafor, R-Ky., said Tuesday.",
        claims: [
          ["direct","Our assumption is that the vote will hold,","Ada Okafor","said"],
        ],
      },
      { // capitalised words and role nouns before the name
        text: "“We should lay off the governor a little bit,” Senate minority leader Cole Harmon told reporters.",
        claims: [
          ["direct","We should lay off the governor a little bit,","Cole Harmon","told"],
        ],
      },
      { // said + numeric and lower-case modifiers + name
        text: "“The reasons do not hold weight,” said 9/11 widow Tessa Lind.",
        claims: [
          ["direct","The reasons do not hold weight,","Tessa Lind","said"],
        ],
      },
    ],
    no: [
      // a verb of stance after the closing mark opens the writer's next clause; its object is no speaker
      "Mayor Ruth Calloway summed up the plan as “reckless,” denounced its cost and left the meeting.",
    ],
  },
  {
    id: "quote.after-appositive",
    kind: 'quotation',
    description: "“…,” Ana Ruiz, 30, of Reno, who was polled, said: the name opens the words after the quotation, an appositive between commas stands before the cue",
    yes: [
      {
        text: "“Both parties scare me,” Ana Ruiz, 30, of Reno, Nev., who took part in the poll, said in an interview.",
        claims: [
          ["direct","Both parties scare me,","Ana Ruiz","said"],
        ],
      },
    ],
    no: [
      "“The vote is close,” a poll of 800 voters in Reno, which closed Friday, found.",
    ],
  },
  {
    id: "quote.after-bare-name",
    kind: 'quotation',
    description: "“…” Will wrote. / “…” From said.: a capitalised word alone between the quotation and a cue that ends the sentence is a name, even one that is a common word too",
    yes: [
      {
        text: "The columnist George Will has long opposed the plan.\n\n“The bill is a fiscal fantasy,” Will wrote.",
        raw: true,
        claims: [
          ["direct","The bill is a fiscal fantasy,","George Will","wrote"],
        ],
      },
    ],
    no: [
      "“The bill is a fiscal fantasy,” it said.",
      "“The bill is a fiscal fantasy,” Some Senators wrote.",
    ],
  },
  {
    id: "quote.after-any-verb",
    kind: 'quotation',
    description: "“…,” an angry Hollande retaliated. / “…!” beamed X: a speaker and a verb alone after the quotation name who spoke, whatever the verb",
    yes: [
      { // inverted: the verb, then the name
        text: "The delegates cheered for an hour. “This is fantastic!” beamed Donald Hartley of Madison, who had waited since dawn.",
        claims: [
          ["direct","This is fantastic!","Donald Hartley of Madison","beamed"],
        ],
      },
      {
        text: "“Would the plan cover the whole county?” the host pressed.",
        claims: [
          ["direct","Would the plan cover the whole county?","the host","pressed"],
        ],
      },
      {
        text: "“France will always be France,” an angry Marc Delorme retaliated.",
        claims: [
          ["direct","France will always be France,","Marc Delorme","retaliated"],
        ],
      },
    ],
    no: [
      "“Stop the cuts,” read the banners as the crowd marched.",
      "“The bridge is safe,” the engineers maintain and the city agrees with them.",
    ],
  },
  {
    id: "quote.before-according-to",
    kind: 'quotation',
    description: "According to X, “…”",
    yes: [
      {
        text: "According to the mayor: “The bridge opens in May, whatever the weather.”",
        claims: [
          ["direct","The bridge opens in May, whatever the weather.","the mayor","According to"],
        ],
      },
    ],
    no: [],
  },
  {
    id: "quote.before-inverted",
    kind: 'quotation',
    description: "Said X: “…”: an inverted attribution opening the sentence, the speaker after the verb",
    yes: [
      { // an inverted attribution before a colon
        text: "Said Ellis Ward: “I do not think the council cares about the park.”",
        claims: [
          ["direct","I do not think the council cares about the park.","Ellis Ward","Said"],
        ],
      },
      { // an appositive after the name
        text: "The old house is now a museum. Said Dana Poynter, who grew up on the street, “We played in that yard every day.”",
        claims: [
          ["direct","We played in that yard every day.","Dana Poynter","Said"],
        ],
      },
      { // or a comma
        text: "The committee met in March. Said Ada Okafor, “The thought that an error on our part is connected to this is painful.”",
        claims: [
          ["direct","The thought that an error on our part is connected to this is painful.","Ada Okafor","Said"],
        ],
      },
    ],
    no: [],
  },
  {
    id: "quote.passive-cue",
    kind: 'quotation',
    description: "\"was labeled “…”\": a passive cue keeps the words and the cue, with no speaker",
    yes: [
      { // a passive verdict: the words, with no speaker
        text: "When the fact-checkers examined the claim, it was labeled “Mostly True.”",
        claims: [
          ["partial","Mostly True.",null,"labeled"],
        ],
      },
      { // a noun after a determiner is no cue
        text: "The claim was labeled “mostly true.”",
        claims: [
          ["partial","mostly true.",null,"labeled"],
        ],
      },
    ],
    no: [
      "A copy that is changed is called a “modified version” in the licence.",
      "The doctor has been called a fraud by his peers for selling “quack” cures.",
    ],
  },
  {
    id: "quote.before-participle",
    kind: 'quotation',
    description: "…, saying, “…”: a participle after a comma says what the sentence subject said",
    yes: [
      { // a first name that ends like an adverb opens the sentence, not an adverbial phrase
        text: "The race narrowed. Carly Dunmore threw her support behind the governor on Wednesday, saying it is time for “a real conservative in the White House.”",
        claims: [
          ["partial","a real conservative in the White House.","Carly Dunmore","saying"],
        ],
      },
      { // a noun phrase that can speak, though no role noun, is the subject ("the prince")
        text: "The visit was short. In December, the prince called for the senator to drop out of the race, calling him “a disgrace.”",
        claims: [
          ["indirect","to drop out of the race","the prince","called","reported.object-infinitive"],
          ["partial","a disgrace.","the prince","calling"],
        ],
      },
      {
        text: "At a rally in Portsmouth, N.H., on Tuesday, Senator Ada Okafor endorsed her rival, saying she would “make a great president.”",
        claims: [
          ["partial","make a great president.","Ada Okafor","saying"],
        ],
      },
      {
        text: "Clinton’s campaign manager Robby Mook said as much, arguing that Trump “lashed out at our nation’s generals.”",
        claims: [
          ["partial","lashed out at our nation’s generals.","Robby Mook","arguing"],
        ],
      },
      { // a participle after a comma speaks for the sentence subject, not the name before the comma
        text: "Councillor Ana Brandt attacked the plan for its cost in Leeds and York, saying, \"It is a tax on the poor.\"",
        claims: [
          ["indirect","the plan for its cost in Leeds and York","Ana Brandt","attacked","reported.bare"],
          ["direct","It is a tax on the poor.","Ana Brandt","saying"],
        ],
      },
    ],
    no: [],
  },
  {
    id: "quote.before-adverbial-gerund",
    kind: 'quotation',
    description: "After saying “…,” X left: a gerund in an opening adverbial clause speaks for the main clause's subject",
    yes: [
      { // a gerund in an opening adverbial clause speaks for the main clause's subject
        text: "After saying the plan was “a total mess,” Mayor Ines Duval left the room.",
        claims: [
          ["partial","a total mess,","Ines Duval","saying"],
        ],
      },
    ],
    no: [],
  },
  {
    id: "quote.before-outer-cue",
    kind: 'quotation',
    description: "X said (that) he believes “…”: the pronoun's verb heads X's reported clause, so the quotation is X's, under X's cue",
    yes: [
      {
        text: "Dana Whitlock spoke to the chamber on Tuesday. She said she believes “the bridge will pay for itself within ten years.”",
        claims: [
          ["partial","the bridge will pay for itself within ten years.","Dana Whitlock","said"],
        ],
      },
      {
        text: "Mayor Ruth Calloway said, however, that she hopes “somebody else takes up the cause” next year.",
        claims: [
          ["partial","somebody else takes up the cause","Ruth Calloway","said"],
        ],
      },
    ],
    no: [
      "Dana Whitlock left early. When she returned, she said “the vote is over.”",
      "The council member who chaired it thinks “the budget is fine,” an aide said.",
    ],
  },
  {
    id: "quote.before-gerund",
    kind: 'quotation',
    description: "X continued by saying, “…”: a gerund cue after a preposition takes the speaker of the verb before it",
    yes: [
      {
        text: "The hearing ran long. Husted continued by saying, “We will appeal this decision.”",
        claims: [
          ["direct","We will appeal this decision.","Husted","saying"],
        ],
      },
      {
        text: "Mayor Ruth Calloway took the stage late. She closed by saying, “I don’t think the vote was fair.”",
        claims: [
          ["direct","I don’t think the vote was fair.","Ruth Calloway","saying"],
        ],
      },
    ],
    no: [
      "After saying her foot was “so swollen she could not walk,” Dana Reyes left the race.",
    ],
  },
  {
    id: "quote.before",
    kind: 'quotation',
    description: "X said: “…” / X stressed that … “…”: the nearest active cue before the opening mark, with its speaker",
    yes: [
      { // a cue right before the opening mark wins over a clause after the closing one
        text: "The club changed its rules. In 2009, under what Ray Hedge called “the prior economy model,” the Marsh Landing Country Club, a private course north of here, charged members a flat fee.",
        claims: [
          ["partial","the prior economy model,","Ray Hedge","called"],
        ],
      },
      { // a relative clause after the name runs on over the place names inside it
        text: "Dana Swanson, who is a pastor at the Reformation Church of Elizabeth, Colorado, slammed the group for promoting “reckless spending.”",
        claims: [
          ["partial","reckless spending.","Dana Swanson","slammed"],
        ],
      },
      { // "it" before a verb of saying proper is an organisation speaking
        text: "The Herald reported that the mayor was gathering material. It added, “the visit comes as the mayor promises new attacks.”",
        claims: [
          ["indirect","that the mayor was gathering material","Herald","reported","reported.that"],
          ["partial","the visit comes as the mayor promises new attacks.","Herald","added"],
        ],
      },
      { // an opening -ing phrase that holds a cue and a quotation is not the subject
        text: "The governor arrived at noon. Holding signs calling the governor “the biggest loser,” the protesters chanted “Go home!”",
        claims: [
          ["partial","the biggest loser,","the protesters","chanted","quote.after"],
          ["partial","Go home!","the protesters","chanted"],
        ],
      },
      { // a surname that ends like an adverb opens the sentence
        text: "Megyn Kelly moderated the debate. Kelly responded pointedly, with a smile: “Not the best example.”",
        claims: [
          ["direct","Not the best example.","Megyn Kelly","responded"],
        ],
      },
      {
        text: "The mayor’s claim in the same interview that the two men were “not close” drew laughs.",
        claims: [
          ["partial","not close","The mayor’s","claim"],
        ],
      },
      {
        text: "Supporters filled the hall. Some chanted “USA! USA!” as he walked in.",
        claims: [
          ["partial","USA! USA!","Some","chanted"],
        ],
      },
      {
        text: "Jane Roe spoke first. She went on: “It is like a house that leaks.”",
        claims: [
          ["direct","It is like a house that leaks.","Jane Roe","went on"],
        ],
      },
      {
        text: "That is because, as he puts it, “the best thing we have going for us” is that rates are low.",
        claims: [
          ["partial","the best thing we have going for us","he","puts"],
        ],
      },
      {
        text: "Trump and Ryan issued a statement describing their meeting as a “very positive step toward unification.”",
        claims: [
          ["partial","very positive step toward unification.","Trump","describing"],
        ],
      },
      {
        text: "Mira Osei said 'we will win the seat this year' and left the hall.",
        claims: [
          ["partial","we will win the seat this year","Mira Osei","said"],
        ],
      },
      { // speaker before with colon
        text: "Economist Laura Chen put it plainly: “Inflation is not over yet.”",
        claims: [
          ["direct","Inflation is not over yet.","Laura Chen","put"],
        ],
      },
      { // appositive
        text: "Tom Baker, a local farmer, said: “The rain came far too late for us.”",
        claims: [
          ["direct","The rain came far too late for us.","Tom Baker","said"],
        ],
      },
      { // partial inside reported speech
        text: "Mayor John Hill said the plan was “a disaster waiting to happen” for the city.",
        claims: [
          ["partial","a disaster waiting to happen","John Hill","said"],
        ],
      },
      { // a scare-quoted word inside reported speech is the speaker's
        text: "Senator Ray Ortiz said the budget was “reckless” and would hurt schools.",
        claims: [
          ["partial","reckless","Ray Ortiz","said"],
        ],
      },
      { // a verdict is reported
        text: "The fact-checkers ruled that the senator’s figure on school funding was “mostly true.”",
        claims: [
          ["partial","mostly true.","The fact-checkers","ruled"],
        ],
      },
      { // characterized as, with a long quotation
        text: "He characterized his rival as, “a little desperate there, jumping in all the time and never waiting his turn.”",
        claims: [
          ["partial","a little desperate there, jumping in all the time and never waiting his turn.","He","characterized"],
        ],
      },
      { // a long quotation with no cue belongs to the sentence subject
        text: "Senator Mia Lund, in a long floor speech, warned colleagues that the bill was “a blank check for a program nobody has read from start to finish” and sat down.",
        claims: [
          ["partial","a blank check for a program nobody has read from start to finish","Mia Lund","warned"],
        ],
      },
      { // a characterisation under an action verb
        text: "The paper hailed the mayor as “the best friend this harbour ever had” in an editorial.",
        claims: [
          ["partial","the best friend this harbour ever had","The paper","hailed"],
        ],
      },
      { // reported content that runs on into the speaker's quotation is one claim, the quoted words
        text: "Organizer Tessa Lind added that many voters in the county seem more against one side than for the other, which is a worry because, “In the end, people vote for somebody.”",
        claims: [
          ["direct","In the end, people vote for somebody.","Tessa Lind","added"],
        ],
      },
      { // surrogates speak
        text: "His surrogates said not paying taxes made him \"smart.\"",
        claims: [
          ["partial","smart.","His surrogates","said"],
        ],
      },
      { // a characterising verb frames its quoted object
        text: "The ministry branded the border raid an “act of open aggression.”",
        claims: [
          ["partial","act of open aggression.","The ministry","branded"],
        ],
      },
      { // a chant of letters is speech
        text: "Supporters in the hall kept chanting “U-S-A! U-S-A!” as the governor walked in.",
        claims: [
          ["partial","U-S-A! U-S-A!","Supporters","chanting"],
        ],
      },
      { // an active cue before a passive one wins
        text: "As Mr. Weller observed, in the first weeks -- when nobody was worried about money -- “what would you cut?”",
        claims: [
          ["indirect","in the first weeks","Weller","observed","reported.as-noted"],
          ["partial","what would you cut?","Weller","observed"],
        ],
      },
      { // a colon-introduced quotation keeps its speaker over the next sentence
        text: "Minister Kate Ellis spoke on Monday. She added: “The count starts at noon.” The aide notes that it may slip.",
        claims: [
          ["direct","The count starts at noon.","Kate Ellis","added"],
          ["indirect","that it may slip","The aide","notes","reported.that"],
        ],
      },
    ],
    no: [],
  },
  {
    id: "quote.before-relative",
    kind: 'quotation',
    description: "X, who joked, “…”: the relative pronoun stands for the noun phrase before it",
    yes: [
      {
        text: "The guests included Stevie Ray Dunn, who joked of the museum, “I have not seen it yet, but I am going to.”",
        claims: [
          ["direct","I have not seen it yet, but I am going to.","Stevie Ray Dunn","joked"],
        ],
      },
    ],
    no: [],
  },
  {
    id: "quote.before-subject",
    kind: 'quotation',
    description: "A cue with no speaker of its own before the quotation (a second verb, a participle): the sentence subject speaks",
    yes: [
      { // a comma between adjectives is inside the opening phrase, not its end
        text: "In a wide-ranging, in-prison interview with a reporter last year, Ion Lazar said he welcomed extradition and added, “I will plead guilty.”",
        claims: [
          ["indirect","he welcomed extradition","Ion Lazar","said","reported.bare"],
          ["direct","I will plead guilty.","Ion Lazar","added"],
        ],
      },
      { // by saying
        text: "The president answered the mother by saying his choice of words was a “manufactured issue” after all.",
        claims: [
          ["partial","manufactured issue","The president","saying"],
        ],
      },
      { // a quotation after a period is not attributed to the next sentence's speaker
        text: "Harbor Mayor Lena Ostrova said on Monday that the report should be published but said \"the question is when.\" Councillor Dev Amara said it would be \"reckless\" to publish before the audit.",
        claims: [
          ["partial","the question is when.","Lena Ostrova","said"],
          ["partial","reckless","Dev Amara","said","quote.before"],
        ],
      },
      { // a participle after "by" inside the content is part of it
        text: "Campaign chief Ruth Okafor told reporters that the campaign expects the moderator to step in by calling out the governor for his “fibs” during the debate.",
        claims: [
          ["partial","fibs","Ruth Okafor","told"],
        ],
      },
      {
        text: "Mayor Lena Fox outlined a plan and vowed, “We will finish the bridge by May.”",
        claims: [
          ["direct","We will finish the bridge by May.","Lena Fox","vowed"],
        ],
      },
    ],
    no: [],
  },
  {
    id: "quote.before-no-speaker",
    kind: 'quotation',
    description: "A cue before the quotation with nobody who can speak before it: the cue stands, the speaker comes from the neighbours or stays unknown",
    yes: [
      { // a list item opening on its verb has no speaker
        text: "Calls rivals names like “cowards,” and skips the debates.",
        claims: [
          ["partial","cowards,",null,"Calls"],
        ],
      },
    ],
    no: [],
  },
  {
    id: "quote.label",
    kind: 'quotation',
    description: "NAME: “…”: a sentence that is only a name (its title, a party tag after a comma) and a colon labels the quotation; one word only when the article names someone so in full",
    yes: [
      {
        text: "IOWA POLLS NOT WRONG, JUST TOO EARLY - Mark Roe: “Although the polls failed to predict the win, they were not wrong.”",
        claims: [
          ["direct","Although the polls failed to predict the win, they were not wrong.","Mark Roe",":"],
        ],
      },
      {
        text: "Senate Majority Leader Tom Okonkwo: “This budget keeps our promise to fund schools.”",
        claims: [
          ["direct","This budget keeps our promise to fund schools.","Tom Okonkwo",":"],
        ],
      },
      {
        text: "Sen. Brenda Hales, R-Millbrook: “It is a budget built on borrowed money.”",
        claims: [
          ["direct","It is a budget built on borrowed money.","Brenda Hales",":"],
        ],
      },
    ],
    no: [
      "Update: “The road is closed until noon.”",
    ],
  },
  {
    id: "quote.colon-subject",
    kind: 'quotation',
    description: "A sentence that introduces the quotation with a colon and no cue gives it its subject (\"Here’s X in December 1992: “…”\", \"X has adopted the stance: “…”\")",
    yes: [
      {
        text: "Senator Tim Kaine has adopted the stance common among many Catholics in office: “I am against it in my personal life, but I support the law.”",
        claims: [
          ["direct","I am against it in my personal life, but I support the law.","Tim Kaine",":"],
        ],
      },
      {
        text: "Here’s Clinton in December 1992: “Our new direction must rest on an understanding of the new realities.”",
        claims: [
          ["direct","Our new direction must rest on an understanding of the new realities.","Clinton",":"],
        ],
      },
    ],
    no: [
      "The meeting went on for hours, and then the chair read out the list: “Item one, the budget.”",
    ],
  },
  {
    id: "quote.characterisation",
    kind: 'quotation',
    description: "VERB OBJECT as (a) “…”: the object characterised in somebody's words, the sentence subject speaking",
    yes: [
      { // VERB OBJECT as a “…”: a characterisation
        text: "Senator Amara Okafor has been pounding the developer as a “land grabber” for weeks.",
        claims: [
          ["partial","land grabber","Amara Okafor","pounding"],
        ],
      },
      {
        text: "Senator Amara Okafor has been pounding the developer as a “land grabber” for weeks.",
        claims: [
          ["partial","land grabber","Amara Okafor","pounding"],
        ],
      },
    ],
    no: [
      "The old system, which the mayor fobbed off as an “accidental” failure, cost millions.",
    ],
  },
  {
    id: "quote.used-phrase",
    kind: 'quotation',
    description: "X used the phrase “…”: the subject's wording, title case or not",
    yes: [
      { // "used the phrase": the subject's wording, title case or not
        text: "The governor has used the phrase “Radical Agenda” in every speech.",
        claims: [
          ["partial","Radical Agenda","The governor","used"],
        ],
      },
      {
        text: "The governor has used the phrase “Radical Agenda” in every speech.",
        claims: [
          ["partial","Radical Agenda","The governor","used"],
        ],
      },
    ],
    no: [],
  },
  {
    id: "quote.sentence-subject",
    kind: 'quotation',
    description: "A long quotation inside a sentence with no cue belongs to the sentence subject, when it can speak",
    yes: [
      { // with no cue of its own, the subject's verb is the cue
        text: "The primary was closed. The senator commanded the Democratic Party to “do the right thing and open its doors to everyone who wants to fight.”",
        claims: [
          ["partial","do the right thing and open its doors to everyone who wants to fight.","The senator","commanded"],
        ],
      },
      { // the sentence's earlier quotation by its subject lends its cue
        text: "The coach spoke after the game. Coach Dana Reyes says “the whole game has become soft” because “the rules have changed so much in ten years.”",
        claims: [
          ["partial","the whole game has become soft","Dana Reyes","says","quote.before"],
          ["partial","the rules have changed so much in ten years.","Dana Reyes","says"],
        ],
      },
      {
        text: "The mayor ended the evening with a promise to “finish the bridge before the first snow falls on the valley”.",
        claims: [
          ["partial","finish the bridge before the first snow falls on the valley","The mayor","ended"],
        ],
      },
    ],
    no: [],
  },
  {
    id: "quote.sibling",
    kind: 'quotation',
    description: "“A,” she said. “B.”: a quotation with no attribution takes the one before it in the same paragraph",
    yes: [
      {
        text: "“The first part is done,” Ana Lopez said. “The second part starts in June.”",
        claims: [
          ["direct","The first part is done,","Ana Lopez","said","quote.after"],
          ["direct","The second part starts in June.","Ana Lopez","said"],
        ],
      },
    ],
    no: [],
  },
  {
    id: "quote.previous-sentence",
    kind: 'quotation',
    description: "…, X said. “…”: the sentence before, in the same paragraph, ends in an attribution",
    yes: [
      { // a quotation after a sentence that ends in its attribution
        text: "The council may wait until spring, Dana Reyes said. “The other factor is whether the money arrives in time.”",
        claims: [
          ["indirect","The council may wait until spring","Dana Reyes","said","reported.trailing"],
          ["direct","The other factor is whether the money arrives in time.","Dana Reyes","said"],
        ],
      },
    ],
    no: [],
  },
  {
    id: "quote.introduction",
    kind: 'quotation',
    description: "A paragraph ending in a colon introduces the quotation paragraph after it (its speaker and cue, or its subject)",
    yes: [
      { // introducing paragraph
        text: "Analyst Oleh Marchuk describes the deal as historic:\n\n“Nobody expected the two sides to sign so soon.”",
        claims: [
          ["indirect","the deal as historic","Oleh Marchuk","describes","reported.bare"],
          ["direct","Nobody expected the two sides to sign so soon.","Oleh Marchuk","describes"],
        ],
      },
      { // an introducing paragraph with a date and no cue verb
        text: "On July 6, 2015, Senator Ruth Adler made the following comment:\n\n“For young people out of school, the real jobless rate is far higher.”",
        claims: [
          ["direct","For young people out of school, the real jobless rate is far higher.","Ruth Adler","comment"],
        ],
      },
    ],
    no: [],
  },
  {
    id: "quote.continuation",
    kind: 'quotation',
    description: "A quote paragraph right after the previous speaker's quotation continues it",
    yes: [
      {
        text: "“We came here to work,” said coach Ben Carter.\n\n“And we will keep working until the season ends.”",
        claims: [
          ["direct","We came here to work,","Ben Carter","said","quote.after"],
          ["direct","And we will keep working until the season ends.","Ben Carter","said"],
        ],
      },
    ],
    no: [],
  },
  {
    id: "quote.paragraph-speaker",
    kind: 'quotation',
    description: "A quote paragraph with no attribution takes the speaker the previous paragraph is about",
    yes: [
      {
        text: "Coach Ben Carter was in a good mood after the game.\n\n“We came here to work and we will keep working until the season ends.”",
        claims: [
          ["direct","We came here to work and we will keep working until the season ends.","Ben Carter",null],
        ],
      },
    ],
    no: [],
  },
  {
    id: "quote.later-sibling",
    kind: 'quotation',
    description: "“A.” “B,” he said.: a quotation with no attribution takes a later one in the same paragraph",
    yes: [
      {
        text: "“The first part is done.” “The second part starts in June,” Ana Lopez said.",
        claims: [
          ["direct","The first part is done.","Ana Lopez","said"],
          ["direct","The second part starts in June,","Ana Lopez","said","quote.after"],
        ],
      },
    ],
    no: [],
  },
  {
    id: "quote.unattributed",
    kind: 'quotation',
    description: "Somebody's words with no speaker anywhere near: kept, with a SPEAKER_UNRESOLVED message",
    yes: [
      { // two sentences are words, not a title
        text: "The paper ran one of the reader’s letters as its headline: “Enough. We want the park back.” The message was clear.",
        claims: [
          ["direct","Enough. We want the park back.",null,null],
        ],
      },
    ],
    no: [],
  },
  {
    id: "quote.headline",
    kind: 'quotation',
    description: "A quotation in the headline after a colon, or of four words or more; its speaker named in the headline and in the body",
    yes: [
      {
        text: "Amara Okafor Grills Bank Chief: ‘You Should Resign.’\n\nSenator Amara Okafor questioned the bank chief for two hours on Tuesday.\n\nThe hearing ended without a vote.", raw: true,
        claims: [
          ["direct","You Should Resign.","Amara Okafor",":"],
          ["indirect","the bank chief for two hours on Tuesday","Amara Okafor","questioned","reported.bare"],
        ],
      },
      {
        text: "Okafor: ‘We Want Answers.’\n\nSenator Amara Okafor questioned the bank chief for two hours on Tuesday.\n\nThe hearing ended without a vote.", raw: true,
        claims: [
          ["direct","We Want Answers.","Amara Okafor",":"],
          ["indirect","the bank chief for two hours on Tuesday","Amara Okafor","questioned","reported.bare"],
        ],
      },
    ],
    no: [
      "Senator Amara Okafor spoke first.\n\nOkafor Calls Bank ‘Reckless’ At Hearing",
    ],
  },
  {
    id: "quote.transcript-turn",
    kind: 'quotation',
    description: "A transcript's labelled turn (\"PENCE: …\", \"Q: …\") is a quotation of its speaker, with the long answers that follow",
    yes: [
      {
        text: "Governor Mike Dane spoke to the host on Sunday. Partial transcript as follows:\n\n\"HOST: Will you run again next year?\n\n\"DANE: Well, look, I have not decided. My family comes first.\n\n\"But I will say this: the state is in good shape.\n\n\"(CROSSTALK.)\n\n\"HOST: Thank you, Governor.",
        claims: [
          ["direct","Will you run again next year?","Host",":"],
          ["direct","Well, look, I have not decided. My family comes first.\n\n\"But I will say this: the state is in good shape.","Mike Dane",":"],
          ["direct","Thank you, Governor.","Host",":"],
        ],
      },
    ],
    no: [
      "UPDATE: This story was updated on Monday with new figures from the city.\n\nBREAKING: The council has called an emergency session for Friday night.",
    ],
  },
  {
    id: "reported.according-to",
    kind: 'reported',
    description: "According to X, CLAUSE / CLAUSE, according to X / A, according to X, B (and the other before-source phrases)",
    yes: [
      { // according to, front
        text: "According to Dmytro Koval, the talks will resume next week.",
        claims: [
          ["indirect","the talks will resume next week","Dmytro Koval","According to"],
        ],
      },
      { // according to, end
        text: "The factory will close in March, according to union leader Sam Reed.",
        claims: [
          ["indirect","The factory will close in March","Sam Reed","according to"],
        ],
      },
      { // according to an institution
        text: "Unemployment fell to 4 percent in May, according to the nonpartisan Budget Office.",
        claims: [
          ["indirect","Unemployment fell to 4 percent in May","Budget Office","according to"],
        ],
      },
    ],
    no: [],
  },
  {
    id: "reported.own-view",
    kind: 'reported',
    description: "In his view, CLAUSE (own-view phrases of speech-phrases.txt)",
    yes: [
      { // in his view
        text: "Political scientist Marko Ilnytsky urged caution. In his view, no quick deal is possible.",
        claims: [
          ["indirect","no quick deal is possible","Marko Ilnytsky","In his view"],
        ],
      },
    ],
    no: [],
  },
  {
    id: "reported.as-noted",
    kind: 'reported',
    description: "As X noted, CLAUSE / As X put it, CLAUSE",
    yes: [
      { // as X noted
        text: "As Senator Ruth Adler noted, the bill has no money for schools in it.",
        claims: [
          ["indirect","the bill has no money for schools in it","Ruth Adler","noted"],
        ],
      },
    ],
    no: [],
  },
  {
    id: "reported.noun-clause",
    kind: 'reported',
    description: "X's claim that …, his assertion in the interview that …: a noun of saying (speech-nouns.txt) with a possessor and its that-clause; the possessor speaks",
    yes: [
      {
        text: "Mr. Trump's assertion that Russia should hack the emails drew fire from both parties.",
        claims: [
          ["indirect","that Russia should hack the emails drew fire from both parties","Trump","assertion"],
        ],
      },
    ],
    no: [
      "The claim that vaccines cause autism is false.",
    ],
  },
  {
    id: "reported.which-clause",
    kind: 'reported',
    description: "…, which X said were …: the words from the verb after the cue on",
    yes: [
      { // a cue inside a "which" clause reports the words after it
        text: "Mayor Ines Duval returned the gifts, which she said were offered in exchange for favors.",
        claims: [
          ["indirect","were offered in exchange for favors","Ines Duval","said"],
        ],
      },
    ],
    no: [],
  },
  {
    id: "reported.that",
    kind: 'reported',
    description: "X said (on Tuesday) that CLAUSE / X told reporters that CLAUSE / X is convinced that CLAUSE",
    yes: [
      {
        text: "But the other candidate on the stage, former Secretary of State Hillary Clinton, said that she would raise the wage.",
        claims: [
          ["indirect","that she would raise the wage","Hillary Clinton","said"],
        ],
      },
      {
        text: "BUFFALO, N.Y. (AP) — Mayor Dolores Whitcombe said that the worst was over.",
        claims: [
          ["indirect","that the worst was over","Dolores Whitcombe","said"],
        ],
      },
      { // indirect with that
        text: "Professor Emma Stone said that the vaccine trial had enrolled 400 people.",
        claims: [
          ["indirect","that the vaccine trial had enrolled 400 people","Emma Stone","said"],
        ],
      },
      { // surname to full name
        text: "Political analyst Ihor Petrenko spoke at length.\n\nPetrenko believes that the coalition will grow.",
        claims: [
          ["indirect","that the coalition will grow","Ihor Petrenko","believes"],
        ],
      },
      { // role noun
        text: "Diplomat Vasyl Hnatiuk was at the summit.\n\nThe diplomat is convinced that more countries will join.",
        claims: [
          ["indirect","that more countries will join","Vasyl Hnatiuk","is convinced"],
        ],
      },
      { // a dash ends the reported clause
        text: "Governor Kay Reyes said that the levee would hold -- a promise few believed.",
        claims: [
          ["indirect","that the levee would hold","Kay Reyes","said"],
        ],
      },
      { // a second speaker ends the reported clause
        text: "Mayor Lou Park said that taxes would not rise, Dean Howe also noted that the budget was balanced.",
        claims: [
          ["indirect","that taxes would not rise","Lou Park","said"],
          ["indirect","that the budget was balanced","Dean Howe","noted"],
        ],
      },
      { // a second cue after but, same subject
        text: "The treasurer said the budget is balanced but warned that the deficit will grow next year.",
        claims: [
          ["indirect","the budget is balanced","The treasurer","said","reported.bare"],
          ["indirect","that the deficit will grow next year","The treasurer","warned"],
        ],
      },
      { // a participle after a comma is the sentence subject speaking
        text: "Senator Ida Cole visited Tulsa, Oklahoma, arguing that the response was too slow.",
        claims: [
          ["indirect","that the response was too slow","Ida Cole","arguing"],
        ],
      },
      { // a quantifier for people as the speaker
        text: "But others argue that the tunnel could still work.",
        claims: [
          ["indirect","that the tunnel could still work","others","argue"],
        ],
      },
      { // a pronoun stands for a role noun that names nobody in the article
        text: "The mayor said the plan had failed. She added that the budget was short by a third.",
        claims: [
          ["indirect","the plan had failed","The mayor","said","reported.bare"],
          ["indirect","that the budget was short by a third","The mayor","added"],
        ],
      },
      { // a hearer with an adjective before "that"
        text: "Jonas Weller spoke at the hall. He told an invited crowd that the budget mattered.",
        claims: [
          ["indirect","that the budget mattered","Jonas Weller","told"],
        ],
      },
      { // a quoted slogan is no name for a pronoun
        text: "In his speech, the senator, Jonas Weller, proclaimed a goal of \"Peace Through Strength.\" He told an invited crowd that it mattered.",
        claims: [
          ["indirect","that it mattered","Jonas Weller","told"],
        ],
      },
      { // a verb that takes a gerund stands between the speaker and the cue
        text: "The checkers ruled it true, but in their report they could not resist pointing out that most shootings were not fatal.",
        claims: [
          ["indirect","that most shootings were not fatal","they","pointing"],
        ],
      },
      { // "appeared to" before the cue leaves the saying done
        text: "Jonas Weller drew criticism after he appeared to suggest that veterans are weak.",
        claims: [
          ["indirect","that veterans are weak","Jonas Weller","suggest"],
        ],
      },
      { // "went on to say"
        text: "The mayor went on to say that the budget was balanced.",
        claims: [
          ["indirect","that the budget was balanced","The mayor","say"],
        ],
      },
    ],
    no: [
      "Still, these are important questions for the council to answer.",
      "For someone who has never held office, these are important questions.",
    ],
  },
  {
    id: "reported.wh",
    kind: 'reported',
    description: "X told the host how … / X asked whether …: a wh-clause after the cue (and its object)",
    yes: [
      { // object and wh-clause after tell
        text: "Pollster Pat Reed told the radio host on Thursday how surprised he was by the result.",
        claims: [
          ["indirect","how surprised he was by the result","Pat Reed","told"],
        ],
      },
    ],
    no: [
      "The mayor refused to say whether the budget was balanced.",
    ],
  },
  {
    id: "reported.object-infinitive",
    kind: 'reported',
    description: "X warned officials to …: an object, then the infinitive that is the content",
    yes: [
      { // object and infinitive after warn
        text: "Last month, the agency warned state officials to boost their election security.",
        claims: [
          ["indirect","to boost their election security","the agency","warned"],
        ],
      },
      { // "state" in the object of "warned … to" is a noun
        text: "Last month, the bureau warned state elections officials to boost their security.",
        claims: [
          ["indirect","to boost their security","the bureau","warned"],
        ],
      },
      { // implored + object + infinitive
        text: "Two speechwriters implored her to bring the line back.",
        claims: [
          ["indirect","to bring the line back","Two speechwriters","implored"],
        ],
      },
    ],
    no: [],
  },
  {
    id: "reported.topic",
    kind: 'reported',
    description: "X spoke about TOPIC / X complained about TOPIC: the topic of a verb of saying (topic-cues.txt)",
    yes: [
      { // the topic of speech is its content
        text: "Governor Lena Marsh spoke emotionally about the flood victims while visiting the shelter.",
        claims: [
          ["indirect","the flood victims","Lena Marsh","spoke emotionally about"],
        ],
      },
      { // a topic after a hearer
        text: "The coach spoke to reporters about the injury list.",
        claims: [
          ["indirect","the injury list","The coach","spoke to reporters about"],
        ],
      },
    ],
    no: [
      "The governor spoke to a gathering of oil industry leaders in Denver.",
      "The senator, after railing against the tax plan for months, produced a plan of her own.",
      "Jonas Weller spoke on Wednesday at the town hall.",
    ],
  },
  {
    id: "reported.infinitive",
    kind: 'reported',
    description: "X agreed to …, X promised to …: the infinitive is the content",
    yes: [
      { // infinitive content
        text: "The company agreed to clean up the mines and restore the land.",
        claims: [
          ["indirect","to clean up the mines and restore the land","The company","agreed"],
        ],
      },
      { // an infinitive after agree, not a that far away
        text: "The new owner agreed to clean up the mines and restore the land that had been ravaged.",
        claims: [
          ["indirect","to clean up the mines and restore the land that had been ravaged","The new owner","agreed"],
        ],
      },
      { // a comma inside the closing mark still ends the content before a participle
        text: "Okafor agreed to a long interview for the paper's series on \"Women at Work,\" answering questions about her career.",
        claims: [
          ["indirect","a long interview for the paper's series on \"Women at Work,\"","Okafor","agreed"],
        ],
      },
      { // a participle phrase opening the sentence is no speaker
        text: "Stung by the audit, as well as complaints over the delays, Mayor Ines Duval rewrote the plan, promising to open the clinic by June.",
        claims: [
          ["indirect","to open the clinic by June","Ines Duval","promising"],
        ],
      },
      { // a definite subject ends at its verb
        text: "The board rewrote the plan, promising to open the clinic by June.",
        claims: [
          ["indirect","to open the clinic by June","The board","promising"],
        ],
      },
    ],
    no: [],
  },
  {
    id: "reported.particle",
    kind: 'reported',
    description: "X called for …: the cue with its particle, the content after it",
    yes: [
      { // a stance verb and its object
        text: "Senator Paul Grant called for an inquiry into the contracts awarded last year.",
        claims: [
          ["indirect","an inquiry into the contracts awarded last year","Paul Grant","called for"],
        ],
      },
      { // has been + cue
        text: "The alliance has been calling for permanent bases in the east.",
        claims: [
          ["indirect","permanent bases in the east","The alliance","calling for"],
        ],
      },
    ],
    no: [
      "Her sister called into the radio program when she was home sick.",
    ],
  },
  {
    id: "reported.characterise",
    kind: 'reported',
    description: "X called the charges unfounded: the object and its complement are the words",
    yes: [
      { // called with object and complement
        text: "The campaign called the charges unfounded and politically motivated.",
        claims: [
          ["indirect","the charges unfounded and politically motivated","The campaign","called"],
        ],
      },
    ],
    no: [],
  },
  {
    id: "reported.hearer-clause",
    kind: 'reported',
    description: "X told reporters the vote …: a hearer, then a bare clause",
    yes: [
      { // an outlet's programme after "told" is the hearer
        text: "Okafor told NBC's weekly radio show it is clear that the breach was directed from abroad.",
        claims: [
          ["indirect","it is clear that the breach was directed from abroad","Okafor","told"],
        ],
      },
    ],
    no: [],
  },
  {
    id: "reported.asked",
    kind: 'reported',
    description: "Asked if …, X said, “…”: the opening question was put to the speaker; its cue is “Asked”, its speaker the asker named after “by”, else none",
    yes: [
      {
        text: "The allies met in Rome. Asked if the comments had rattled them as well, Paul Ryan said, “Sure. I get that.”",
        claims: [
          ["indirect","if the comments had rattled them as well",null,"Asked"],
          ["direct","Sure. I get that.","Paul Ryan","said","quote.before"],
        ],
      },
      {
        text: "When asked whether he would fire a speechwriter, the chairman said, “Probably not.”",
        claims: [
          ["indirect","whether he would fire a speechwriter",null,"asked"],
          ["direct","Probably not.","the chairman","said","quote.before"],
        ],
      },
      { // the asker named after "by" speaks the question
        text: "The interview ran long. When asked by a radio host if the leaks had led to the attacks, the mayor said, “I do not know.”",
        claims: [
          ["indirect","if the leaks had led to the attacks","a radio host","asked"],
          ["direct","I do not know.","the mayor","said","quote.before"],
        ],
      },
    ],
    no: [
      "Asked to stay, the mayor said, “I will not.”",
    ],
  },
  {
    id: "reported.bare",
    kind: 'reported',
    description: "X said the talks failed: a clause without \"that\" after a verb that takes one",
    yes: [
      { // a surname that ends like an adverb, right before its verb
        text: "The race tightened. Jolly said he has worked with both parties on a student-loan bill.",
        claims: [
          ["indirect","he has worked with both parties on a student-loan bill","Jolly","said"],
        ],
      },
      { // a plural noun phrase heading the clause of a verb of saying is a group speaking
        text: "Several Democratic operatives said they expect fake documents to surface before the vote.",
        claims: [
          ["indirect","they expect fake documents to surface before the vote","Several Democratic operatives","said"],
        ],
      },
      { // a town and its state between commas belong to the appositive before the cue
        text: "Mayor Ruth Calloway, speaking at a rally in Salem, Oregon, said the bridge would open in May.",
        claims: [
          ["indirect","the bridge would open in May","Ruth Calloway","said"],
        ],
      },
      { // a verb of stance inside the reported clause is part of it, not a claim of its own
        text: "The Herald reported the email came hours after the mayor proposed a ban on new towers downtown.",
        claims: [
          ["indirect","the email came hours after the mayor proposed a ban on new towers downtown","Herald","reported"],
        ],
      },
      {
        text: "Recognizing this, Mr. Rubio joined Democrats in writing a bill, saying it would help.",
        claims: [
          ["indirect","it would help","Rubio","saying"],
        ],
      },
      {
        text: "The senator released a statement saying the bill was dead.",
        claims: [
          ["indirect","the bill was dead","The senator","saying"],
        ],
      },
      {
        text: "PARIS, Aug 31 (Reuters) - France’s far-right leader, Marine Le Pen, said on Wednesday her party would back the bill.",
        claims: [
          ["indirect","her party would back the bill","Marine Le Pen","said"],
        ],
      },
      {
        text: "Forecaster Raj Menon said more rain was possible on Friday.",
        claims: [
          ["indirect","more rain was possible on Friday","Raj Menon","said"],
        ],
      },
      {
        text: "Studio executive Dana Lowe said demand for sandbags led to shortages at two stores.",
        claims: [
          ["indirect","demand for sandbags led to shortages at two stores","Dana Lowe","said"],
        ],
      },
      { // organisation as speaker
        text: "The State Department said the embassy would stay open.",
        claims: [
          ["indirect","the embassy would stay open","State Department","said"],
        ],
      },
      { // relative clause speaker
        text: "The firm refused to pay an architect who said he was never paid for the clubhouse.",
        claims: [
          ["indirect","he was never paid for the clubhouse","an architect","said"],
        ],
      },
      { // content stops at another attribution
        text: "The mayor praised the plan and said it would save the city money.",
        claims: [
          ["indirect","it would save the city money","The mayor","said"],
        ],
      },
      { // and said after a name in the object
        text: "Governor Ray Holt toured the flooded streets of Dover and said the state would pay for repairs.",
        claims: [
          ["indirect","the state would pay for repairs","Ray Holt","said"],
        ],
      },
      { // said he thought: one report of what he thought
        text: "The senator visited the plant and said he thought that the tariffs were a big factor.",
        claims: [
          ["indirect","he thought that the tariffs were a big factor","The senator","said"],
        ],
      },
      { // a quantity before the speakers
        text: "Nearly six of 10 nurses say they plan to leave the profession.",
        claims: [
          ["indirect","they plan to leave the profession","10 nurses","say"],
        ],
      },
      { // said no … opens a clause; whether later in it is not the content
        text: "A lawyer for the paper, Ines Roth, said no decision had been made about whether to appeal.",
        claims: [
          ["indirect","no decision had been made about whether to appeal","Ines Roth","said"],
        ],
      },
      { // a campaign role before the name
        text: "Republican nominee Dana Fisk said the tariffs would stay.",
        claims: [
          ["indirect","the tariffs would stay","Dana Fisk","said"],
        ],
      },
      { // a role noun the title list lacks, before the name
        text: "Conservative commentator Ray Dunn said the bill is dead.",
        claims: [
          ["indirect","the bill is dead","Ray Dunn","said"],
        ],
      },
      { // a time phrase between the speaker and the cue
        text: "The power company just this month announced it would raise its rates in May.",
        claims: [
          ["indirect","it would raise its rates in May","The power company","announced"],
        ],
      },
      { // a weekday is not a person
        text: "The mayor on Monday said the bridge would reopen.",
        claims: [
          ["indirect","the bridge would reopen","The mayor","said"],
        ],
      },
      { // a participle clause after the content is the writer's
        text: "The senator is again questioning the count in Ohio, urging her supporters to stay calm.",
        claims: [
          ["indirect","the count in Ohio","The senator","questioning"],
          ["indirect","to stay calm","The senator","urging","reported.object-infinitive"],
        ],
      },
      { // described with an object
        text: "Former crew members described rude behavior by the host behind the scenes.",
        claims: [
          ["indirect","rude behavior by the host behind the scenes","Former crew members","described"],
        ],
      },
      { // a speaker inside a which-clause
        text: "The firm bought the old mill, which Tom Hale says he will keep open all year.",
        claims: [
          ["indirect","he will keep open all year","Tom Hale","says"],
        ],
      },
      { // what X says …: the clause ends at its comma
        text: "The gap between what the mayor says her plan would cost, and what it will cost, is wide.",
        claims: [
          ["indirect","her plan would cost","the mayor","says"],
        ],
      },
      { // a two-word title whose last word is a title too
        text: "Attorney General Rosa Quint said the state must act.",
        claims: [
          ["indirect","the state must act","Rosa Quint","said"],
        ],
      },
      { // a subordinator before the speakers is not part of them
        text: "The case went to Delaware, where restructuring lawyers say judges move large cases quickly.",
        claims: [
          ["indirect","judges move large cases quickly","restructuring lawyers","say"],
        ],
      },
      { // a possessive weekday is not a person
        text: "Friday’s statement said the talks were off.",
        claims: [
          ["indirect","the talks were off","Friday’s statement","said"],
        ],
      },
      { // a dateline before a dash is no speaker
        text: "OSLO -- Minister Kari Holm, opening the new hall on Friday, said it would tell the story of the coast.",
        claims: [
          ["indirect","it would tell the story of the coast","Kari Holm","said"],
        ],
      },
      { // "state" before a noun is no cue
        text: "Federal and state officials said the grant program was riddled with fraud.",
        claims: [
          ["indirect","the grant program was riddled with fraud","state officials","said"],
        ],
      },
      { // an age between commas before a relative clause
        text: "Okafor, 56, who has chaired the committee for a decade, said the breach was directed from abroad.",
        claims: [
          ["indirect","the breach was directed from abroad","Okafor","said"],
        ],
      },
      { // a wh-word before the speakers is not part of them
        text: "Voters care about how economists say the plan would work.",
        claims: [
          ["indirect","the plan would work","economists","say"],
        ],
      },
      { // a weekday right after the verb is when, not what
        text: "The city police revealed Tuesday the stolen van was found near the port.",
        claims: [
          ["indirect","the stolen van was found near the port","The city police","revealed"],
        ],
      },
      { // "and" + a verb inside a clause that has its own verb stays in it
        text: "The mayor said prices rose and fell all year.",
        claims: [
          ["indirect","prices rose and fell all year","The mayor","said"],
        ],
      },
      { // "and" + a past verb after an object is the subject's next deed
        text: "The union promised a long strike and demanded talks.",
        claims: [
          ["indirect","a long strike","The union","promised"],
        ],
      },
      { // a noun ending like an adverb heads the speakers
        text: "An ally of the mayor said the vote would fail.",
        claims: [
          ["indirect","the vote would fail","An ally of the mayor","said"],
        ],
      },
      { // a role noun joined by "to"
        text: "An aide to the governor said the budget would pass.",
        claims: [
          ["indirect","the budget would pass","An aide to the governor","said"],
        ],
      },
      { // "tells so many stories that" has no hearer
        text: "Critics say Jonas Weller tells so many stories that nobody trusts him.",
        claims: [
          ["indirect","Jonas Weller tells so many stories that nobody trusts him","Critics","say"],
        ],
      },
      { // "now" between the speaker and the cue
        text: "Senator Ada Okafor now says she opposes the deal.",
        claims: [
          ["indirect","she opposes the deal","Ada Okafor","says"],
        ],
      },
      { // a quoted title teaches no name
        text: "Jonas Weller spoke at the hall. Friends printed a booklet titled “The Wit and Wisdom of Jonas Weller.” Weller now denies he ever said any of it.",
        claims: [
          ["indirect","a booklet titled “The Wit and Wisdom of Jonas Weller.”","Friends","printed","reported.action-with-quote"],
          ["indirect","he ever said any of it","Jonas Weller","denies"],
        ],
      },
    ],
    no: [
      "The senator was also endorsed the day before by a former rival.",
      "The deal was pro-growth, the senator said Wednesday morning on Channel Four.",
      "Staff were planning a walkout, as the Herald reported a few days later.",
      "Senator Lena Park told The Daily Ledger on Thursday.",
      "The council said no to the new stadium once again.",
      "Everything the governor says is checked by the fact-checkers.",
      "Let's say you think a degree will cost $160,000 in 18 years.",
      "Having said that, there are some economists who doubt the plan.",
      "Health worries have dogged the governor since the spring.",
      "Twenty-seven states led by Ohio are challenging the new rules.",
      "Battleground state Florida is nearly 3% Polish American.",
    ],
  },
  {
    id: "reported.parenthetical",
    kind: 'reported',
    description: "A, X said, B: a parenthetical attribution; both sides are the speaker's words",
    yes: [
      { // parenthetical attribution
        text: "The museum, Mayor Lena Fox said, would open to the public next spring.",
        claims: [
          ["indirect","The museum","Lena Fox","said"],
          ["indirect","would open to the public next spring","Lena Fox","said"],
        ],
      },
      { // a parenthetical attribution with a prepositional phrase
        text: "Rents rose 9 percent, the agency said in its annual report, and wages rose 2 percent.",
        claims: [
          ["indirect","Rents rose 9 percent","the agency","said"],
          ["indirect","wages rose 2 percent","the agency","said"],
        ],
      },
      { // a fronted adverbial is not the speaker's words
        text: "During her years in office, the mayor said, the city doubled its parks.",
        claims: [
          ["indirect","the city doubled its parks","the mayor","said"],
        ],
      },
      { // a subordinate clause before a parenthetical attribution is content
        text: "Though the handover was smooth, he said, a second one would be chaotic.",
        claims: [
          ["indirect","Though the handover was smooth","he","said"],
          ["indirect","a second one would be chaotic","he","said"],
        ],
      },
      { // a dateline is not part of the content
        text: "OSLO ― The new tunnel will open in May, transport officials said Friday afternoon, as they toured the site.",
        claims: [
          ["indirect","The new tunnel will open in May","transport officials","said"],
        ],
      },
    ],
    no: [],
  },
  {
    id: "reported.trailing",
    kind: 'reported',
    description: "CLAUSE, X said. / CLAUSE, said X.: an attribution closing the sentence",
    yes: [
      { // trailing attribution
        text: "The convoy was stopped at the border for six hours, officials said.",
        claims: [
          ["indirect","The convoy was stopped at the border for six hours","officials","said"],
        ],
      },
      { // a document speaks
        text: "Four thousand local jobs depend on the port, one slide says.",
        claims: [
          ["indirect","Four thousand local jobs depend on the port","one slide","says"],
        ],
      },
      { // a trailing attribution after a lower-case role
        text: "The mill will close in March, union leader Sam Reed said.",
        claims: [
          ["indirect","The mill will close in March","Sam Reed","said"],
        ],
      },
    ],
    no: [
      "Campaigning across the state in 2012, he barely mentioned climate change.",
    ],
  },
  {
    id: "reported.action-with-quote",
    kind: 'reported',
    description: "X blasted the media for being “dishonest”: a speaker's action whose object holds quoted words",
    yes: [
      { // "knows all about": the topic without its preposition
        text: "I know all about Jonas Weller, what he is doing to win, and how he is courting his \"loyal\" donors with promises.",
        claims: [
          ["indirect","Jonas Weller, what he is doing to win, and how he is courting his \"loyal\" donors with promises","I","know"],
        ],
      },
    ],
    no: [],
  },
  {
    id: "quote.in-reported-speech",
    kind: 'quotation',
    description: "Reported speech that carries quoted words is one claim: the quoted words, with the reported clause as its clause and its speaker",
    yes: [
      {
        text: "The senator repeated his claim in the same interview that the two men were “not close”.",
        claims: [
          ["partial","not close","The senator","claim"],
        ],
      },
      {
        text: "Minutes later, she sent an email saying, “done.”",
        claims: [
          ["partial","done.","she","sent"],
        ],
      },
      {
        text: "The report said the mayor called the deal “a disaster” on Monday.",
        claims: [
          ["partial","a disaster","The report","said"],
        ],
      },
    ],
    no: [],
  },
];

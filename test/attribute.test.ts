import { describe, expect, it } from 'vitest';
import { article, run } from './helpers.js';
import { plausibleSpeaker } from '../src/stages/attribute/clauses.js';

type Row = [string, string, { type: string; text: string; speaker: string | null; cue?: string }];

// [name, paragraph(s) joined by \n\n, the claim expected to contain `text`] — sentences written for this project
const table: Row[] = [
  ['said after, name', 'Health officer Maria Gonzalez visited the clinic on Monday.\n\n“We have seen nothing like it in years,” Gonzalez said.',
    { type: 'direct', text: 'We have seen nothing like it in years,', speaker: 'Maria Gonzalez', cue: 'said' }],
  ['said-inversion', '“The bridge will reopen in May,” said transport minister Piet de Vries.',
    { type: 'direct', text: 'The bridge will reopen in May,', speaker: 'Piet de Vries', cue: 'said' }],
  ['pronoun after the quote', 'Senator Alan Brooks spoke to reporters on Tuesday.\n\n“We will not back down on this,” he explained.',
    { type: 'direct', text: 'We will not back down on this,', speaker: 'Alan Brooks', cue: 'explained' }],
  ['speaker before with colon', 'Economist Laura Chen put it plainly: “Inflation is not over yet.”',
    { type: 'direct', text: 'Inflation is not over yet.', speaker: 'Laura Chen', cue: 'put' }],
  ['appositive', 'Tom Baker, a local farmer, said: “The rain came far too late for us.”',
    { type: 'direct', text: 'The rain came far too late for us.', speaker: 'Tom Baker', cue: 'said' }],
  ['introducing paragraph', 'Analyst Oleh Marchuk describes the deal as historic:\n\n“Nobody expected the two sides to sign so soon.”',
    { type: 'direct', text: 'Nobody expected the two sides to sign so soon.', speaker: 'Oleh Marchuk', cue: 'describes' }],
  ['press release dash', '“We are proud of this result and of our staff.” — Commissioner Ana Ruiz',
    { type: 'direct', text: 'We are proud of this result and of our staff.', speaker: 'Ana Ruiz' }],
  ['partial inside reported speech', 'Mayor John Hill said the plan was “a disaster waiting to happen” for the city.',
    { type: 'partial', text: 'a disaster waiting to happen', speaker: 'John Hill', cue: 'said' }],
  ['indirect with that', 'Professor Emma Stone said that the vaccine trial had enrolled 400 people.',
    { type: 'indirect', text: 'that the vaccine trial had enrolled 400 people', speaker: 'Emma Stone', cue: 'said' }],
  ['according to, front', 'According to Dmytro Koval, the talks will resume next week.',
    { type: 'indirect', text: 'the talks will resume next week', speaker: 'Dmytro Koval', cue: 'According to' }],
  ['according to, end', 'The factory will close in March, according to union leader Sam Reed.',
    { type: 'indirect', text: 'The factory will close in March', speaker: 'Sam Reed', cue: 'according to' }],
  ['trailing attribution', 'The convoy was stopped at the border for six hours, officials said.',
    { type: 'indirect', text: 'The convoy was stopped at the border for six hours', speaker: 'officials', cue: 'said' }],
  ['organisation as speaker', 'The State Department said the embassy would stay open.',
    { type: 'indirect', text: 'the embassy would stay open', speaker: 'State Department', cue: 'said' }],
  ['surname to full name', 'Political analyst Ihor Petrenko spoke at length.\n\nPetrenko believes that the coalition will grow.',
    { type: 'indirect', text: 'that the coalition will grow', speaker: 'Ihor Petrenko', cue: 'believes' }],
  ['role noun', 'Diplomat Vasyl Hnatiuk was at the summit.\n\nThe diplomat is convinced that more countries will join.',
    { type: 'indirect', text: 'that more countries will join', speaker: 'Vasyl Hnatiuk', cue: 'is convinced' }],
  ['in his view', 'Political scientist Marko Ilnytsky urged caution. In his view, no quick deal is possible.',
    { type: 'indirect', text: 'no quick deal is possible', speaker: 'Marko Ilnytsky', cue: 'In his view' }],
  ['as X noted', 'As Senator Ruth Adler noted, the bill has no money for schools in it.',
    { type: 'indirect', text: 'the bill has no money for schools in it', speaker: 'Ruth Adler', cue: 'noted' }],
  ['parenthetical attribution', 'The museum, Mayor Lena Fox said, would open to the public next spring.',
    { type: 'indirect', text: 'would open to the public next spring', speaker: 'Lena Fox', cue: 'said' }],
  ['according to an institution', 'Unemployment fell to 4 percent in May, according to the nonpartisan Budget Office.',
    { type: 'indirect', text: 'Unemployment fell to 4 percent in May', speaker: 'Budget Office', cue: 'according to' }],
  ['relative clause speaker', 'The firm refused to pay an architect who said he was never paid for the clubhouse.',
    { type: 'indirect', text: 'he was never paid for the clubhouse', speaker: 'an architect', cue: 'said' }],
  ['long appositive', '“We will appeal the ruling,” Rep. Jo Kim (D-Ore.), a member of the oversight panel, said in a phone interview.',
    { type: 'direct', text: 'We will appeal the ruling,', speaker: 'Jo Kim', cue: 'said' }],
  ['a stance verb and its object', 'Senator Paul Grant called for an inquiry into the contracts awarded last year.',
    { type: 'indirect', text: 'an inquiry into the contracts awarded last year', speaker: 'Paul Grant', cue: 'called for' }],
  ['infinitive content', 'The company agreed to clean up the mines and restore the land.',
    { type: 'indirect', text: 'to clean up the mines and restore the land', speaker: 'The company', cue: 'agreed' }],
  ['it next to a quotation', 'The Valley Post covered the vote.\n\n“The vote was close and the count took hours,” it wrote.',
    { type: 'direct', text: 'The vote was close and the count took hours,', speaker: 'Valley Post', cue: 'wrote' }],
  ['a scare-quoted word inside reported speech is the speaker\'s', 'Senator Ray Ortiz said the budget was “reckless” and would hurt schools.',
    { type: 'partial', text: 'reckless', speaker: 'Ray Ortiz', cue: 'said' }],
  ['a dash ends the reported clause', 'Governor Kay Reyes said that the levee would hold -- a promise few believed.',
    { type: 'indirect', text: 'that the levee would hold', speaker: 'Kay Reyes', cue: 'said' }],
  ['a second speaker ends the reported clause', 'Mayor Lou Park said that taxes would not rise, Dean Howe also noted that the budget was balanced.',
    { type: 'indirect', text: 'that taxes would not rise', speaker: 'Lou Park', cue: 'said' }],
  ['content stops at another attribution', 'The mayor praised the plan and said it would save the city money.',
    { type: 'indirect', text: 'it would save the city money', speaker: 'The mayor', cue: 'said' }],
  ['object and wh-clause after tell', 'Pollster Pat Reed told the radio host on Thursday how surprised he was by the result.',
    { type: 'indirect', text: 'how surprised he was by the result', speaker: 'Pat Reed', cue: 'told' }],
  ['object and infinitive after warn', 'Last month, the agency warned state officials to boost their election security.',
    { type: 'indirect', text: 'to boost their election security', speaker: 'the agency', cue: 'warned' }],
  ['called with object and complement', 'The campaign called the charges unfounded and politically motivated.',
    { type: 'indirect', text: 'the charges unfounded and politically motivated', speaker: 'The campaign', cue: 'called' }],
  ['as X put it, after the quote', 'The main test is a "lawful source of investment income," as a Homeland Security memo put it.',
    { type: 'partial', text: 'lawful source of investment income,', speaker: 'a Homeland Security memo', cue: 'put it' }],
  ['a lower-case modifier before the name', 'Clinton "is the only candidate with the temperament to lead," retired general Lloyd Newton said.',
    { type: 'partial', text: 'is the only candidate with the temperament to lead,', speaker: 'Lloyd Newton', cue: 'said' }],
  ['a verdict is reported', 'The fact-checkers ruled that the senator’s figure on school funding was “mostly true.”',
    { type: 'partial', text: 'mostly true.', speaker: 'The fact-checkers', cue: 'ruled' }],
  ['a noun of saying and its that-clause', 'The letter was mocked for its prediction that the senator would be “the healthiest person ever elected.”',
    { type: 'partial', text: 'the healthiest person ever elected.', speaker: null, cue: 'prediction' }],
  ['per X after the quote', 'A proxy vote “is not allowed to fill a vacancy on the ticket,” per the party’s bylaws.',
    { type: 'partial', text: 'is not allowed to fill a vacancy on the ticket,', speaker: 'the party’s bylaws', cue: 'per' }],
  ['by saying', 'The president answered the mother by saying his choice of words was a “manufactured issue” after all.',
    { type: 'partial', text: 'manufactured issue', speaker: 'The president', cue: 'saying' }],
  ['characterized as, with a long quotation', 'He characterized his rival as, “a little desperate there, jumping in all the time and never waiting his turn.”',
    { type: 'partial', text: 'a little desperate there, jumping in all the time and never waiting his turn.', speaker: 'He', cue: 'characterized' }],
  ['a long quotation with no cue belongs to the sentence subject', 'Senator Mia Lund, in a long floor speech, warned colleagues that the bill was “a blank check for a program nobody has read from start to finish” and sat down.',
    { type: 'partial', text: 'a blank check for a program nobody has read from start to finish', speaker: 'Mia Lund', cue: 'warned' }],
  ['a characterisation under an action verb', 'The paper hailed the mayor as “the best friend this harbour ever had” in an editorial.',
    { type: 'partial', text: 'the best friend this harbour ever had', speaker: 'The paper', cue: 'hailed' }],
  ['a second cue after but, same subject', 'The treasurer said the budget is balanced but warned that the deficit will grow next year.',
    { type: 'indirect', text: 'that the deficit will grow next year', speaker: 'The treasurer', cue: 'warned' }],
  ['and said after a name in the object', 'Governor Ray Holt toured the flooded streets of Dover and said the state would pay for repairs.',
    { type: 'indirect', text: 'the state would pay for repairs', speaker: 'Ray Holt', cue: 'said' }],
  ['said he thought: one report of what he thought', 'The senator visited the plant and said he thought that the tariffs were a big factor.',
    { type: 'indirect', text: 'he thought that the tariffs were a big factor', speaker: 'The senator', cue: 'said' }],
  ['a quantity before the speakers', 'Nearly six of 10 nurses say they plan to leave the profession.',
    { type: 'indirect', text: 'they plan to leave the profession', speaker: '10 nurses', cue: 'say' }],
  ['a document speaks', 'Four thousand local jobs depend on the port, one slide says.',
    { type: 'indirect', text: 'Four thousand local jobs depend on the port', speaker: 'one slide', cue: 'says' }],
  ['said no … opens a clause; whether later in it is not the content', 'A lawyer for the paper, Ines Roth, said no decision had been made about whether to appeal.',
    { type: 'indirect', text: 'no decision had been made about whether to appeal', speaker: 'Ines Roth', cue: 'said' }],
  ['a parenthetical attribution with a prepositional phrase', 'Rents rose 9 percent, the agency said in its annual report, and wages rose 2 percent.',
    { type: 'indirect', text: 'wages rose 2 percent', speaker: 'the agency', cue: 'said' }],
  ['a campaign role before the name', 'Republican nominee Dana Fisk said the tariffs would stay.',
    { type: 'indirect', text: 'the tariffs would stay', speaker: 'Dana Fisk', cue: 'said' }],
  ['a role noun the title list lacks, before the name', 'Conservative commentator Ray Dunn said the bill is dead.',
    { type: 'indirect', text: 'the bill is dead', speaker: 'Ray Dunn', cue: 'said' }],
  ['the topic of speech is its content', 'Governor Lena Marsh spoke emotionally about the flood victims while visiting the shelter.',
    { type: 'indirect', text: 'the flood victims', speaker: 'Lena Marsh', cue: 'spoke emotionally about' }],
  ['a topic after a hearer', 'The coach spoke to reporters about the injury list.',
    { type: 'indirect', text: 'the injury list', speaker: 'The coach', cue: 'spoke to reporters about' }],
  ['a participle after a comma is the sentence subject speaking', 'Senator Ida Cole visited Tulsa, Oklahoma, arguing that the response was too slow.',
    { type: 'indirect', text: 'that the response was too slow', speaker: 'Ida Cole', cue: 'arguing' }],
  ['a trailing attribution after a lower-case role', 'The mill will close in March, union leader Sam Reed said.',
    { type: 'indirect', text: 'The mill will close in March', speaker: 'Sam Reed', cue: 'said' }],
  ['a fronted adverbial is not the speaker\'s words', 'During her years in office, the mayor said, the city doubled its parks.',
    { type: 'indirect', text: 'the city doubled its parks', speaker: 'the mayor', cue: 'said' }],
  ['a quantifier for people as the speaker', 'But others argue that the tunnel could still work.',
    { type: 'indirect', text: 'that the tunnel could still work', speaker: 'others', cue: 'argue' }],
  ['a time phrase between the speaker and the cue', 'The power company just this month announced it would raise its rates in May.',
    { type: 'indirect', text: 'it would raise its rates in May', speaker: 'The power company', cue: 'announced' }],
  ['a weekday is not a person', 'The mayor on Monday said the bridge would reopen.',
    { type: 'indirect', text: 'the bridge would reopen', speaker: 'The mayor', cue: 'said' }],
  ['an infinitive after agree, not a that far away', 'The new owner agreed to clean up the mines and restore the land that had been ravaged.',
    { type: 'indirect', text: 'to clean up the mines and restore the land that had been ravaged', speaker: 'The new owner', cue: 'agreed' }],
  ['a participle clause after the content is the writer\'s', 'The senator is again questioning the count in Ohio, urging her supporters to stay calm.',
    { type: 'indirect', text: 'the count in Ohio', speaker: 'The senator', cue: 'questioning' }],
  ['described with an object', 'Former crew members described rude behavior by the host behind the scenes.',
    { type: 'indirect', text: 'rude behavior by the host behind the scenes', speaker: 'Former crew members', cue: 'described' }],
  ['a speaker inside a which-clause', 'The firm bought the old mill, which Tom Hale says he will keep open all year.',
    { type: 'indirect', text: 'he will keep open all year', speaker: 'Tom Hale', cue: 'says' }],
  ['what X says …: the clause ends at its comma', 'The gap between what the mayor says her plan would cost, and what it will cost, is wide.',
    { type: 'indirect', text: 'her plan would cost', speaker: 'the mayor', cue: 'says' }],
  ['a subordinate clause before a parenthetical attribution is content', 'Though the handover was smooth, he said, a second one would be chaotic.',
    { type: 'indirect', text: 'Though the handover was smooth', speaker: 'he', cue: 'said' }],
  ['an attribution closing the sentence after the writer\'s words', 'Senator Ann Wu spoke next.\n\n“The only way the banks will change is if executives face jail time” for fraud, she said.',
    { type: 'direct', text: 'The only way the banks will change is if executives face jail time', speaker: 'Ann Wu', cue: 'said' }],
  ['an inverted attribution before a colon', 'Said Ellis Ward: “I do not think the council cares about the park.”',
    { type: 'direct', text: 'I do not think the council cares about the park.', speaker: 'Ellis Ward', cue: 'Said' }],
  ['a quotation after a sentence that ends in its attribution', 'The council may wait until spring, Dana Reyes said. “The other factor is whether the money arrives in time.”',
    { type: 'direct', text: 'The other factor is whether the money arrives in time.', speaker: 'Dana Reyes' }],
  ['an introducing paragraph with a date and no cue verb', 'On July 6, 2015, Senator Ruth Adler made the following comment:\n\n“For young people out of school, the real jobless rate is far higher.”',
    { type: 'direct', text: 'For young people out of school, the real jobless rate is far higher.', speaker: 'Ruth Adler' }],
  ['a two-word title whose last word is a title too', 'Attorney General Rosa Quint said the state must act.',
    { type: 'indirect', text: 'the state must act', speaker: 'Rosa Quint', cue: 'said' }],
  ['a title joined by "of"', '“We must act,” said Secretary of State Jon Kerrigan.',
    { type: 'direct', text: 'We must act,', speaker: 'Jon Kerrigan', cue: 'said' }],
  ['a subordinator before the speakers is not part of them', 'The case went to Delaware, where restructuring lawyers say judges move large cases quickly.',
    { type: 'indirect', text: 'judges move large cases quickly', speaker: 'restructuring lawyers', cue: 'say' }],
  ['has been + cue', 'The alliance has been calling for permanent bases in the east.',
    { type: 'indirect', text: 'permanent bases in the east', speaker: 'The alliance', cue: 'calling for' }],
  ['a possessive weekday is not a person', 'Friday’s statement said the talks were off.',
    { type: 'indirect', text: 'the talks were off', speaker: 'Friday’s statement', cue: 'said' }],
  ['a quotation after a period is not attributed to the next sentence\'s speaker', 'Harbor Mayor Lena Ostrova said on Monday that the report should be published but said "the question is when." Councillor Dev Amara said it would be "reckless" to publish before the audit.',
    { type: 'partial', text: 'the question is when.', speaker: 'Lena Ostrova', cue: 'said' }],
  ['a participle after "by" inside the content is part of it', 'Campaign chief Ruth Okafor told reporters that the campaign expects the moderator to step in by calling out the governor for his “fibs” during the debate.',
    { type: 'partial', text: 'fibs', speaker: 'Ruth Okafor', cue: 'told' }],
  ['a comma inside the closing mark still ends the content before a participle', 'Okafor agreed to a long interview for the paper\'s series on "Women at Work," answering questions about her career.',
    { type: 'indirect', text: 'a long interview for the paper\'s series on "Women at Work,"', speaker: 'Okafor', cue: 'agreed' }],
  ['reported content that runs on into the speaker\'s quotation is one claim, the quoted words', 'Organizer Tessa Lind added that many voters in the county seem more against one side than for the other, which is a worry because, “In the end, people vote for somebody.”',
    { type: 'direct', text: 'In the end, people vote for somebody.', speaker: 'Tessa Lind', cue: 'added' }],
  ['a participle after a comma speaks for the sentence subject, not the name before the comma', 'Councillor Ana Brandt attacked the plan for its cost in Leeds and York, saying, "It is a tax on the poor."',
    { type: 'direct', text: 'It is a tax on the poor.', speaker: 'Ana Brandt', cue: 'saying' }],
  ['a dateline before a dash is no speaker', 'OSLO -- Minister Kari Holm, opening the new hall on Friday, said it would tell the story of the coast.',
    { type: 'indirect', text: 'it would tell the story of the coast', speaker: 'Kari Holm', cue: 'said' }],
  ['a participle phrase opening the sentence is no speaker', 'Stung by the audit, as well as complaints over the delays, Mayor Ines Duval rewrote the plan, promising to open the clinic by June.',
    { type: 'indirect', text: 'to open the clinic by June', speaker: 'Ines Duval', cue: 'promising' }],
  ['a definite subject ends at its verb', 'The board rewrote the plan, promising to open the clinic by June.',
    { type: 'indirect', text: 'to open the clinic by June', speaker: 'The board', cue: 'promising' }],
  ['a gerund in an opening adverbial clause speaks for the main clause\'s subject', 'After saying the plan was “a total mess,” Mayor Ines Duval left the room.',
    { type: 'partial', text: 'a total mess,', speaker: 'Ines Duval', cue: 'saying' }],
  ['a cue inside a "which" clause reports the words after it', 'Mayor Ines Duval returned the gifts, which she said were offered in exchange for favors.',
    { type: 'indirect', text: 'were offered in exchange for favors', speaker: 'Ines Duval', cue: 'said' }],
  ['"state" before a noun is no cue', 'Federal and state officials said the grant program was riddled with fraud.',
    { type: 'indirect', text: 'the grant program was riddled with fraud', speaker: 'state officials', cue: 'said' }],
  ['an age between commas before a relative clause', 'Okafor, 56, who has chaired the committee for a decade, said the breach was directed from abroad.',
    { type: 'indirect', text: 'the breach was directed from abroad', speaker: 'Okafor', cue: 'said' }],
  ['an outlet\'s programme after "told" is the hearer', 'Okafor told NBC\'s weekly radio show it is clear that the breach was directed from abroad.',
    { type: 'indirect', text: 'it is clear that the breach was directed from abroad', speaker: 'Okafor', cue: 'told' }],
  ['a wh-word before the speakers is not part of them', 'Voters care about how economists say the plan would work.',
    { type: 'indirect', text: 'the plan would work', speaker: 'economists', cue: 'say' }],
  ['a weekday right after the verb is when, not what', 'The city police revealed Tuesday the stolen van was found near the port.',
    { type: 'indirect', text: 'the stolen van was found near the port', speaker: 'The city police', cue: 'revealed' }],
  ['"and" + a verb inside a clause that has its own verb stays in it', 'The mayor said prices rose and fell all year.',
    { type: 'indirect', text: 'prices rose and fell all year', speaker: 'The mayor', cue: 'said' }],
  ['"and" + a past verb after an object is the subject\'s next deed', 'The union promised a long strike and demanded talks.',
    { type: 'indirect', text: 'a long strike', speaker: 'The union', cue: 'promised' }],
  ['a nickname in quotation marks stays inside the name', 'Rep. Robert C. "Bobby" Tull opened his farm on Saturday. "We are here for the people," he said.',
    { type: 'direct', text: 'We are here for the people,', speaker: 'Robert C. Tull', cue: 'said' }],
  ['a pronoun stands for a role noun that names nobody in the article', 'The mayor said the plan had failed. She added that the budget was short by a third.',
    { type: 'indirect', text: 'that the budget was short by a third', speaker: 'The mayor', cue: 'added' }],
  ['a place and an institution before a rank are the role', '“We will find out what happened,” Brookfield police Chief Ana Ruiz said Monday.',
    { type: 'direct', text: 'We will find out what happened,', speaker: 'Ana Ruiz', cue: 'said' }],
  ['two appositives after a closing quotation', '“It is an overreach,” Dana Reyes, the attorney general of the state, one of the plaintiffs in the case, said at a forum.',
    { type: 'direct', text: 'It is an overreach,', speaker: 'Dana Reyes', cue: 'said' }],
  ['a dateline is not part of the content', 'OSLO ― The new tunnel will open in May, transport officials said Friday afternoon, as they toured the site.',
    { type: 'indirect', text: 'The new tunnel will open in May', speaker: 'transport officials', cue: 'said' }],
  ['a noun ending like an adverb heads the speakers', 'An ally of the mayor said the vote would fail.',
    { type: 'indirect', text: 'the vote would fail', speaker: 'An ally of the mayor', cue: 'said' }],
  ['a role noun joined by "to"', 'An aide to the governor said the budget would pass.',
    { type: 'indirect', text: 'the budget would pass', speaker: 'An aide to the governor', cue: 'said' }],
  ['surrogates speak', 'His surrogates said not paying taxes made him "smart."',
    { type: 'partial', text: 'smart.', speaker: 'His surrogates', cue: 'said' }],
  ['a characterising verb frames its quoted object', 'The ministry branded the border raid an “act of open aggression.”',
    { type: 'partial', text: 'act of open aggression.', speaker: 'The ministry', cue: 'branded' }],
  ['a chant of letters is speech', 'Supporters in the hall kept chanting “U-S-A! U-S-A!” as the governor walked in.',
    { type: 'partial', text: 'U-S-A! U-S-A!', speaker: 'Supporters', cue: 'chanting' }],
  ['a passive verdict: the words, with no speaker', 'When the fact-checkers examined the claim, it was labeled “Mostly True.”',
    { type: 'partial', text: 'Mostly True.', speaker: null, cue: 'labeled' }],
  ['a noun after a determiner is no cue', 'The claim was labeled “mostly true.”',
    { type: 'partial', text: 'mostly true.', speaker: null, cue: 'labeled' }],
  ['an active cue before a passive one wins', 'As Mr. Weller observed, in the first weeks -- when nobody was worried about money -- “what would you cut?”',
    { type: 'partial', text: 'what would you cut?', speaker: 'Weller', cue: 'observed' }],
  ['"used the phrase": the subject\'s wording, title case or not', 'The governor has used the phrase “Radical Agenda” in every speech.',
    { type: 'partial', text: 'Radical Agenda', speaker: 'The governor', cue: 'used' }],
  ['VERB OBJECT as a “…”: a characterisation', 'Senator Amara Okafor has been pounding the developer as a “land grabber” for weeks.',
    { type: 'partial', text: 'land grabber', speaker: 'Amara Okafor', cue: 'pounding' }],
  ['a list item opening on its verb has no speaker', 'Calls rivals names like “cowards,” and skips the debates.',
    { type: 'partial', text: 'cowards,', speaker: null, cue: 'Calls' }],
  ['two sentences are words, not a title', 'The paper ran one of the reader’s letters as its headline: “Enough. We want the park back.” The message was clear.',
    { type: 'direct', text: 'Enough. We want the park back.', speaker: null }],
  ['"knows all about": the topic without its preposition', 'I know all about Jonas Weller, what he is doing to win, and how he is courting his "loyal" donors with promises.',
    { type: 'indirect', text: 'Jonas Weller, what he is doing to win, and how he is courting his "loyal" donors with promises', speaker: 'I', cue: 'know' }],
  ['a hearer with an adjective before "that"', 'Jonas Weller spoke at the hall. He told an invited crowd that the budget mattered.',
    { type: 'indirect', text: 'that the budget mattered', speaker: 'Jonas Weller', cue: 'told' }],
  ['"tells so many stories that" has no hearer', 'Critics say Jonas Weller tells so many stories that nobody trusts him.',
    { type: 'indirect', text: 'Jonas Weller tells so many stories that nobody trusts him', speaker: 'Critics', cue: 'say' }],
  ['a colon-introduced quotation keeps its speaker over the next sentence', 'Minister Kate Ellis spoke on Monday. She added: “The count starts at noon.” The aide notes that it may slip.',
    { type: 'direct', text: 'The count starts at noon.', speaker: 'Kate Ellis', cue: 'added' }],
  ['a quoted slogan is no name for a pronoun', 'In his speech, the senator, Jonas Weller, proclaimed a goal of "Peace Through Strength." He told an invited crowd that it mattered.',
    { type: 'indirect', text: 'that it mattered', speaker: 'Jonas Weller', cue: 'told' }],
  ['a noun of saying, a prepositional phrase, then its that-clause', 'The senator repeated his claim in the same interview that the two men were “not close”.',
    { type: 'partial', text: 'not close', speaker: null, cue: 'claim' }],
  ['a party and state tag between the name and the verb', '“Our assumption is that the vote will hold,” Senate Leader Ada Okafor, R-Ky., said Tuesday.',
    { type: 'direct', text: 'Our assumption is that the vote will hold,', speaker: 'Ada Okafor', cue: 'said' }],
  ['said + numeric and lower-case modifiers + name', '“The reasons do not hold weight,” said 9/11 widow Tessa Lind.',
    { type: 'direct', text: 'The reasons do not hold weight,', speaker: 'Tessa Lind', cue: 'said' }],
  ['a verb that takes a gerund stands between the speaker and the cue', 'The checkers ruled it true, but in their report they could not resist pointing out that most shootings were not fatal.',
    { type: 'indirect', text: 'that most shootings were not fatal', speaker: 'they', cue: 'pointing' }],
  ['"now" between the speaker and the cue', 'Senator Ada Okafor now says she opposes the deal.',
    { type: 'indirect', text: 'she opposes the deal', speaker: 'Ada Okafor', cue: 'says' }],
  ['"state" in the object of "warned … to" is a noun', 'Last month, the bureau warned state elections officials to boost their security.',
    { type: 'indirect', text: 'to boost their security', speaker: 'the bureau', cue: 'warned' }],
  ['a quoted title teaches no name', 'Jonas Weller spoke at the hall. Friends printed a booklet titled “The Wit and Wisdom of Jonas Weller.” Weller now denies he ever said any of it.',
    { type: 'indirect', text: 'he ever said any of it', speaker: 'Jonas Weller', cue: 'denies' }],
  ['"appeared to" before the cue leaves the saying done', 'Jonas Weller drew criticism after he appeared to suggest that veterans are weak.',
    { type: 'indirect', text: 'that veterans are weak', speaker: 'Jonas Weller', cue: 'suggest' }],
  ['"went on to say"', 'The mayor went on to say that the budget was balanced.',
    { type: 'indirect', text: 'that the budget was balanced', speaker: 'The mayor', cue: 'say' }],
  ['implored + object + infinitive', 'Two speechwriters implored her to bring the line back.',
    { type: 'indirect', text: 'to bring the line back', speaker: 'Two speechwriters', cue: 'implored' }],
];

describe('attribution', () => {
  it.each(table)('%s', (_name, paras, want) => {
    const file = run(article(paras));
    const c = file.data.claims.find((x) => x.type !== 'statement' && x.text === want.text) ?? file.data.claims.find((x) => x.type !== 'statement' && x.text.includes(want.text));
    expect(c, `no claim holds "${want.text}"; got ${JSON.stringify(file.data.claims.map((x) => [x.type, x.text]))}`).toBeDefined();
    expect(c!.type).toBe(want.type);
    expect(c!.text).toBe(want.text);
    expect(c!.speaker?.name ?? null).toBe(want.speaker);
    if (want.cue) expect(c!.cue?.text).toBe(want.cue);
    expect(file.text.slice(c!.start, c!.end)).toBe(c!.text);
  });

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
  it.each([['economist', true], ['the resident', true], ['supporters', true], ['resist', false], ['insist', false]])('%s: %s', (name, want) => {
    expect(plausibleSpeaker(noun(name))).toBe(want);
  });
});

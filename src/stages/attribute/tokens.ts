// Word tokens with offsets into the article text, and the word classes the attribution rules use.
import { lexicon } from '../../lexicon/index.js';

export interface Token { text: string; start: number; end: number; lower: string }

const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.\-]*[\p{L}\p{N}])?\.?|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const part = text.slice(start, end);
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(part))) {
    let t = m[0];
    // a final period belongs to the word only for abbreviations and initials ("Mr.", "J.", "U.S.")
    if (t.length > 1 && t.endsWith('.')) {
      const w = t.slice(0, -1);
      if (!(lexicon().abbreviations.has(w) || /^\p{Lu}$/u.test(w) || /\./.test(w))) t = w;
    }
    out.push({ text: t, start: start + m.index, end: start + m.index + t.length, lower: t.toLowerCase() });
    if (t.length < m[0].length) {
      TOKEN.lastIndex = m.index + t.length;
    }
  }
  return out;
}

export const isCap = (t: Token | undefined): boolean => !!t && /^\p{Lu}/u.test(t.text) && /\p{L}/u.test(t.text);
export const isWord = (t: Token | undefined): boolean => !!t && /^[\p{L}\p{N}]/u.test(t.text);
export const isLowerWord = (t: Token | undefined): boolean => !!t && /^\p{Ll}/u.test(t.text);

/** A list item with no subject opens on its verb ("Calls rivals names …", "Says he will run"): token 0 is a cue form in -s before a lower-case word. */
export const opensOnVerb = (toks: Token[]): boolean =>
  !!toks[0] && /s$/.test(toks[0].lower) && isLowerWord(toks[1]) && lexicon().cueForms.has(toks[0].lower);

/** the lemma when the token is a form of a cue verb */
export function cueLemma(t: Token | undefined): string | undefined {
  // a capitalised word is a name ("The Post reports"), not a cue verb
  return t && !/^\p{Lu}/u.test(t.text) ? lexicon().cueForms.get(t.lower) : undefined;
}

export const DETERMINERS = new Set(['the', 'a', 'an', 'another', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'some', 'many', 'most', 'other', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these', 'those', 'both', 'all', 'senior', 'top']);
/** the days of the week, lower case */
/** A participle that may open a sentence as an adverbial phrase ("Chastened by …", "Asked about …", "Stung by …"). */
export const PARTICIPLE = /^\p{Lu}\p{Ll}+(ed|ing)$|^(Stung|Given|Taken|Driven|Shaken|Caught|Beaten|Known|Seen|Told|Left|Struck|Built|Led|Born|Brought|Thrown|Torn|Bound|Held|Spurred|Shown|Hidden|Frozen|Forgotten)$/u;
/** Prepositions after such a participle. */
export const PARTICIPLE_PREP = /^(by|about|with|to|at|in|for|after|from|on|over|during|into|under|as)$/;
export const WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** a weekday or today, tonight, yesterday, tomorrow (lower case) */
export const isDayWord = (w: string): boolean => WEEKDAY.test(w) || /^(today|tonight|yesterday|tomorrow)$/.test(w);
/** How many tokens the dash at j takes: — – ― "--" are one, the typewriter's "-" "-" two; 0 when no dash. */
export function dashAt(t: Token[], j: number): number {
  const x = t[j]?.text;
  if (x === '—' || x === '–' || x === '―' || x === '--') return 1;
  return x === '-' && t[j + 1]?.text === '-' && t[j + 1].start === t[j].end ? 2 : 0;
}
/** adverbs and auxiliaries that may stand between a speaker and the cue ("X also said", "X has said") */
export const BETWEEN = new Set(['been', 'also', 'now', 'further', 'later', 'then', 'separately', 'pointedly', 'again', 'recently', 'previously', 'once', 'repeatedly', 'publicly', 'privately', 'reportedly', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'could', 'may', 'might', 'did', 'does', 'do', 'not', 'never', 'still', 'just', 'even', 'already', 'often', 'first', 'subsequently', 'similarly', 'likewise', 'too', 'openly', 'flatly', 'bluntly', 'quickly', 'firmly', 'angrily', 'simply', 'correctly', 'rightly', 'explicitly', 'clearly', 'categorically', 'emphatically', 'immediately', 'ultimately', 'essentially', 'frankly', 'candidly']);
/** capitalised words that begin sentences but are not names */
export const SENTENCE_STARTERS = new Set(['The', 'A', 'An', 'But', 'And', 'So', 'Yet', 'Even', 'Then', 'Now', 'Also', 'Still', 'However', 'Meanwhile', 'Later', 'In', 'On', 'At', 'For', 'With', 'When', 'While', 'If', 'As', 'After', 'Before', 'Since', 'This', 'That', 'These', 'Those', 'Such', 'Both', 'Finally', 'Previously', 'Indeed', 'Thus', 'Here', 'There', 'Instead', 'Asked', 'Speaking', 'According', 'Nor', 'Or', 'Its', 'His', 'Her', 'Their', 'Our', 'My', 'Your', 'Last', 'Next', 'Earlier', 'Today', 'Yesterday', 'Tomorrow', 'Why', 'What', 'How', 'Who', 'Where', 'Although', 'Though', 'Because', 'Unlike', 'Like', 'By', 'From', 'To', 'Of', 'Under', 'Over', 'Despite', 'During', 'Without', 'Most', 'Many', 'Some', 'Several', 'Other', 'Others', 'Each', 'Every', 'No', 'Not', 'Only', 'Just', 'Yes', 'Mr', 'Whether', 'Regarding', 'Following', 'Speaking', 'Commenting', 'Responding', 'Addressing', 'Referring', 'Turning', 'Given', 'Amid', 'Among', 'Against', 'Through', 'Within', 'Upon', 'Beyond', 'Toward', 'Towards', 'It', 'He', 'She', 'They', 'We', 'I', 'You', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Dozens', 'Hundreds', 'Thousands', 'Perhaps', 'Maybe', 'Having', 'Once', 'Until', 'Unless', 'Everything', 'Nothing', 'Anything', 'Something', 'Everyone', 'Nobody', 'Anyone', 'Someone', 'Everybody', 'Somebody']);
/** lower-case words that may join capitalised words inside one name ("Department of State", "Ursula von der Leyen") */
export const NAME_JOINERS = new Set(['of', 'de', 'del', 'der', 'von', 'van', 'la', 'le', 'al', 'bin', 'da', 'di', 'du', 'for', 'on']);

/** a passive cue ("was told", "has been called", "is quoted"): its subject is not the speaker */
export function isPassive(t: Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && /ly$/.test(t[j].lower)) j--; // "was widely quoted"
  return j >= 0 && /^(been|was|were|is|are|being|be|get|got|gets)$/.test(t[j].lower) && /(ed|told|said|written|shown|known|given|seen)$/.test(t[k].lower);
}

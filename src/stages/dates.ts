// Dates: normalise what pages write ("2019-11-20T13:14:00Z", "Nov 20, 2019", "20.11.2019",
// "21. Januar 2022") to ISO 8601, and find dates in URLs and visible text.
import { monthNames } from '../lexicon/index.js';

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, m: number, d: number): boolean {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1;
}

function ymd(y: number, m: number, d: number): string | undefined {
  return valid(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : undefined;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;

/** Parses one date string; returns ISO 8601 (date-time when the input has a time and zone, else a day). */
export function normaliseDate(s: string): string | undefined {
  s = s.trim();
  if (!s) return undefined;
  let m = ISO.exec(s);
  if (m) {
    const day = ymd(+m[1], +m[2], +m[3]);
    if (!day) return undefined;
    if (m[4] && m[7]) return `${day}T${m[4]}:${m[5]}:${m[6] ?? '00'}${m[7] === 'Z' ? 'Z' : m[7].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')}`;
    return day;
  }
  // 20191120 / 2019/11/20 / 2019.11.20
  m = /^(\d{4})[/.]?(\d{2})[/.]?(\d{2})\b/.exec(s);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  return dateInText(s)?.date;
}

/** "/2019/11/20/" or "/2019-11-20" in a URL. */
export function dateFromUrl(url: string): string | undefined {
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|\.html?|$)/.exec(url) ?? /[/-]((?:19|20)\d{2})(\d{2})(\d{2})[/-]/.exec(url);
  return m ? ymd(+m[1], +m[2], +m[3]) : undefined;
}

type DatePattern = [RegExp, (m: RegExpExecArray) => string | undefined];
let patternsCache: DatePattern[] | undefined;
/** compiled once: a worker calls dateInText for every date-like element of every page */
function datePatterns(): DatePattern[] {
  if (patternsCache) return patternsCache;
  const months = monthNames();
  const name = '([\\p{L}]{3,12})\\.?';
  patternsCache = [
    // 2019-11-20
    [/\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/g, (m) => ymd(+m[1], +m[2], +m[3])],
    // November 20, 2019 / Nov. 20th 2019
    [new RegExp(`${name}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})`, 'gu'), (m) => { const mo = months.get(m[1].toLowerCase()); return mo ? ymd(+m[3], mo, +m[2]) : undefined; }],
    // 20 November 2019 / 21. Januar 2022 / 3 de marzo de 2021
    [new RegExp(`\\b(\\d{1,2})(?:\\.|er|st|nd|rd|th)?\\s+(?:de\\s+)?${name}\\s+(?:de\\s+)?((?:19|20)\\d{2})`, 'gu'), (m) => { const mo = months.get(m[2].toLowerCase()); return mo ? ymd(+m[3], mo, +m[1]) : undefined; }],
    // 20.11.2019 / 20/11/2019 (day first, as most of the world writes it) / 11/20/2019 (US, when the day > 12)
    [/\b(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d{2})\b/g, (m) => (+m[2] > 12 ? ymd(+m[3], +m[1], +m[2]) : ymd(+m[3], +m[2], +m[1]))],
    // 2019/11/20
    [/\b((?:19|20)\d{2})[/.](\d{1,2})[/.](\d{1,2})\b/g, (m) => ymd(+m[1], +m[2], +m[3])],
  ];
  return patternsCache;
}

/** The first date written in a text, in any of the common numeric or month-name forms. */
export function dateInText(text: string): { date: string; index: number } | undefined {
  // no year, no date (every pattern has one): most texts stop here
  if (!/(?:19|20)\d{2}/.test(text)) return undefined;
  const patterns = datePatterns();
  let best: { date: string; index: number } | undefined;
  for (const [re, f] of patterns) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const d = f(m);
      if (d) { if (!best || m.index < best.index) best = { date: d, index: m.index }; break; }
    }
  }
  return best;
}

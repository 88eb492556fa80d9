// Bytes → string, or a clear reject: EMPTY, BINARY, UNDECODABLE. Never guesses silently.
import { fail, type MediaType } from '../article.js';

export interface Decoded { text: string; charset: string; mediaType: MediaType }

const HTML_SNIFF = /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body|meta|article|div|p)\b/i;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

export function sniffMediaType(name: string, head: string): MediaType {
  if (/\.html?$/i.test(name)) return 'text/html';
  if (/\.(txt|md|text)$/i.test(name)) return 'text/plain';
  return HTML_SNIFF.test(head) ? 'text/html' : 'text/plain';
}

/** True when the bytes look like a binary file: NUL bytes or many control characters in the first 8 KB. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** Legacy encodings tried when a page is not UTF-8 and says nothing true about itself: East Asian
 *  multi-byte encodings first (they fail on wrong input), then single-byte Cyrillic or Western. */
function sniff(raw: Uint8Array): { label: string; text: string } | undefined {
  let high = 0, letters = 0;
  for (const b of raw.subarray(0, 65536)) { if (b >= 0x80) high++; else if ((b | 32) >= 97 && (b | 32) <= 122) letters++; }
  for (const label of ['shift_jis', 'euc-jp', 'gb18030', 'big5', 'euc-kr']) {
    const text = decodeWith(label, raw);
    if (text === null) continue;
    const nonAscii = text.match(/[^\x00-\x7f]/g) ?? [];
    const cjk = nonAscii.filter((c) => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u.test(c)).length;
    if (nonAscii.length > 20 && cjk / nonAscii.length > 0.9) return { label, text };
  }
  // many high bytes next to few ASCII letters: a Cyrillic page; few: accents in a Western one
  const label = high > letters * 0.5 ? 'windows-1251' : 'windows-1252';
  const text = decodeWith(label, raw);
  return text === null ? undefined : { label, text };
}

/** windows-1252's 0x80–0x9F (WHATWG): Node's TextDecoder maps these bytes as ISO-8859-1 or drops them. */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const WINDOWS_1252 = /^(windows-1252|cp1252|x-cp1252|iso-8859-1|iso8859-1|iso_8859-1|latin1|l1|us-ascii|ascii|ansi_x3\.4-1968|cp819|ibm819|iso-ir-100)$/i;

function decode1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const part = bytes.subarray(i, i + 8192);
    let s = '';
    for (const b of part) s += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
    out += s;
  }
  return out;
}

function decodeWith(label: string, bytes: Uint8Array): string | null {
  if (WINDOWS_1252.test(label)) return decode1252(bytes);
  try { return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes); } catch { return null; }
}

export function decode(raw: Uint8Array | string, name: string, mediaType?: MediaType): Decoded {
  if (typeof raw === 'string') {
    if (!raw.trim()) fail('EMPTY', `${name} has no text: nothing to extract`);
    return { text: raw, charset: 'utf-8', mediaType: mediaType ?? sniffMediaType(name, raw.slice(0, 1024)) };
  }
  if (raw.length === 0) fail('EMPTY', `${name} is empty (0 bytes)`);
  // 1. a byte-order mark decides the encoding
  let bomCharset: string | undefined;
  if (raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf) bomCharset = 'utf-8';
  else if (raw[0] === 0xff && raw[1] === 0xfe) bomCharset = 'utf-16le';
  else if (raw[0] === 0xfe && raw[1] === 0xff) bomCharset = 'utf-16be';
  if (!bomCharset && looksBinary(raw)) fail('BINARY', `${name} looks like a binary file (NUL or control bytes), not an article`);
  const head = new TextDecoder('latin1').decode(raw.subarray(0, 2048));
  const type = mediaType ?? sniffMediaType(name, head);
  // 2. a declared charset (HTML only), else UTF-8
  const declared = type === 'text/html' ? META_CHARSET.exec(head)?.[1]?.toLowerCase() : undefined;
  const charset = bomCharset ?? declared ?? 'utf-8';
  let label = charset;
  try { new TextDecoder(label); } catch {
    fail('UNDECODABLE', `${name} declares charset "${charset}", which is not a known encoding`);
  }
  let text = decodeWith(label, raw);
  if (text === null && !bomCharset && declared && declared !== 'utf-8') {
    label = 'utf-8';
    text = decodeWith(label, raw); // a wrong declaration over UTF-8 bytes is common
  }
  if (text === null && !bomCharset && type === 'text/html') {
    // nothing declared, or a wrong declaration, and not UTF-8: sniff the legacy encodings
    const sniffed = sniff(raw);
    if (sniffed) { label = sniffed.label; text = sniffed.text; }
  }
  if (text === null) {
    fail('UNDECODABLE', `${name} is not valid ${charset.toUpperCase()}${declared ? '' : ' and declares no charset'}: convert it to UTF-8 or declare its charset`);
  }
  if (!text.trim()) fail('EMPTY', `${name} has only white space`);
  return { text, charset: label, mediaType: type };
}

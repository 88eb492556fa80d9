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

function decodeWith(label: string, bytes: Uint8Array): string | null {
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
  if (text === null) {
    fail('UNDECODABLE', `${name} is not valid ${charset.toUpperCase()}${declared ? '' : ' and declares no charset'}: convert it to UTF-8 or declare its charset`);
  }
  if (!text.trim()) fail('EMPTY', `${name} has only white space`);
  return { text, charset: label, mediaType: type };
}

// Any length, English only: a sentence or a few lines are all body; a text in another language gets a
// NOT_ENGLISH message and no claims, never English rules read on it (sentences written for this project).
import { describe, expect, it } from 'vitest';
import { processArticle } from '../src/pipeline.js';
import { defaultConfig } from '../src/config.js';

const extract = (raw: string, mediaType: 'text/plain' | 'text/html' = 'text/plain') => {
  const r = processArticle({ name: 'x', raw, mediaType }, defaultConfig);
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  return r.file;
};
const codes = (f: ReturnType<typeof extract>) => f.messages.map((m) => m.code);

describe('short inputs are all body', () => {
  it.each([
    ['one sentence ending in a closing mark', 'Mira Osei said: “We will win this seat by a mile.”', [['direct', 'We will win this seat by a mile.', 'Mira Osei']]],
    ['two lines: a quotation and its attribution', 'Town hall, Tuesday\n“We will win this seat,” said Mira Osei.', [['direct', 'We will win this seat,', 'Mira Osei']]],
    ['a line with no final stop', 'Mira Osei says the seat is safe', [['indirect', 'the seat is safe', 'Mira Osei']]],
  ])('%s', (_n, text, want) => {
    const f = extract(text);
    expect(f.data.claims.filter((c) => c.type !== 'statement').map((c) => [c.type, c.text, c.speaker?.name])).toEqual(want);
  });
});

describe('only English is attributed', () => {
  it.each([
    ['Portuguese', 'O prefeito disse que a cidade vai recorrer da decisão. “Vamos lutar até o fim”, afirmou o prefeito ontem à noite, diante de dezenas de moradores.'],
    ['Indonesian', 'Kita akan terus berjuang untuk rakyat, kata presiden di depan wartawan pada hari Senin. Pemerintah juga menyiapkan anggaran tambahan untuk daerah yang terdampak banjir.'],
    ['Korean', '대통령은 "우리는 끝까지 싸울 것"이라고 말했다. 이는 기자들 앞에서 한 발언이다. 정부는 피해 지역에 추가 예산을 편성할 계획이다.'],
  ])('%s: a NOT_ENGLISH message and no claims', (_n, text) => {
    const f = extract(text);
    expect(codes(f)).toContain('NOT_ENGLISH');
    expect(f.data.claims).toEqual([]);
  });
  it('a page declared in another language is not attributed', () => {
    const html = '<html lang="pt-BR"><body><article><p>O prefeito disse que a cidade vai recorrer da decisão judicial.</p><p>“Vamos lutar até o fim”, afirmou o prefeito ontem à noite.</p><p>A câmara votará o orçamento na próxima semana, segundo o presidente da casa.</p></article></body></html>';
    const f = extract(html, 'text/html');
    expect(codes(f)).toContain('NOT_ENGLISH');
    expect(f.data.claims).toEqual([]);
  });
  it('English text is attributed, declared or not, long or short', () => {
    expect(codes(extract('“We will win,” said Mira Osei.'))).not.toContain('NOT_ENGLISH');
    const html = '<html lang="en"><body><article><p>The mayor said the city would appeal the ruling.</p><p>“We will fight to the end,” she said on Monday night, in front of dozens of residents.</p><p>The council will vote on the budget next week, its president said.</p></article></body></html>';
    const f = extract(html, 'text/html');
    expect(codes(f)).not.toContain('NOT_ENGLISH');
    expect(f.data.claims.some((c) => c.type === 'direct')).toBe(true);
  });
});

/**
 * Text width without a DOM, so layout runs in Node and in the static renderer the same way.
 * Average advance widths of system-ui sans fonts, in em: Hangul syllables and CJK are full-width,
 * digits are tabular (~0.56em), narrow Latin letters and punctuation less. Errs a little wide so
 * labels that the estimate says fit do fit; a browser may pass a measuring function instead.
 */
export type MeasureText = (text: string, fontPx: number, bold?: boolean) => number;

export const estimateTextWidth: MeasureText = (text, fontPx, bold = false) => {
  let em = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x1100 && (c <= 0x11ff || (c >= 0x3000 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3))) em += 0.95;
    else if (/[ilIjtf.,:;'’|!()\[\] ]/.test(ch)) em += 0.3;
    else if (/[mwMW@%]/.test(ch)) em += 0.85;
    else if (/[A-Z$\u2212]/.test(ch)) em += 0.68;
    else em += 0.62;
  }
  return em * fontPx * (bold ? 1.08 : 1);
};

let canvas: CanvasRenderingContext2D | null | undefined;

/**
 * Measures with the font the chart is really drawn in (canvas measureText), where a DOM exists;
 * falls back to the estimate elsewhere. Results are cached per font, size and text. `letterPx`
 * and `wordPx` are the letter and word spacing the labels inherit (a reader's text-spacing
 * style sheet, WCAG 1.4.12): added after every character and every space, as browsers draw them.
 */
export function createTextMeasurer(fontFamily: string, letterPx = 0, wordPx = 0): MeasureText {
  if (canvas === undefined)
    canvas = typeof document === 'undefined' ? null : (document.createElement('canvas').getContext?.('2d') ?? null); // no canvas on a server's DOM shim
  if (!canvas || !fontFamily) return estimateTextWidth;
  const ctx = canvas;
  const cache = new Map<string, number>();
  return (text, fontPx, bold = false) => {
    const font = `${bold ? '600 ' : ''}${fontPx}px ${fontFamily}`;
    const key = `${font}|${text}`;
    let w = cache.get(key);
    if (w === undefined) {
      ctx.font = font;
      w = ctx.measureText(text).width + letterPx * [...text].length + wordPx * text.split(' ').length - wordPx;
      cache.set(key, w);
    }
    return w;
  };
}

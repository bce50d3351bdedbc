/**
 * Text width without a DOM, so layout runs in Node and in the static renderer the same way.
 * Average advance widths of system-ui sans fonts, in em: Hangul syllables and CJK are full-width,
 * digits are tabular (~0.56em), narrow Latin letters and punctuation less. Errs a little wide so
 * labels that the estimate says fit do fit; a browser may pass a measuring function instead.
 */
export type MeasureText = (text: string, fontPx: number) => number;

export const estimateTextWidth: MeasureText = (text, fontPx) => {
  let em = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x1100 && (c <= 0x11ff || (c >= 0x3000 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3))) em += 0.95;
    else if (/[ilIjtf.,:;'’|!()\[\] ]/.test(ch)) em += 0.3;
    else if (/[mwMW@%]/.test(ch)) em += 0.85;
    else if (/[A-Z$]/.test(ch)) em += 0.66;
    else em += 0.56;
  }
  return em * fontPx;
};

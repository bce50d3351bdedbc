/**
 * The default colours, one source for the styles and for the test that checks them
 * (test/unit/palette.test.ts: 3:1 contrast for every mark colour against its background, and
 * distinct series under simulated protanopia, deuteranopia and tritanopia).
 *
 * Series colours start from Okabe–Ito: blue #0072B2 for exports; vermillion #D55E00, darkened to
 * #C15400, for imports; reddish purple #CC79A7 (2.9:1, too faint on white), darkened to wine
 * #742058, for the deficit; bluish green #009E73, darkened to #007F5F, for surpluses. The dark
 * theme re-picks lighter members of the same hues for the dark background rather than inverting;
 * its deficit mauve #A47898 was chosen (within ΔE 12 of the first pick) so that exports and the
 * deficit stay apart under protanopia (ΔE00 7.9 -> 16.9).
 */
export interface Palette {
  background: string;
  text: string;
  muted: string;
  grid: string;
  zero: string;
  milestone: string;
  exports: string;
  imports: string;
  deficit: string;
  surplus: string;
  focus: string;
  tooltipBackground: string;
}

export const PALETTE: { light: Palette; dark: Palette } = {
  light: {
    background: '#ffffff',
    text: '#1a1a1a',
    muted: '#595959',
    grid: '#e3e3e3',
    zero: '#4d4d4d',
    milestone: '#6b6b6b',
    exports: '#0072b2',
    imports: '#c15400',
    deficit: '#742058',
    surplus: '#007f5f',
    focus: '#1a1a1a',
    tooltipBackground: '#ffffff',
  },
  dark: {
    background: '#16181d',
    text: '#f2f2f2',
    muted: '#b3b3b3',
    grid: '#33363d',
    zero: '#c8c8c8',
    milestone: '#a6a6a6',
    exports: '#56b4e9',
    imports: '#f0884a',
    deficit: '#a47898',
    surplus: '#3cc29a',
    focus: '#f2f2f2',
    tooltipBackground: '#23262d',
  },
};

/** Colours that carry meaning and so need 3:1 against the background (WCAG 1.4.11). */
export const MARK_COLOURS = [
  'exports',
  'imports',
  'deficit',
  'surplus',
  'zero',
  'milestone',
  'focus',
  'muted',
  'text',
] as const;

/** Series drawn with the same kind of mark, or side by side: told apart by colour among other cues. */
export const CLOSE_PAIRS = [
  ['exports', 'imports'],
  ['exports', 'deficit'],
  ['imports', 'deficit'],
  ['deficit', 'surplus'],
] as const;

/** Series that also differ in mark (a line against bars), so colour is a secondary cue. */
export const OTHER_PAIRS = [
  ['exports', 'surplus'],
  ['imports', 'surplus'],
] as const;

const INTERNAL: Partial<Record<keyof Palette, string>> = { background: 'bg', tooltipBackground: 'tooltip-bg' };
const kebab = (k: string) => k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** `--_exports: var(--korus-color-exports, #0072b2);` … for one theme. */
export function paletteDeclarations(p: Palette): string {
  return Object.entries(p)
    .map(([k, v]) => `--_${INTERNAL[k as keyof Palette] ?? kebab(k)}: var(--korus-color-${kebab(k)}, ${v});`)
    .join('');
}

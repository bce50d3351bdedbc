import type { Style } from './css.js';
import type { Drawing } from './draw.js';
import type { Node } from './node.js';
import { collapse } from './write-svg.js';

const ALIGN: Record<string, CanvasTextAlign> = { middle: 'center', end: 'end' };

/**
 * Paints a drawing on a canvas with the 2D API, mark by mark, from the same resolved styles the
 * SVG file carries. No image is decoded, so a page whose Content-Security-Policy blocks blob:
 * and data: images still gets its PNG.
 */
export function paint(d: Drawing, canvas: HTMLCanvasElement, scale: number): void {
  canvas.width = d.widthPx * scale;
  canvas.height = d.heightPx * scale;
  const ctx = canvas.getContext('2d')!;
  const draw = (node: Node, x = 0, y = 0): void => {
    const s = d.styles.get(node)!;
    const n = (k: string) => parseFloat(node.attrs[k]) || 0;
    const t = /translate\(([-\d.e]+)[\s,]*([-\d.e]*)/.exec(node.attrs.transform ?? '');
    if (t) ((x += +t[1]), (y += +t[2] || 0));
    ctx.setTransform(scale, 0, 0, scale, x * scale, y * scale);
    let shape: Path2D | undefined = new Path2D();
    if (node.tag === 'path') shape = new Path2D(node.attrs.d);
    else if (node.tag === 'rect') shape.rect(n('x'), n('y'), n('width'), n('height'));
    else if (node.tag === 'circle') shape.arc(n('cx'), n('cy'), n('r'), 0, 7);
    else if (node.tag === 'line') (shape.moveTo(n('x1'), n('y1')), shape.lineTo(n('x2'), n('y2')));
    else shape = undefined;
    if (node.tag === 'text') {
      // Runs: the text's own string, then each tspan at its x (or after the last run) and dy.
      let [tx, ty] = [0, n('y')];
      for (const el of [node, ...node.kids.filter((k): k is Node => typeof k !== 'string' && k.tag === 'tspan')]) {
        const st = d.styles.get(el)!;
        const size = parseFloat(st['font-size']) || 16;
        const text = collapse(el.kids);
        if (el.attrs.x) tx = parseFloat(el.attrs.x);
        ty += (parseFloat(el.attrs.dy) || 0) * (/em$/.test(el.attrs.dy) ? size : 1);
        ctx.font = `${st['font-weight'] ?? ''} ${size}px ${st['font-family']}`;
        ctx.textAlign = ALIGN[st['text-anchor']] ?? 'start';
        paintWith(st, (how) => ctx[`${how}Text`](text, tx, ty));
        tx += ctx.measureText(text).width;
      }
    } else if (shape) paintWith(s, (how) => ctx[how](shape!));
    for (const k of node.kids)
      if (typeof k !== 'string' && k.tag !== 'tspan' && k.tag !== 'title' && k.tag !== 'desc') draw(k, x, y);
  };
  /** Fill and stroke in the element's paint order, with its colours, widths and dashes. */
  const paintWith = (s: Style, paint: (how: 'fill' | 'stroke') => void) => {
    for (const how of s['paint-order']?.startsWith('stroke')
      ? (['stroke', 'fill'] as const)
      : (['fill', 'stroke'] as const)) {
      const colour = s[how] ?? (how === 'fill' ? 'black' : 'none');
      if (colour === 'none' || colour === 'transparent') continue;
      ctx.fillStyle = ctx.strokeStyle = colour;
      ctx.lineWidth = parseFloat(s['stroke-width']) || 1;
      ctx.lineJoin = (s['stroke-linejoin'] as CanvasLineJoin) ?? 'miter';
      ctx.lineCap = (s['stroke-linecap'] as CanvasLineCap) ?? 'butt';
      ctx.setLineDash(
        (s['stroke-dasharray'] ?? '')
          .split(/[\s,]+/)
          .map(parseFloat)
          .filter((v) => v >= 0),
      );
      paint(how);
    }
  };
  draw(d.root.kids[0] as Node);
}

/** An element of a chart's markup: the static renderer styles, writes and paints these. */
export interface Node {
  tag: string;
  attrs: Record<string, string>;
  kids: (Node | string)[];
}

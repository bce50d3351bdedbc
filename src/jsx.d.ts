// JSX typings for React 19, which renders custom elements natively: every `korus-*` tag in
// HTMLElementTagNameMap becomes an intrinsic element whose props are the element's public
// properties (`from={2011}`), React's HTML attributes (`className`, `ref`, `lang`) and one
// `on<event>` prop per `korus-*` event (`onkorus-error={(e) => e.detail.code}`), which React 19
// adds as an event listener. The tags come from the map, so a new chart needs nothing here.
//
// No import from 'react': a project without React (or @types/react) must compile these
// declarations too. The two empty interfaces below merge into React's own when React is there
// and stand in for them when it is not. A hand-written .d.ts (copied to dist/lib by the build,
// referenced from index.ts): tsc's declaration emit rejects React's names inside the augmentation.
import type { LitElement } from 'lit';

type KorusTag = Extract<keyof HTMLElementTagNameMap, `korus-${string}`>;
type KorusEvent = Extract<keyof HTMLElementEventMap, `korus-${string}`>;

/** Public, non-method members an element adds to LitElement: `from`, `theme`, `data`, ... */
type OwnProps<E> = {
  [K in Exclude<keyof E, keyof LitElement> as E[K] extends (...args: never[]) => unknown ? never : K]?: E[K];
};

type EventProps<E> = { [K in KorusEvent as `on${K}`]?: (this: E, event: HTMLElementEventMap[K]) => void };

declare module 'react' {
  export interface HTMLAttributes<T> {}
  export interface ClassAttributes<T> {}

  export type KorusIntrinsicElements = {
    [Tag in KorusTag]: ClassAttributes<HTMLElementTagNameMap[Tag]> &
      HTMLAttributes<HTMLElementTagNameMap[Tag]> &
      OwnProps<HTMLElementTagNameMap[Tag]> &
      EventProps<HTMLElementTagNameMap[Tag]>;
  };

  namespace JSX {
    interface IntrinsicElements extends KorusIntrinsicElements {}
  }
}

export {};

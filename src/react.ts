// `korus-charts/react`: React components for React 18 (and earlier) apps, made with @lit/react.
// React 18 sets every JSX prop on a custom element as a string attribute and cannot listen to
// custom events; these wrappers set properties (`data`, `from`) and add the `korus-*` listeners
// (`onKorusError`). React 19 renders the tags directly (typings in jsx.ts); the wrappers work
// there too. Importing this module defines the tags. Not part of the script-tag bundles.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import './frame/events.js';
import { KorusGoodsBalance } from './charts/goods-balance/define.js';
import { KorusExportPromise } from './charts/export-promise/define.js';
import { KorusBeforeAfter } from './charts/before-after/define.js';

const events = {
  onKorusError: 'korus-error' as EventName<HTMLElementEventMap['korus-error']>,
  onKorusLoad: 'korus-load' as EventName<HTMLElementEventMap['korus-load']>,
};

const wrap = <E extends HTMLElement>(tagName: string, elementClass: new () => E, displayName: string) =>
  createComponent({ react: React, tagName, elementClass, events, displayName });

/** `<korus-goods-balance>` as a React component. */
export const GoodsBalance = wrap('korus-goods-balance', KorusGoodsBalance, 'GoodsBalance');
/** `<korus-export-promise>` as a React component. */
export const ExportPromise = wrap('korus-export-promise', KorusExportPromise, 'ExportPromise');
/** `<korus-before-after>` as a React component. */
export const BeforeAfter = wrap('korus-before-after', KorusBeforeAfter, 'BeforeAfter');

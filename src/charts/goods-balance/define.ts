import { KorusGoodsBalance } from './element.js';
import { defineOnce } from '../../frame/define-once.js';

defineOnce('korus-goods-balance', KorusGoodsBalance);

declare global {
  interface HTMLElementTagNameMap {
    'korus-goods-balance': KorusGoodsBalance;
  }
}

export { KorusGoodsBalance };

// The module @lit-labs/eleventy-plugin-lit imports before it renders a page. korus-charts/ssr
// defines the three tags for Lit SSR, with the Korean strings and the data reader built in, and
// sets the width the charts are laid out at (default 640 px; the script re-lays them out in a
// wider or narrower box at the same height).
import { setServerSize } from 'korus-charts/ssr';

setServerSize(720);

// The unit tests read Korean strings synchronously, as the Node renderer does: the lazy load
// that browsers use (src/format/localized.ts) is covered by test/browser/korean.test.ts.
import * as korean from '../../src/format/ko.js';
import { installKorean } from '../../src/format/localized.js';

installKorean(korean);

import { hasLocale } from '../format/localized.js';
import { loadLocale } from '../format/load-locale.js';
import { matchLocale, type Locale } from '../format/locale.js';
import type { ReactiveControllerHost } from 'lit';

let warnedLangs = new Set<string>();

/** Test hook: forget which unsupported languages were already warned about. */
export function resetLangWarnings(): void {
  warnedLangs = new Set();
}

/**
 * The language a chart speaks. Korean strings load on first use: until they arrive, a chart
 * already drawn keeps its current language and a new one waits (`holding`: an empty box of the
 * final size), never a flash of English. If they cannot be loaded, the chart speaks English and
 * says why in the console; so does a language it does not speak.
 */
export class LocaleController {
  _locale: Locale = 'en';
  /** Nothing drawn yet and the language's strings still on their way. */
  _holding = false;
  /** A language's strings on their way; updateComplete waits for them too. */
  _awaiting?: Promise<void>;
  private _failed = false;

  constructor(private readonly _host: ReactiveControllerHost) {}

  /** Picks the locale for `requested` (a lang value); `drawn` is the one on screen, if any. */
  _pick(lang: unknown, drawn: Locale | undefined): void {
    // A framework may set `lang` to anything: read as text (String names a Symbol too).
    const requested = String(lang);
    const locale = matchLocale(requested);
    if (!locale && requested && !warnedLangs.has(requested)) {
      warnedLangs.add(requested);
      console.warn(`korus-charts: lang="${requested}" is not supported; showing English. Supported: en, ko.`);
    }
    const wanted = locale ?? 'en';
    const ready = hasLocale(wanted) || this._failed;
    if (!ready) this._load(wanted);
    this._locale = hasLocale(wanted) ? wanted : ready ? 'en' : (drawn ?? 'en');
    this._holding = !ready && drawn === undefined;
  }

  private _load(locale: Locale): void {
    if (this._awaiting) return;
    this._awaiting = loadLocale(locale).then((ok) => {
      this._awaiting = undefined;
      if (!ok) {
        this._failed = true;
        console.warn('korus-charts: ko.js (next to the script) could not be loaded; showing English.');
      }
      this._host.requestUpdate();
    });
  }
}

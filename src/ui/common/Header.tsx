import { LANGS, type Lang } from '../../i18n/lang';
import { useAppStore } from '../../store';
import type { Mode } from '../../store/trainee-slice';
import { useMessages } from './use-messages';

const MODES: Mode[] = ['methodologist', 'trainee', 'reviewer'];

export function Header() {
  const { t, lang } = useMessages();
  const setLang = useAppStore((s) => s.setLang);
  const mode = useAppStore((s) => s.mode);
  const setMode = useAppStore((s) => s.setMode);
  return (
    <header className="app-header">
      <div>
        <h1>{t.app.title}</h1>
        <p className="tagline">{t.app.tagline}</p>
      </div>
      <fieldset className="mode-switch">
        <legend>{t.app.mode}</legend>
        {MODES.map((m) => (
          <label key={m} className={m === mode ? 'active' : undefined}>
            <input type="radio" name="mode" value={m} checked={m === mode} onChange={() => setMode(m)} />
            {t.app.modes[m]}
          </label>
        ))}
      </fieldset>
      <label className="language">
        {t.app.language}
        <select value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
          {LANGS.map((l) => (
            <option key={l} value={l} lang={l}>
              {t.app.languages[l]}
            </option>
          ))}
        </select>
      </label>
    </header>
  );
}

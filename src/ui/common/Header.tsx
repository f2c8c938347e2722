import { LANGS, type Lang } from '../../i18n/lang';
import { useAppStore } from '../../store';
import { useMessages } from './use-messages';

export function Header() {
  const { t, lang } = useMessages();
  const setLang = useAppStore((s) => s.setLang);
  return (
    <header className="app-header">
      <div>
        <h1>{t.app.title}</h1>
        <p className="tagline">{t.app.tagline}</p>
      </div>
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

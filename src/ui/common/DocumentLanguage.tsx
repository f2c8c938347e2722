import { useId } from 'react';
import { LANGS, type Lang } from '../../i18n/lang';
import { TRAINEE } from '../../i18n/ui/trainee';
import { useMessages } from './use-messages';

/** Which language a document comes out in, whatever language the app is shown in. */
export function DocumentLanguage({ value, onChange }: { value: Lang; onChange: (lang: Lang) => void }) {
  const { t, lang } = useMessages();
  const tr = TRAINEE[lang];
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{tr.documentLanguage}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as Lang)}>
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {t.app.languages[l]}
          </option>
        ))}
      </select>
    </div>
  );
}

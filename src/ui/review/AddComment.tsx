import { useId, useState } from 'react';
import type { Program } from '../../domain/model';
import { useAppStore } from '../../store';
import { REVIEWER } from '../../i18n/ui/reviewer';
import { useMessages } from '../common/use-messages';

const VERDICTS = ['approve', 'change', 'reject'] as const;

/** A reviewer writes a comment on one module of the programme, or on the programme as a whole. */
export function AddComment({ program, digest }: { program: Program; digest?: string }) {
  const { t, f, lang } = useMessages();
  const rv = REVIEWER[lang];
  const id = useId();
  const addReviewComment = useAppStore((s) => s.addReviewComment);
  const [moduleId, setModuleId] = useState('');
  const [verdict, setVerdict] = useState<(typeof VERDICTS)[number]>('change');
  const [text, setText] = useState('');
  const [reviewer, setReviewer] = useState('');
  const modules = [
    ...new Set(
      program.stages.flatMap((s) =>
        s.items.flatMap((i) => ('choose' in i ? i.of : [i]).map((r) => r.module)),
      ),
    ),
  ];
  return (
    <form
      className="add-comment"
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim() || !reviewer.trim()) return;
        addReviewComment(
          program.id,
          {
            ...(moduleId ? { moduleId } : { pointer: '' }),
            text: text.trim(),
            verdict,
            reviewer: reviewer.trim(),
            resolved: false,
            createdAt: new Date().toISOString(),
          },
          digest,
        );
        setText('');
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-on`}>{rv.on}</label>
        <select id={`${id}-on`} value={moduleId} onChange={(e) => setModuleId(e.target.value)}>
          <option value="">{rv.wholeProgramme}</option>
          {modules.map((m) => (
            <option key={m} value={m}>
              {f.module(m)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="field">
        <legend>{rv.verdict}</legend>
        {VERDICTS.map((v) => (
          <label key={v} className="check">
            <input
              type="radio"
              name={`${id}-verdict`}
              checked={verdict === v}
              onChange={() => setVerdict(v)}
            />
            {t.review.verdicts[v]}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-text`}>{rv.text}</label>
        <textarea id={`${id}-text`} rows={3} value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-by`}>{rv.reviewer}</label>
        <input id={`${id}-by`} value={reviewer} onChange={(e) => setReviewer(e.target.value)} />
      </div>
      <button type="submit" className="primary" disabled={!text.trim() || !reviewer.trim()}>
        {rv.add}
      </button>
    </form>
  );
}

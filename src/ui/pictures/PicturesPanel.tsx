import { useDeferredValue, useId, useState, type KeyboardEvent } from 'react';
import { useAppStore } from '../../store';
import { selectProgram } from '../../store/selectors';
import { Region } from '../common/Region';
import { PICTURES as WORDS } from '../../i18n/ui/pictures';
import { useMessages } from '../common/use-messages';
import { CoveragePicture } from './CoveragePicture';
import { HoursPicture } from './HoursPicture';
import { PrerequisitePicture } from './PrerequisitePicture';
import './pictures.css';

const TABS = ['coverage', 'hours', 'prerequisites'] as const;
type Tab = (typeof TABS)[number];
const PICTURES = { coverage: CoveragePicture, hours: HoursPicture, prerequisites: PrerequisitePicture };
const STEP: Record<string, (i: number) => number> = {
  ArrowRight: (i) => i + 1,
  ArrowLeft: (i) => i - 1,
  Home: () => 0,
  End: () => TABS.length - 1,
};

/**
 * Three pictures of the open programme in tabs: coverage of targets, hours, prerequisites. Only the picture on
 * show is computed; tabs follow the ARIA pattern with automatic activation.
 */
export function PicturesPanel() {
  const { lang } = useMessages();
  const p = WORDS[lang];
  // Drawn from a deferred copy: an edit or a drop paints first, and the pictures catch up when React is idle.
  const program = useDeferredValue(useAppStore(selectProgram));
  const index = useAppStore((s) => s.network?.index);
  const [tab, setTab] = useState<Tab>('coverage');
  const id = useId();
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const step = STEP[e.key];
    if (!step) return;
    e.preventDefault();
    const next = (step(i) + TABS.length) % TABS.length;
    setTab(TABS[next]!);
    (e.currentTarget.parentElement?.children[next] as HTMLElement | undefined)?.focus();
  };
  return (
    <Region title={p.region} className="pictures">
      {program && index ? (
        <>
          <div role="tablist" aria-label={p.tabs} className="pictures-tabs">
            {TABS.map((k, i) => (
              <button
                key={k}
                type="button"
                role="tab"
                id={`${id}-tab-${k}`}
                aria-selected={tab === k}
                aria-controls={`${id}-panel-${k}`}
                tabIndex={tab === k ? 0 : -1}
                onClick={() => setTab(k)}
                onKeyDown={(e) => onKeyDown(e, i)}
              >
                {p.tab[k]}
              </button>
            ))}
          </div>
          {TABS.map((k) => {
            const Picture = PICTURES[k];
            return (
              <div
                key={k}
                role="tabpanel"
                id={`${id}-panel-${k}`}
                aria-labelledby={`${id}-tab-${k}`}
                tabIndex={0}
                hidden={tab !== k}
                className="pictures-tabpanel"
              >
                {tab === k && <Picture program={program} index={index} />}
              </div>
            );
          })}
        </>
      ) : (
        <p className="muted pictures-note">{p.empty}</p>
      )}
    </Region>
  );
}

import { describe, expect, it } from 'vitest';
import { choose, haystackOf, uniqueLabels, type SuggestEntry } from '../../src/ui/common/SuggestField';

// Competencies as the inspector's field lists them: named by code and title, found by either or by id.
const entry = (id: string, code: string, title: string): SuggestEntry => ({
  id,
  label: `${code} ${title}`,
  detail: 'welding',
  names: [`${code} ${title}`.toLowerCase(), code.toLowerCase(), id],
  haystack: haystackOf(id, `${code} ${title}`),
});
const entries = [
  entry('pc-1-1', 'PC 1.1', 'Preparing the welding workstation'),
  entry('pc-1-8', 'PC 1.8', 'Oxy-fuel and plasma cutting of metal'),
  ...Array.from({ length: 80 }, (_, i) => entry(`gen-${i}`, `G ${i}`, `Generated competency ${i}`)),
];

describe('choosing one of many by typing', () => {
  it('names a competency by its label (as a suggestion fills it in), its code or its id, in any case', () => {
    for (const text of ['PC 1.8 Oxy-fuel and plasma cutting of metal', 'pc 1.8', ' PC 1.8 ', 'PC-1-8'])
      expect(choose(entries, text, []).chosen).toBe('pc-1-8');
  });

  it('suggests what contains the text, without those already chosen, and names none from a part', () => {
    const cutting = choose(entries, 'cutting', []);
    expect(cutting.suggestions.map((e) => e.id)).toEqual(['pc-1-8']);
    expect(cutting.chosen).toBeUndefined();
    expect(choose(entries, 'PC 1.', ['pc-1-1']).suggestions.map((e) => e.id)).toEqual(['pc-1-8']);
    expect(choose(entries, 'pc 1.8', ['pc-1-8']).chosen).toBeUndefined();
  });

  it('offers at most 50 suggestions, and says when nothing matches', () => {
    expect(choose(entries, 'generated', []).suggestions).toHaveLength(50);
    expect(choose(entries, '', []).suggestions).toHaveLength(50);
    expect(choose(entries, '', []).unmatched).toBe(false);
    expect(choose(entries, 'nothing like it', [])).toMatchObject({
      unmatched: true,
      suggestions: [],
    });
  });

  it('chooses nothing from a name two share, and tells them apart by unique labels', () => {
    const twins = uniqueLabels([
      entry('gc-1-weld', 'GC 1', 'Working safely'),
      entry('gc-1-mine', 'GC 1', 'Working safely'),
      entry('pc-1-1', 'PC 1.1', 'Preparing the welding workstation'),
    ]);
    expect(twins.map((e) => e.label)).toEqual([
      'GC 1 Working safely (gc-1-weld)',
      'GC 1 Working safely (gc-1-mine)',
      'PC 1.1 Preparing the welding workstation',
    ]);
    expect(choose(twins, 'GC 1', []).chosen).toBeUndefined();
    expect(choose(twins, 'GC 1', []).suggestions).toHaveLength(2);
    expect(choose(twins, 'GC 1 Working safely (gc-1-mine)', []).chosen).toBe('gc-1-mine');
    expect(choose(twins, 'GC 1', ['gc-1-weld']).chosen).toBe('gc-1-mine');
  });
});

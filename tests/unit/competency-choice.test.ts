import { describe, expect, it } from 'vitest';
import { chooseCompetency, type CompetencyEntry } from '../../src/ui/common/CompetencyInput';

const entry = (id: string, code: string, title: string): CompetencyEntry => ({
  id,
  code: code.toLowerCase(),
  label: `${code} ${title}`,
  specialty: 'welding',
  haystack: `${id} ${code} ${title}`.toLowerCase(),
});
const entries = [
  entry('pc-1-1', 'PC 1.1', 'Preparing the welding workstation'),
  entry('pc-1-8', 'PC 1.8', 'Oxy-fuel and plasma cutting of metal'),
  ...Array.from({ length: 80 }, (_, i) => entry(`gen-${i}`, `G ${i}`, `Generated competency ${i}`)),
];

describe('choosing a competency by typing', () => {
  it('names a competency by its label (as a suggestion fills it in), its code or its id, in any case', () => {
    for (const text of ['PC 1.8 Oxy-fuel and plasma cutting of metal', 'pc 1.8', ' PC 1.8 ', 'PC-1-8'])
      expect(chooseCompetency(entries, text, []).chosen).toBe('pc-1-8');
  });

  it('suggests what contains the text, without those already chosen, and names none from a part', () => {
    const cutting = chooseCompetency(entries, 'cutting', []);
    expect(cutting.suggestions.map((e) => e.id)).toEqual(['pc-1-8']);
    expect(cutting.chosen).toBeUndefined();
    expect(chooseCompetency(entries, 'PC 1.', ['pc-1-1']).suggestions.map((e) => e.id)).toEqual(['pc-1-8']);
    expect(chooseCompetency(entries, 'pc 1.8', ['pc-1-8']).chosen).toBeUndefined();
  });

  it('offers at most 50 suggestions, and says when nothing matches', () => {
    expect(chooseCompetency(entries, 'generated', []).suggestions).toHaveLength(50);
    expect(chooseCompetency(entries, '', []).suggestions).toHaveLength(50);
    expect(chooseCompetency(entries, '', []).unmatched).toBe(false);
    expect(chooseCompetency(entries, 'nothing like it', [])).toMatchObject({
      unmatched: true,
      suggestions: [],
    });
  });
});

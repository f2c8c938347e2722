import { diagnostic, type Diagnostic } from '../diagnostics';
import type { Program } from '../model';

/** assessment.missing-final: the law requires a final attestation; suggest the usual one for the type. */
export function checkFinalAssessment(program: Program): Diagnostic[] {
  if (program.finalAssessment && program.finalAssessment.kind !== 'none') return [];
  const kind = program.programType === 'vocational-training' ? 'demonstration-exam' : 'test';
  return [
    diagnostic(
      'assessment.missing-final',
      'warning',
      program.finalAssessment ? '/finalAssessment/kind' : '',
      { assessment: kind },
      {
        fix: { op: 'set-final-assessment', kind },
      },
    ),
  ];
}

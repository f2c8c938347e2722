import type { Program } from '../model';
import type { NetworkIndex } from '../network-index';
import { buildProgramView, type ProgramView } from '../program-view';

// Pictures apply no date rule (only validity checks read the view's date), so any date gives the same picture.
export const pictureView = (program: Program, index: NetworkIndex): ProgramView =>
  buildProgramView(program, index, '');

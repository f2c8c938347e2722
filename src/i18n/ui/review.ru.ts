import { plural, type PluralForms } from '../lang';
import type { ReviewMessages } from './review.en';

const comments: PluralForms = {
  one: '# замечание',
  few: '# замечания',
  many: '# замечаний',
  other: '# замечания',
};

export const reviewRu: ReviewMessages = {
  region: 'Замечания экспертов',
  summary: (open, total) => `не решено ${open} из ${total}`,
  count: (n) => plural('ru', n, comments),
  badge: (n) => `${plural('ru', n, comments)} экспертизы`,
  verdicts: { approve: 'одобрить', change: 'требуются изменения', reject: 'отклонить' },
  by: (reviewer, verdict) => `${reviewer}: ${verdict}`,
  onModule: (name) => `К модулю ${name}`,
  onPointer: (pointer) => `К ${pointer}`,
  onProgramme: 'К программе в целом',
  pointerNotInProgramme: (pointer) => `К ${pointer}: такого места в этой программе нет`,
  notInProgramme: (name) => `К модулю ${name}, которого нет в этой программе`,
  resolved: 'Решено',
  resolve: (reviewer, where) => `Решено: замечание эксперта ${reviewer} ${where}`,
  show: 'Показать',
  export: 'Экспортировать замечания',
  close: 'Закрыть замечания',
  imported: (name, n) => `${name}: импортировано ${plural('ru', n, comments)}.`,
  otherProgramme: (fileId, openId) =>
    `Замечания относятся к программе ${fileId}, а открыта ${openId}: они показаны, но могут не совпадать.`,
};

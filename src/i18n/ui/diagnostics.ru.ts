import { COUNTS } from '../counts';
import type { DiagnosticsMessages } from './diagnostics.en';

export const diagnosticsRu: DiagnosticsMessages = {
  region: 'Замечания',
  none: 'Замечаний нет: программа соответствует всем правилам.',
  summary: (errors, warnings) => `${errors}, ${warnings}`,
  ...COUNTS.ru,
  severity: { error: 'Ошибка', warning: 'Предупреждение', info: 'Сведения' },
  fix: 'Исправление',
  where: 'Где',
  waived: (by, reason) => `Принято (${by}): ${reason}`,
};

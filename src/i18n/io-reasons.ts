import type { Lang } from './lang';

/**
 * Why a file could not be read or written, in the short English phrases our readers and writers give (file
 * system codes mapped in the CLI, network failures in io/fetch-bytes), and in Russian. A reason outside this
 * list (a system's own wording) stays as given.
 */
const RU: Record<string, string> = {
  'no such file': 'нет такого файла',
  'no such folder': 'нет такой папки',
  'is a directory': 'это папка, а не файл',
  'permission denied': 'нет прав доступа',
  'not a regular file': 'это не обычный файл',
  'disk full': 'диск заполнен',
  'read-only file system': 'файловая система доступна только для чтения',
  'host not found': 'сервер не найден',
  'connection refused': 'сервер отказал в соединении',
  'connection reset': 'соединение разорвано',
  'certificate not trusted': 'сертификату сервера нет доверия',
  'network error': 'ошибка сети',
};

export function ioReason(lang: Lang, reason = ''): string {
  if (lang === 'en') return reason;
  return (
    RU[reason] ??
    reason
      .replace(/^no answer in ([\d.]+) s$/, 'сервер не ответил за $1 с')
      .replace(/^HTTP (\d+)$/, 'сервер ответил кодом HTTP $1')
  );
}

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
  'disk quota exceeded': 'превышена дисковая квота',
  'read-only file system': 'файловая система доступна только для чтения',
  'file name too long': 'слишком длинное имя файла',
  'too many symbolic links (a link loop)': 'слишком много символических ссылок (ссылки образуют петлю)',
  'too many open files': 'открыто слишком много файлов',
  'file is busy': 'файл занят другой программой',
  'input/output error': 'ошибка ввода-вывода',
  'host not found': 'сервер не найден',
  'host unreachable': 'сервер недоступен',
  'connection refused': 'сервер отказал в соединении',
  'connection reset': 'соединение разорвано',
  'connection closed by the server': 'сервер закрыл соединение, не ответив',
  'connection timed out': 'истекло время ожидания соединения',
  'too many redirects': 'слишком много перенаправлений',
  'invalid HTTP response': 'сервер ответил не по протоколу HTTP',
  'invalid address': 'неверный адрес',
  'certificate not trusted': 'сертификату сервера нет доверия',
  'secure connection failed': 'не удалось установить защищённое соединение',
  'network error': 'ошибка сети',
};

export function ioReason(lang: Lang, reason = ''): string {
  if (lang === 'en') return reason;
  return (
    RU[reason] ??
    reason
      .replace(/^no answer in ([\d.]+) s$/, 'сервер не ответил за $1 с')
      .replace(/^HTTP (\d+)$/, 'сервер ответил кодом HTTP $1')
      .replace(/^network error \(([A-Z0-9_]+)\)$/, 'ошибка сети ($1)')
      .replace(/^file system error \(([A-Z0-9_]+)\)$/, 'ошибка файловой системы ($1)')
  );
}

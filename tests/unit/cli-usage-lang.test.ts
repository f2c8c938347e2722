import { describe, expect, it } from 'vitest';
import { cliMessages } from '../../src/cli/messages';
import { AS_OF, group, hours, mod, program, ref } from './helpers/builders';
import { cliRunner, scratchDir, writeNetwork } from './helpers/cli';

const { file } = scratchDir('cc-usage-lang-');
const modules = [
  mod({ id: 'm-safety', outcomes: ['c-safety'], hours: hours(8) }),
  mod({ id: 'm-weld', outcomes: ['c-weld'], prerequisites: ['c-safety'], hours: hours(24) }),
  mod({ id: 'm-extra', outcomes: ['c-extra'], hours: hours(6) }),
  mod({ id: 'm-other', outcomes: ['c-other'], hours: hours(6) }),
  mod({ id: 'm-spare', outcomes: ['c-spare'], hours: hours(4) }),
];
const { net } = writeNetwork(file, modules);
const prog = file(
  'programme.json',
  program([[ref('m-safety')], [ref('m-weld')], [group(1, 'm-extra', 'm-spare')]], {
    targetCompetencies: ['c-weld'],
  }),
);

const run = cliRunner({ today: AS_OF });
const USAGE = { en: cliMessages.en.usage, ru: cliMessages.ru.usage };
/** A usage error: the message, a blank line and the usage, on stderr. */
const usageError = (message: string, lang: 'en' | 'ru') => ({
  code: 2,
  stdout: '',
  stderr: `${message}\n\n${USAGE[lang]}\n`,
});

describe('no command, or an unknown one, in the language asked for', () => {
  it('an unknown command with --lang ru is reported in Russian', async () => {
    expect(await run('frobnicate', '--lang', 'ru')).toEqual(
      usageError('Неизвестная команда «frobnicate».', 'ru'),
    );
    expect(await run('frobnicate', '--lang=ru')).toEqual(
      usageError('Неизвестная команда «frobnicate».', 'ru'),
    );
    expect(await run('frobnicate')).toEqual(usageError('Unknown command "frobnicate".', 'en'));
  });

  it('an option where the command should be says to give the command first, in Russian when asked', async () => {
    expect(await run('--lang', 'ru')).toEqual(
      usageError('Укажите команду перед --lang: validate, plan, export или verify.', 'ru'),
    );
    expect(await run('--json')).toEqual(
      usageError('Give a command before --json: validate, plan, export or verify.', 'en'),
    );
  });

  it('--help before or after --lang ru prints the Russian usage, exit 0', async () => {
    const help = { code: 0, stdout: `${USAGE.ru}\n`, stderr: '' };
    expect(await run('--help', '--lang', 'ru')).toEqual(help);
    expect(await run('--lang', 'ru', '--help')).toEqual(help);
    expect(await run('-h')).toEqual({ code: 0, stdout: `${USAGE.en}\n`, stderr: '' });
  });

  it('Russian from the environment too', async () => {
    const ru = cliRunner({ today: AS_OF, env: { LANG: 'ru_RU.UTF-8' } });
    expect(await ru('frobnicate')).toEqual(usageError('Неизвестная команда «frobnicate».', 'ru'));
  });
});

describe('a value that starts with a dash', () => {
  const weld = (...args: string[]) => run('plan', '--network', net, '--target', 'c-weld', ...args);

  it('--time-limit -5 says a negative number is not allowed, not that the value is missing', async () => {
    expect(await weld('--time-limit', '-5')).toEqual(
      usageError('--time-limit takes a positive number, not "-5".', 'en'),
    );
    expect(await weld('--time-limit', '-5', '--lang', 'ru')).toEqual(
      usageError('--time-limit: нужно положительное число, а не «-5».', 'ru'),
    );
    expect(await weld('--max-hours', '-0.5')).toEqual(
      usageError('--max-hours takes a positive number, not "-0.5".', 'en'),
    );
    // Written in one argument, the same answer.
    expect(await weld('--time-limit=-5')).toEqual(
      usageError('--time-limit takes a positive number, not "-5".', 'en'),
    );
  });

  it('another flag followed by an option-like value is told how to write one', async () => {
    expect(await weld('--as-of', '-2026')).toEqual(
      usageError(
        '--as-of needs a value; one that starts with "-" must be written --as-of=VALUE, in one argument.',
        'en',
      ),
    );
    expect(await run('export', prog, '-o', '-out.zip', '--lang', 'ru')).toEqual(
      usageError(
        'Для -o нужно указать значение; значение, начинающееся с «-», записывается одним аргументом: --output=ЗНАЧЕНИЕ.',
        'ru',
      ),
    );
    // A flag left without its value, followed by another of the command's flags.
    expect(await weld('--time-limit', '--json')).toEqual(usageError('--time-limit needs a value.', 'en'));
    expect(await weld('--time-limit', '--lang=ru')).toEqual(
      usageError('Для --time-limit нужно указать значение.', 'ru'),
    );
    expect(await run('export', prog, '-o', '-h')).toEqual(usageError('-o needs a value.', 'en'));
  });
});

describe('plan: a chosen module that cannot be chosen is a usage error, naming it and why', () => {
  it('chosen and excluded at once', async () => {
    const args = ['plan', '--network', net, '--target', 'c-weld', '--elective', 'm-extra'];
    expect(await run(...args, '--exclude', 'm-extra')).toEqual(
      usageError(
        '--elective and --exclude both name m-extra: a module cannot be both chosen and excluded.',
        'en',
      ),
    );
    expect(await run(...args, '--exclude', 'm-extra', '--lang', 'ru')).toEqual(
      usageError(
        '--elective и --exclude называют один и тот же модуль m-extra: модуль нельзя одновременно выбрать и исключить.',
        'ru',
      ),
    );
    expect(
      await run(...args, '--elective', 'm-other', '--exclude', 'm-other,m-extra', '--lang', 'ru'),
    ).toEqual(
      usageError(
        '--elective и --exclude называют одни и те же модули m-extra, m-other: модуль нельзя одновременно выбрать и исключить.',
        'ru',
      ),
    );
  });

  it('with --program, a module the programme does not include', async () => {
    const args = ['plan', '--network', net, '--program', prog, '--elective', 'm-other'];
    expect(await run(...args)).toEqual(
      usageError(
        '--elective: the programme prog does not include module m-other; with --program, choose among its modules.',
        'en',
      ),
    );
    expect(await run(...args, '--lang', 'ru')).toEqual(
      usageError(
        '--elective: в программе prog нет модуля m-other; с --program выбирайте из её модулей.',
        'ru',
      ),
    );
  });

  it('a module of one of the programme’s elective groups can still be chosen', async () => {
    const r = await run('plan', '--network', net, '--program', prog, '--elective', 'm-spare');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(m-spare@1.0.0)');
  });
});

import { main, processIo } from './main';

/**
 * Ends the process once what it printed is written. Nothing is left to run by then, and leaving the event loop
 * to empty first makes V8 tear down the heap (a large network's tens of megabytes, page by page) before exiting.
 */
const exitWhenWritten = (code: number) =>
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));

// The last line of defence: whatever happens, the user gets a sentence, never a stack trace.
main(process.argv.slice(2), processIo()).then(exitWhenWritten, (e: unknown) => {
  process.stderr.write(
    `competency-constructor: internal error: ${e instanceof Error ? e.message : String(e)}\n`,
  );
  exitWhenWritten(1);
});

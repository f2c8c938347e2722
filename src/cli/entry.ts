import { main, processIo } from './main';

// The last line of defence: whatever happens, the user gets a sentence, never a stack trace.
main(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(
      `competency-constructor: internal error: ${e instanceof Error ? e.message : String(e)}\n`,
    );
    process.exitCode = 1;
  },
);

/**
 * Entry point for `npm run sim -- <verb> …`. Deliberately thin: everything testable is
 * in runCli and the modules it calls; this file only binds them to the process.
 */
import { runCli } from './runCli';
import { nodeIo } from './nodeIo';

// `npm run sim -- … | head` closes stdout early; that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

// exitCode rather than exit(), so buffered output is flushed before the process ends.
process.exitCode = runCli(process.argv.slice(2), nodeIo);

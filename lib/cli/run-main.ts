import { DataDirectoryInUseError } from "../database/embedded";
import { MigrationError } from "../database/migrate";
import { EnvError } from "../env";

/** An error whose message is the whole story for the user: printed without a stack trace. */
export class CliError extends Error {}

export function fail(message: string): never {
  throw new CliError(message);
}

const EXPECTED = [CliError, DataDirectoryInUseError, MigrationError, EnvError];

/** Runs a command-line entry point: known errors print a clear message and exit 1. */
export function runMain(main: () => Promise<void | number>): void {
  main().then(
    (code) => {
      if (typeof code === "number") process.exitCode = code;
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

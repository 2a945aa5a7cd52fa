/** Nothing was done: bad arguments, a missing path, no readable input (exit code 2). */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

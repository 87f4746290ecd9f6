/** Ends an exhaustive `switch`: the compiler proves it unreachable, and at run time it names the stray value. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}

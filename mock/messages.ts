/** The text of a thrown value, for messages. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

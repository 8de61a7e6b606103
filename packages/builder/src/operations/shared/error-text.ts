import { ApiError } from "@civitas/runtime";

/** The sentence to show for a failed call: the server's own message where there is one. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return `The server cannot be reached (${error.message}). Try again.`;
    return error.message;
  }
  if (error instanceof Error && error.message) return `Something went wrong: ${error.message}`;
  return "Something went wrong. Try again.";
}

import { appendFile, mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

/**
 * Writes files one after another, in the order asked. A whole file is written to a temporary file
 * and renamed over the old one, so a crash never leaves half of it.
 */
export class FileWriter {
  private queue: Promise<void> = Promise.resolve();

  /** Replaces the file at `path` with `content`. */
  write(path: string, content: string | Uint8Array): Promise<void> {
    return this.enqueue(async () => {
      await mkdir(dirname(path), { recursive: true });
      const temporary = `${path}.${process.pid}.tmp`;
      await writeFile(temporary, content);
      await rename(temporary, path);
    });
  }

  /** Adds `content` at the end of the file at `path`. */
  append(path: string, content: string): Promise<void> {
    return this.enqueue(async () => {
      await mkdir(dirname(path), { recursive: true });
      await appendFile(path, content);
    });
  }

  /** Resolves once every write asked for so far has finished. */
  idle(): Promise<void> {
    return this.queue;
  }

  private enqueue(write: () => Promise<void>): Promise<void> {
    const done = this.queue.then(write);
    this.queue = done.catch(() => undefined);
    return done;
  }
}

/** The text of a file, or undefined when there is no such file. */
export async function readTextFile(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

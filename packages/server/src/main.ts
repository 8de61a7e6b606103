import { readEnv } from "./env.ts";
import { startServer } from "./start-server.ts";

try {
  const server = await startServer(readEnv());
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      server.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

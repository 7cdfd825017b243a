import "server-only";
import { createPrismaClient, type PrismaClient } from "./database/prisma";

// One client for the whole server process; the globalThis slot survives hot reloads in dev.
const globalForPrisma = globalThis as unknown as { registryPrisma?: PrismaClient };

export function getDb(): PrismaClient {
  if (!globalForPrisma.registryPrisma) {
    const url = process.env.DATABASE_URL;
    if (!url) {
      throw new Error("DATABASE_URL is not set: start the registry with `npm start` (or `npm run dev`).");
    }
    globalForPrisma.registryPrisma = createPrismaClient(url);
  }
  return globalForPrisma.registryPrisma;
}

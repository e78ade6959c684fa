/**
 * The folder of versioned SQL migrations (`NNN_name.sql`). This module sits at the package root of the sources and of
 * the build (`dist/`, where tsup copies `src/migrations/`), so the same relative URL finds the files in both.
 */
export const migrationsDir = new URL('./migrations/', import.meta.url);

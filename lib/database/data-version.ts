/**
 * The registry's data version (prisma/migrations/0009_data_version) as one opaque string: equal
 * strings, equal data. Defined once here; read through Prisma by the query cache
 * (lib/queries/data-version-cache.ts) and through a small pool of its own by the page proxy.
 */
export const DATA_VERSION_SQL = "SELECT epoch || '.' || version AS version FROM registry_data_version";

/**
 * Ways of grouping the projects of `project p`: each a value, its label and the joins it needs.
 * Facet counts (find-projects) and funding breakdowns (get-funding-breakdowns) group by these.
 * A join to a link table gives one row per project and place, so a project in two regions
 * counts in each.
 */
import { Prisma } from "../generated/prisma/client";

export interface Grouping {
  value: Prisma.Sql;
  label: Prisma.Sql;
  from: Prisma.Sql;
}

const column = (sql: Prisma.Sql): Grouping => ({ value: sql, label: sql, from: Prisma.empty });
const numbered = (alias: string, table: string, foreignKey: string): Grouping => ({
  value: Prisma.raw(`${alias}.number`),
  label: Prisma.raw(`${alias}.number || '. ' || ${alias}.name`),
  from: Prisma.raw(`JOIN ${table} ${alias} ON ${alias}.id = p.${foreignKey}`),
});
const place = (alias: string, table: string): Grouping => ({
  value: Prisma.raw(`${alias}.name`),
  label: Prisma.raw(`${alias}.name`),
  from: Prisma.raw(
    `JOIN project_${table} ${alias}_link ON ${alias}_link.project_id = p.id JOIN ${table} ${alias} ON ${alias}.id = ${alias}_link.${table}_id`,
  ),
});

export const GROUPINGS = {
  fund: column(Prisma.sql`p.fund::text`),
  axis: numbered("a", "priority_axis", "priority_axis_id"),
  objective: numbered("o", "specific_objective", "specific_objective_id"),
  authority: {
    value: Prisma.sql`ra.name`,
    label: Prisma.sql`ra.name`,
    from: Prisma.sql`JOIN responsible_authority ra ON ra.id = p.responsible_authority_id`,
  },
  region: place("r", "region"),
  subRegion: place("s", "sub_region"),
  municipality: place("m", "municipality"),
  orgType: column(Prisma.sql`p.applicant_type`),
  status: column(Prisma.sql`p.status`),
  startYear: column(Prisma.sql`extract(year FROM p.planned_start)::int::text`),
} satisfies Record<string, Grouping>;

-- The registry's first schema: the whole canonical record of a EURA 2014 project description,
-- normalised where users filter or group. Mirrors prisma/schema.prisma (table and column names
-- are the @@map/@map names there).

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TYPE "Fund" AS ENUM ('ESF', 'ERDF');
CREATE TYPE "TargetGroupKind" AS ENUM ('direct', 'indirect');
CREATE TYPE "GenderQuestion" AS ENUM ('analysisDone', 'mainstreamed', 'mainGoal');
CREATE TYPE "SustainabilityCategory" AS ENUM ('ecological', 'economic', 'social');
CREATE TYPE "WebPageItemKind" AS ENUM ('pilot', 'article', 'thesis', 'episode', 'event', 'video');

CREATE TABLE priority_axis (
  id serial PRIMARY KEY,
  number text NOT NULL UNIQUE,
  name text NOT NULL
);

CREATE TABLE specific_objective (
  id serial PRIMARY KEY,
  number text NOT NULL UNIQUE,
  name text NOT NULL,
  priority_axis_id integer REFERENCES priority_axis (id)
);

CREATE TABLE responsible_authority (
  id serial PRIMARY KEY,
  name text NOT NULL UNIQUE
);

CREATE TABLE organisation (
  id serial PRIMARY KEY,
  business_id text NOT NULL UNIQUE,
  name text NOT NULL,
  organisation_type text
);
CREATE INDEX organisation_name_trgm ON organisation USING gin (name gin_trgm_ops);

CREATE TABLE region (id serial PRIMARY KEY, name text NOT NULL UNIQUE);
CREATE TABLE sub_region (id serial PRIMARY KEY, name text NOT NULL UNIQUE);
CREATE TABLE municipality (id serial PRIMARY KEY, name text NOT NULL UNIQUE);

CREATE TABLE project (
  id serial PRIMARY KEY,
  code text NOT NULL UNIQUE,
  fund "Fund" NOT NULL,
  name text NOT NULL,
  priority_axis_id integer REFERENCES priority_axis (id),
  specific_objective_id integer REFERENCES specific_objective (id),
  planned_start date,
  planned_end date,
  status text,
  responsible_authority_id integer REFERENCES responsible_authority (id),
  applicant_organisation_id integer REFERENCES organisation (id),
  applicant_name text,
  applicant_type text,
  applicant_business_id text,
  applicant_street_address text,
  applicant_postal_code text,
  applicant_post_office text,
  applicant_phone text,
  applicant_website text,
  contact_name text,
  contact_title text,
  contact_email text,
  contact_phone text,
  applicant_arrangement text,
  summary text,
  final_report_summary text,
  granted_eu_state numeric(14, 2),
  realised_eu_state numeric(14, 2),
  planned_public_total numeric(14, 2),
  realised_public_total numeric(14, 2),
  implementation_street_address text,
  implementation_postal_code text,
  implementation_post_office text,
  companies_planned integer,
  companies_realised integer,
  persons_planned integer,
  persons_realised integer,
  incomplete boolean NOT NULL DEFAULT false,
  missing_sections text[] NOT NULL DEFAULT '{}',
  source_file text NOT NULL,
  source_hash text NOT NULL,
  imported_at timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  source_problems jsonb NOT NULL DEFAULT '[]',
  -- Finnish full-text search over name, summaries, target groups, final report and applicant.
  -- Filled by refresh_project_search() because target groups live in their own table.
  search_vector tsvector
);
CREATE INDEX project_priority_axis_id_idx ON project (priority_axis_id);
CREATE INDEX project_specific_objective_id_idx ON project (specific_objective_id);
CREATE INDEX project_responsible_authority_id_idx ON project (responsible_authority_id);
CREATE INDEX project_applicant_organisation_id_idx ON project (applicant_organisation_id);
CREATE INDEX project_search_vector_idx ON project USING gin (search_vector);
CREATE INDEX project_name_trgm ON project USING gin (name gin_trgm_ops);
CREATE INDEX project_applicant_name_trgm ON project USING gin (applicant_name gin_trgm_ops);

CREATE TABLE project_co_implementer (
  project_id integer NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  position integer NOT NULL,
  name text NOT NULL,
  business_id text,
  organisation_id integer REFERENCES organisation (id),
  PRIMARY KEY (project_id, position)
);
CREATE INDEX project_co_implementer_organisation_id_idx ON project_co_implementer (organisation_id);

CREATE TABLE project_target_group (
  project_id integer NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  kind "TargetGroupKind" NOT NULL,
  text text NOT NULL,
  PRIMARY KEY (project_id, kind)
);

CREATE TABLE project_region (
  project_id integer NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  region_id integer NOT NULL REFERENCES region (id),
  position integer NOT NULL,
  PRIMARY KEY (project_id, region_id)
);
CREATE INDEX project_region_region_id_idx ON project_region (region_id);

CREATE TABLE project_sub_region (
  project_id integer NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  sub_region_id integer NOT NULL REFERENCES sub_region (id),
  position integer NOT NULL,
  PRIMARY KEY (project_id, sub_region_id)
);
CREATE INDEX project_sub_region_sub_region_id_idx ON project_sub_region (sub_region_id);

CREATE TABLE project_municipality (
  project_id integer NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  municipality_id integer NOT NULL REFERENCES municipality (id),
  position integer NOT NULL,
  PRIMARY KEY (project_id, municipality_id)
);
CREATE INDEX project_municipality_municipality_id_idx ON project_municipality (municipality_id);

CREATE TABLE gender_equality_answer (
  project_id integer NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  question "GenderQuestion" NOT NULL,
  answer boolean,
  explanation text,
  PRIMARY KEY (project_id, question)
);

CREATE TABLE sustainability_score (
  project_id integer NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  criterion text NOT NULL,
  category "SustainabilityCategory" NOT NULL,
  position integer NOT NULL,
  direct integer NOT NULL CHECK (direct BETWEEN 0 AND 10),
  indirect integer NOT NULL CHECK (indirect BETWEEN 0 AND 10),
  justification text,
  PRIMARY KEY (project_id, criterion)
);
CREATE INDEX sustainability_score_criterion_direct_idx ON sustainability_score (criterion, direct);
CREATE INDEX sustainability_score_criterion_indirect_idx ON sustainability_score (criterion, indirect);

CREATE TABLE data_quality_note (
  project_id integer NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  kind text NOT NULL,
  detail jsonb NOT NULL DEFAULT '{}',
  PRIMARY KEY (project_id, kind)
);
CREATE INDEX data_quality_note_kind_idx ON data_quality_note (kind);

CREATE TABLE project_web_page (
  id serial PRIMARY KEY,
  project_id integer REFERENCES project (id) ON DELETE SET NULL,
  project_code text,
  title text NOT NULL,
  full_text text NOT NULL,
  source_file text NOT NULL UNIQUE,
  source_hash text NOT NULL,
  imported_at timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX project_web_page_project_id_idx ON project_web_page (project_id);

CREATE TABLE web_page_item (
  web_page_id integer NOT NULL REFERENCES project_web_page (id) ON DELETE CASCADE,
  kind "WebPageItemKind" NOT NULL,
  position integer NOT NULL,
  number text,
  title text NOT NULL,
  title_en text,
  description text,
  author text,
  year integer,
  PRIMARY KEY (web_page_id, kind, position)
);

-- Weighted Finnish document: name (A), applicant (B), summaries and final report (C),
-- target groups (D).
CREATE FUNCTION refresh_project_search(p_project_id integer) RETURNS void
LANGUAGE sql AS $$
  UPDATE project p SET search_vector =
      setweight(to_tsvector('finnish', coalesce(p.name, '') || ' ' || p.code), 'A')
   || setweight(to_tsvector('finnish', coalesce(p.applicant_name, '')), 'B')
   || setweight(to_tsvector('finnish', coalesce(p.summary, '') || ' ' || coalesce(p.final_report_summary, '')), 'C')
   || setweight(to_tsvector('finnish', coalesce(
        (SELECT string_agg(tg.text, ' ') FROM project_target_group tg WHERE tg.project_id = p.id), '')), 'D')
  WHERE p.id = p_project_id;
$$;

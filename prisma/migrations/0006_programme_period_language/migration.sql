-- Records from more forms of the project description: the programme period (EURA 2014 pages are
-- 2014–2020, EURA 2007 descriptions 2007–2013) and the language the page was published in.
-- Every row so far came from a Finnish 2014–2020 page, so the defaults are true of them.
--
-- Priority axes are numbered per programme: axis 2 of 2007–2013 is not axis 2 of 2014–2020, so
-- an axis is keyed by (programme_period, number). import_projects() (0004) is replaced by the
-- same function writing the two columns and keying axes by period; nothing else in it changes.

ALTER TABLE project
  ADD COLUMN programme_period text NOT NULL DEFAULT '2014-2020'
    CONSTRAINT project_programme_period_check CHECK (programme_period IN ('2014-2020', '2007-2013')),
  ADD COLUMN source_language text NOT NULL DEFAULT 'fi'
    CONSTRAINT project_source_language_check CHECK (source_language IN ('fi', 'sv', 'en'));
CREATE INDEX project_programme_period_idx ON project (programme_period);

ALTER TABLE priority_axis
  ADD COLUMN programme_period text NOT NULL DEFAULT '2014-2020'
    CONSTRAINT priority_axis_programme_period_check CHECK (programme_period IN ('2014-2020', '2007-2013'));
ALTER TABLE priority_axis DROP CONSTRAINT priority_axis_number_key;
ALTER TABLE priority_axis ADD CONSTRAINT priority_axis_period_number_key UNIQUE (programme_period, number);

CREATE OR REPLACE FUNCTION import_projects(batch jsonb) RETURNS TABLE (ord integer, outcome text)
LANGUAGE plpgsql AS $$
#variable_conflict use_column
BEGIN
  DROP TABLE IF EXISTS pg_temp.import_document;
  CREATE TEMP TABLE import_document (
    ord integer PRIMARY KEY,
    code text NOT NULL,
    source_hash text NOT NULL,
    programme_period text NOT NULL,
    axis_number text,
    axis_name text,
    objective_number text,
    objective_name text,
    authority text,
    applicant_business_id text,
    project_id integer,
    outcome text,
    axis_id integer,
    objective_id integer,
    authority_id integer,
    applicant_id integer
  ) ON COMMIT DROP;
  INSERT INTO import_document (ord, code, source_hash, programme_period, axis_number, axis_name, objective_number,
                               objective_name, authority, applicant_business_id)
  SELECT x.ord, x.code, x.source_hash, x.programme_period, x.axis_number, x.axis_name, x.objective_number,
         x.objective_name, x.authority, x.applicant_business_id
  FROM jsonb_to_recordset(batch->'documents') AS x(
    ord integer, code text, source_hash text, programme_period text, axis_number text, axis_name text,
    objective_number text, objective_name text, authority text, applicant_business_id text);
  UPDATE import_document d
  SET project_id = p.id,
      outcome = CASE WHEN p.source_hash = d.source_hash THEN 'unchanged' ELSE 'updated' END
  FROM project p WHERE p.code = d.code;
  UPDATE import_document d SET outcome = 'created' WHERE d.outcome IS NULL;
  -- Row counts and outcomes for the planner: guessing, it would join every child row to every
  -- document (quadratic in the batch size).
  ANALYZE import_document;

  -- Only documents that change something take part from here on. Lookup rows are sorted by key
  -- and only written when new or changed, so concurrent imports neither deadlock nor queue on
  -- rows they merely read.

  -- Priority axes and specific objectives: the last non-empty name in the batch wins.
  INSERT INTO priority_axis AS a (programme_period, number, name)
  SELECT x.programme_period, x.number, x.name FROM (
    SELECT d.programme_period, d.axis_number AS number,
           coalesce((array_agg(d.axis_name ORDER BY d.ord DESC) FILTER (WHERE d.axis_name <> ''))[1], '') AS name
    FROM import_document d WHERE d.outcome <> 'unchanged' AND d.axis_number IS NOT NULL
    GROUP BY d.programme_period, d.axis_number) x
  WHERE NOT EXISTS (SELECT 1 FROM priority_axis t WHERE t.programme_period = x.programme_period
                    AND t.number = x.number AND (x.name = '' OR t.name = x.name))
  ORDER BY x.programme_period, x.number
  ON CONFLICT (programme_period, number) DO UPDATE SET name = EXCLUDED.name
    WHERE EXCLUDED.name <> '' AND a.name IS DISTINCT FROM EXCLUDED.name;
  UPDATE import_document d SET axis_id = a.id FROM priority_axis a
  WHERE a.number = d.axis_number AND a.programme_period = d.programme_period;

  INSERT INTO specific_objective AS s (number, name, priority_axis_id)
  SELECT x.number, x.name, x.axis_id FROM (
    SELECT d.objective_number AS number,
           coalesce((array_agg(d.objective_name ORDER BY d.ord DESC) FILTER (WHERE d.objective_name <> ''))[1], '') AS name,
           (array_agg(d.axis_id ORDER BY d.ord DESC) FILTER (WHERE d.axis_id IS NOT NULL))[1] AS axis_id
    FROM import_document d WHERE d.outcome <> 'unchanged' AND d.objective_number IS NOT NULL
    GROUP BY d.objective_number) x
  WHERE NOT EXISTS (
    SELECT 1 FROM specific_objective t WHERE t.number = x.number AND (x.name = '' OR t.name = x.name)
      AND (x.axis_id IS NULL OR t.priority_axis_id = x.axis_id))
  ORDER BY x.number
  ON CONFLICT (number) DO UPDATE
    SET name = CASE WHEN EXCLUDED.name <> '' THEN EXCLUDED.name ELSE s.name END,
        priority_axis_id = coalesce(EXCLUDED.priority_axis_id, s.priority_axis_id)
    WHERE (EXCLUDED.name <> '' AND s.name IS DISTINCT FROM EXCLUDED.name)
       OR (EXCLUDED.priority_axis_id IS NOT NULL AND s.priority_axis_id IS DISTINCT FROM EXCLUDED.priority_axis_id);
  UPDATE import_document d SET objective_id = s.id FROM specific_objective s WHERE s.number = d.objective_number;

  INSERT INTO responsible_authority (name)
  SELECT DISTINCT d.authority FROM import_document d
  WHERE d.outcome <> 'unchanged' AND d.authority IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM responsible_authority t WHERE t.name = d.authority)
  ORDER BY 1
  ON CONFLICT (name) DO NOTHING;
  UPDATE import_document d SET authority_id = r.id FROM responsible_authority r WHERE r.name = d.authority;

  -- Organisations, applicants and co-implementers alike, keyed by business ID: the latest name,
  -- and the latest known type (a co-implementer line carries none).
  INSERT INTO organisation AS o (business_id, name, organisation_type)
  SELECT x.business_id, x.name, x.type FROM (
    SELECT r.business_id,
           (array_agg(r.name ORDER BY r.ord DESC, r.position DESC))[1] AS name,
           (array_agg(r.type ORDER BY r.ord DESC, r.position DESC) FILTER (WHERE r.type IS NOT NULL))[1] AS type
    FROM jsonb_to_recordset(batch->'organisations')
           AS r(ord integer, position integer, business_id text, name text, type text)
    JOIN import_document d ON d.ord = r.ord AND d.outcome <> 'unchanged'
    GROUP BY r.business_id) x
  WHERE NOT EXISTS (
    SELECT 1 FROM organisation t WHERE t.business_id = x.business_id AND t.name = x.name
      AND (x.type IS NULL OR t.organisation_type IS NOT DISTINCT FROM x.type))
  ORDER BY x.business_id
  ON CONFLICT (business_id) DO UPDATE
    SET name = EXCLUDED.name, organisation_type = coalesce(EXCLUDED.organisation_type, o.organisation_type)
    WHERE o.name IS DISTINCT FROM EXCLUDED.name
       OR (EXCLUDED.organisation_type IS NOT NULL AND o.organisation_type IS DISTINCT FROM EXCLUDED.organisation_type);
  UPDATE import_document d SET applicant_id = o.id FROM organisation o WHERE o.business_id = d.applicant_business_id;

  INSERT INTO region (name)
  SELECT DISTINCT r.name FROM jsonb_to_recordset(batch->'regions') AS r(ord integer, name text)
  JOIN import_document d ON d.ord = r.ord AND d.outcome <> 'unchanged'
  WHERE NOT EXISTS (SELECT 1 FROM region t WHERE t.name = r.name)
  ORDER BY 1 ON CONFLICT (name) DO NOTHING;
  INSERT INTO sub_region (name)
  SELECT DISTINCT r.name FROM jsonb_to_recordset(batch->'sub_regions') AS r(ord integer, name text)
  JOIN import_document d ON d.ord = r.ord AND d.outcome <> 'unchanged'
  WHERE NOT EXISTS (SELECT 1 FROM sub_region t WHERE t.name = r.name)
  ORDER BY 1 ON CONFLICT (name) DO NOTHING;
  INSERT INTO municipality (name)
  SELECT DISTINCT r.name FROM jsonb_to_recordset(batch->'municipalities') AS r(ord integer, name text)
  JOIN import_document d ON d.ord = r.ord AND d.outcome <> 'unchanged'
  WHERE NOT EXISTS (SELECT 1 FROM municipality t WHERE t.name = r.name)
  ORDER BY 1 ON CONFLICT (name) DO NOTHING;

  WITH written AS (
    INSERT INTO project AS p (
      code, fund, programme_period, source_language, name, priority_axis_id, specific_objective_id, planned_start, planned_end, status,
      responsible_authority_id, applicant_organisation_id, applicant_name, applicant_type, applicant_business_id,
      applicant_street_address, applicant_postal_code, applicant_post_office, applicant_phone, applicant_website,
      contact_name, contact_title, contact_email, contact_phone, applicant_arrangement, summary, final_report_summary,
      granted_eu_state, realised_eu_state, planned_public_total, realised_public_total,
      implementation_street_address, implementation_postal_code, implementation_post_office,
      companies_planned, companies_realised, persons_planned, persons_realised,
      incomplete, missing_sections, source_file, source_hash, source_problems, updated_at, search_vector
    )
    SELECT
      x.code, x.fund::"Fund", x.programme_period, x.source_language, x.name, d.axis_id, d.objective_id, x.planned_start, x.planned_end, x.status,
      d.authority_id, d.applicant_id, x.applicant_name, x.applicant_type, x.applicant_business_id,
      x.applicant_street_address, x.applicant_postal_code, x.applicant_post_office, x.applicant_phone,
      x.applicant_website, x.contact_name, x.contact_title, x.contact_email, x.contact_phone,
      x.applicant_arrangement, x.summary, x.final_report_summary,
      x.granted_eu_state, x.realised_eu_state, x.planned_public_total, x.realised_public_total,
      x.implementation_street_address, x.implementation_postal_code, x.implementation_post_office,
      x.companies_planned, x.companies_realised, x.persons_planned, x.persons_realised,
      x.incomplete, x.missing_sections, x.source_file, x.source_hash, x.source_problems, CURRENT_TIMESTAMP,
      project_search_vector(x.name, x.code, x.applicant_name, x.summary, x.final_report_summary, x.target_groups_text)
    FROM jsonb_to_recordset(batch->'documents') AS x(
      ord integer, code text, fund text, programme_period text, source_language text, name text, planned_start date, planned_end date, status text,
      applicant_name text, applicant_type text, applicant_business_id text, applicant_street_address text,
      applicant_postal_code text, applicant_post_office text, applicant_phone text, applicant_website text,
      contact_name text, contact_title text, contact_email text, contact_phone text, applicant_arrangement text,
      summary text, final_report_summary text, granted_eu_state numeric, realised_eu_state numeric,
      planned_public_total numeric, realised_public_total numeric, implementation_street_address text,
      implementation_postal_code text, implementation_post_office text, companies_planned integer,
      companies_realised integer, persons_planned integer, persons_realised integer, incomplete boolean,
      missing_sections text[], source_file text, source_hash text, source_problems jsonb, target_groups_text text)
    JOIN import_document d ON d.ord = x.ord AND d.outcome <> 'unchanged'
    ORDER BY x.ord
    ON CONFLICT (code) DO UPDATE SET
      fund = EXCLUDED.fund, programme_period = EXCLUDED.programme_period,
      source_language = EXCLUDED.source_language, name = EXCLUDED.name, priority_axis_id = EXCLUDED.priority_axis_id,
      specific_objective_id = EXCLUDED.specific_objective_id, planned_start = EXCLUDED.planned_start,
      planned_end = EXCLUDED.planned_end, status = EXCLUDED.status,
      responsible_authority_id = EXCLUDED.responsible_authority_id,
      applicant_organisation_id = EXCLUDED.applicant_organisation_id, applicant_name = EXCLUDED.applicant_name,
      applicant_type = EXCLUDED.applicant_type, applicant_business_id = EXCLUDED.applicant_business_id,
      applicant_street_address = EXCLUDED.applicant_street_address,
      applicant_postal_code = EXCLUDED.applicant_postal_code, applicant_post_office = EXCLUDED.applicant_post_office,
      applicant_phone = EXCLUDED.applicant_phone, applicant_website = EXCLUDED.applicant_website,
      contact_name = EXCLUDED.contact_name, contact_title = EXCLUDED.contact_title,
      contact_email = EXCLUDED.contact_email, contact_phone = EXCLUDED.contact_phone,
      applicant_arrangement = EXCLUDED.applicant_arrangement, summary = EXCLUDED.summary,
      final_report_summary = EXCLUDED.final_report_summary, granted_eu_state = EXCLUDED.granted_eu_state,
      realised_eu_state = EXCLUDED.realised_eu_state, planned_public_total = EXCLUDED.planned_public_total,
      realised_public_total = EXCLUDED.realised_public_total,
      implementation_street_address = EXCLUDED.implementation_street_address,
      implementation_postal_code = EXCLUDED.implementation_postal_code,
      implementation_post_office = EXCLUDED.implementation_post_office,
      companies_planned = EXCLUDED.companies_planned, companies_realised = EXCLUDED.companies_realised,
      persons_planned = EXCLUDED.persons_planned, persons_realised = EXCLUDED.persons_realised,
      incomplete = EXCLUDED.incomplete, missing_sections = EXCLUDED.missing_sections,
      source_file = EXCLUDED.source_file, source_hash = EXCLUDED.source_hash,
      source_problems = EXCLUDED.source_problems, updated_at = EXCLUDED.updated_at,
      search_vector = EXCLUDED.search_vector
    RETURNING p.id, p.code
  )
  UPDATE import_document d SET project_id = w.id FROM written w WHERE w.code = d.code;

  -- A changed document: its child rows are replaced, so rows that disappeared go.
  DELETE FROM project_co_implementer t USING import_document d WHERE d.outcome = 'updated' AND t.project_id = d.project_id;
  DELETE FROM project_target_group t USING import_document d WHERE d.outcome = 'updated' AND t.project_id = d.project_id;
  DELETE FROM project_region t USING import_document d WHERE d.outcome = 'updated' AND t.project_id = d.project_id;
  DELETE FROM project_sub_region t USING import_document d WHERE d.outcome = 'updated' AND t.project_id = d.project_id;
  DELETE FROM project_municipality t USING import_document d WHERE d.outcome = 'updated' AND t.project_id = d.project_id;
  DELETE FROM gender_equality_answer t USING import_document d WHERE d.outcome = 'updated' AND t.project_id = d.project_id;
  DELETE FROM sustainability_score t USING import_document d WHERE d.outcome = 'updated' AND t.project_id = d.project_id;
  DELETE FROM data_quality_note t USING import_document d WHERE d.outcome = 'updated' AND t.project_id = d.project_id;

  INSERT INTO project_co_implementer (project_id, position, name, business_id, organisation_id)
  SELECT d.project_id, r.position, r.name, r.business_id, o.id
  FROM jsonb_to_recordset(batch->'co_implementers') AS r(ord integer, position integer, name text, business_id text)
  JOIN import_document d ON d.ord = r.ord AND d.outcome <> 'unchanged'
  LEFT JOIN organisation o ON o.business_id = r.business_id;

  INSERT INTO project_target_group (project_id, kind, text)
  SELECT d.project_id, r.kind::"TargetGroupKind", r.text
  FROM jsonb_to_recordset(batch->'target_groups') AS r(ord integer, kind text, text text)
  JOIN import_document d ON d.ord = r.ord AND d.outcome <> 'unchanged';

  INSERT INTO project_region (project_id, region_id, position)
  SELECT d.project_id, t.id, r.position
  FROM jsonb_to_recordset(batch->'regions') AS r(ord integer, position integer, name text)
  JOIN import_document d ON d.ord = r.ord AND d.outcome <> 'unchanged'
  JOIN region t ON t.name = r.name;

  INSERT INTO project_sub_region (project_id, sub_region_id, position)
  SELECT d.project_id, t.id, r.position
  FROM jsonb_to_recordset(batch->'sub_regions') AS r(ord integer, position integer, name text)
  JOIN import_document d ON d.ord = r.ord AND d.outcome <> 'unchanged'
  JOIN sub_region t ON t.name = r.name;

  INSERT INTO project_municipality (project_id, municipality_id, position)
  SELECT d.project_id, t.id, r.position
  FROM jsonb_to_recordset(batch->'municipalities') AS r(ord integer, position integer, name text)
  JOIN import_document d ON d.ord = r.ord AND d.outcome <> 'unchanged'
  JOIN municipality t ON t.name = r.name;

  INSERT INTO gender_equality_answer (project_id, question, answer, explanation)
  SELECT d.project_id, r.question::"GenderQuestion", r.answer, r.explanation
  FROM jsonb_to_recordset(batch->'gender') AS r(ord integer, question text, answer boolean, explanation text)
  JOIN import_document d ON d.ord = r.ord AND d.outcome <> 'unchanged';

  INSERT INTO sustainability_score (project_id, criterion, category, position, direct, indirect, justification)
  SELECT d.project_id, r.criterion, r.category::"SustainabilityCategory", r.position, r.direct, r.indirect,
         r.justification
  FROM jsonb_to_recordset(batch->'scores') AS r(
    ord integer, criterion text, category text, position integer, direct integer, indirect integer,
    justification text)
  JOIN import_document d ON d.ord = r.ord AND d.outcome <> 'unchanged';

  INSERT INTO data_quality_note (project_id, kind, detail)
  SELECT d.project_id, r.kind, coalesce(r.detail, '{}')
  FROM jsonb_to_recordset(batch->'notes') AS r(ord integer, kind text, detail jsonb)
  JOIN import_document d ON d.ord = r.ord AND d.outcome <> 'unchanged';

  RETURN QUERY SELECT d.ord, d.outcome FROM import_document d ORDER BY d.ord;
END $$;

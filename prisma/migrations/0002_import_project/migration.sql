-- import_project: writes one canonical record (as produced by lib/ingest) in a single call.
-- The body runs in its own subtransaction (the EXCEPTION block), so a document is written whole
-- or not at all even when many documents share one outer transaction for speed.
-- Returns 'created', 'updated', 'unchanged', or 'error: <message>' (nothing of it written).

CREATE FUNCTION registry_organisation_id(p_business_id text, p_name text, p_type text) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  v_id integer;
BEGIN
  IF p_business_id IS NULL OR p_name IS NULL THEN
    RETURN NULL;
  END IF;
  -- Read first: an upsert locks the row even when nothing changes, which would make concurrent
  -- imports wait for each other. Name and type are the latest published; a co-implementer line
  -- carries no type.
  SELECT id INTO v_id FROM organisation
  WHERE business_id = p_business_id AND name = p_name
    AND (p_type IS NULL OR organisation_type IS NOT DISTINCT FROM p_type);
  IF v_id IS NOT NULL THEN
    RETURN v_id;
  END IF;
  INSERT INTO organisation AS o (business_id, name, organisation_type)
  VALUES (p_business_id, p_name, p_type)
  ON CONFLICT (business_id) DO UPDATE
    SET name = EXCLUDED.name, organisation_type = coalesce(EXCLUDED.organisation_type, o.organisation_type)
    WHERE o.name IS DISTINCT FROM EXCLUDED.name
       OR (EXCLUDED.organisation_type IS NOT NULL AND o.organisation_type IS DISTINCT FROM EXCLUDED.organisation_type)
  RETURNING id INTO v_id;
  IF v_id IS NULL THEN
    SELECT id INTO v_id FROM organisation WHERE business_id = p_business_id;
  END IF;
  RETURN v_id;
END $$;

CREATE FUNCTION import_project(rec jsonb, p_source_file text, p_source_hash text, p_problems jsonb, p_notes jsonb)
RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  v_id integer;
  v_existing_hash text;
  v_axis integer;
  v_objective integer;
  v_authority integer;
  v_applicant integer;
  v_address jsonb := rec->'geography'->'implementationAddress';
BEGIN
  SELECT id, source_hash INTO v_id, v_existing_hash FROM project WHERE code = rec->>'code';
  IF v_id IS NOT NULL AND v_existing_hash = p_source_hash THEN
    RETURN 'unchanged';
  END IF;

  BEGIN
    IF jsonb_typeof(rec->'priorityAxis') = 'object' THEN
      SELECT id INTO v_axis FROM priority_axis
      WHERE number = rec->'priorityAxis'->>'number'
        AND (rec->'priorityAxis'->>'name' IS NULL OR name = rec->'priorityAxis'->>'name');
    END IF;
    IF jsonb_typeof(rec->'priorityAxis') = 'object' AND v_axis IS NULL THEN
      INSERT INTO priority_axis AS a (number, name)
      VALUES (rec->'priorityAxis'->>'number', coalesce(rec->'priorityAxis'->>'name', ''))
      ON CONFLICT (number) DO UPDATE SET name = EXCLUDED.name
        WHERE EXCLUDED.name <> '' AND a.name IS DISTINCT FROM EXCLUDED.name
      RETURNING id INTO v_axis;
      IF v_axis IS NULL THEN
        SELECT id INTO v_axis FROM priority_axis WHERE number = rec->'priorityAxis'->>'number';
      END IF;
    END IF;

    IF jsonb_typeof(rec->'specificObjective') = 'object' THEN
      SELECT id INTO v_objective FROM specific_objective
      WHERE number = rec->'specificObjective'->>'number'
        AND (rec->'specificObjective'->>'name' IS NULL OR name = rec->'specificObjective'->>'name')
        AND (v_axis IS NULL OR priority_axis_id = v_axis);
    END IF;
    IF jsonb_typeof(rec->'specificObjective') = 'object' AND v_objective IS NULL THEN
      INSERT INTO specific_objective AS s (number, name, priority_axis_id)
      VALUES (rec->'specificObjective'->>'number', coalesce(rec->'specificObjective'->>'name', ''), v_axis)
      ON CONFLICT (number) DO UPDATE
        SET name = CASE WHEN EXCLUDED.name <> '' THEN EXCLUDED.name ELSE s.name END,
            priority_axis_id = coalesce(EXCLUDED.priority_axis_id, s.priority_axis_id)
        WHERE (EXCLUDED.name <> '' AND s.name IS DISTINCT FROM EXCLUDED.name)
           OR (EXCLUDED.priority_axis_id IS NOT NULL AND s.priority_axis_id IS DISTINCT FROM EXCLUDED.priority_axis_id)
      RETURNING id INTO v_objective;
      IF v_objective IS NULL THEN
        SELECT id INTO v_objective FROM specific_objective WHERE number = rec->'specificObjective'->>'number';
      END IF;
    END IF;

    IF rec->>'responsibleAuthority' IS NOT NULL THEN
      SELECT id INTO v_authority FROM responsible_authority WHERE name = rec->>'responsibleAuthority';
      IF v_authority IS NULL THEN
        INSERT INTO responsible_authority (name) VALUES (rec->>'responsibleAuthority') ON CONFLICT (name) DO NOTHING;
        SELECT id INTO v_authority FROM responsible_authority WHERE name = rec->>'responsibleAuthority';
      END IF;
    END IF;

    v_applicant := registry_organisation_id(
      rec->'applicant'->>'businessId', rec->'applicant'->>'name', rec->'applicant'->>'organisationType');

    INSERT INTO project AS p (
      code, fund, name, priority_axis_id, specific_objective_id, planned_start, planned_end, status,
      responsible_authority_id, applicant_organisation_id, applicant_name, applicant_type, applicant_business_id,
      applicant_street_address, applicant_postal_code, applicant_post_office, applicant_phone, applicant_website,
      contact_name, contact_title, contact_email, contact_phone, applicant_arrangement, summary, final_report_summary,
      granted_eu_state, realised_eu_state, planned_public_total, realised_public_total,
      implementation_street_address, implementation_postal_code, implementation_post_office,
      companies_planned, companies_realised, persons_planned, persons_realised,
      incomplete, missing_sections, source_file, source_hash, source_problems, updated_at
    ) VALUES (
      rec->>'code', (rec->>'fund')::"Fund", rec->>'name', v_axis, v_objective,
      (rec->>'plannedStart')::date, (rec->>'plannedEnd')::date, rec->>'status',
      v_authority, v_applicant, rec->'applicant'->>'name', rec->'applicant'->>'organisationType',
      rec->'applicant'->>'businessId', rec->'applicant'->>'streetAddress', rec->'applicant'->>'postalCode',
      rec->'applicant'->>'postOffice', rec->'applicant'->>'phone', rec->'applicant'->>'website',
      rec->'contact'->>'name', rec->'contact'->>'title', rec->'contact'->>'email', rec->'contact'->>'phone',
      rec->>'applicantArrangement', rec->>'summary', rec->>'finalReportSummary',
      (rec->'funding'->>'grantedEuState')::numeric, (rec->'funding'->>'realisedEuState')::numeric,
      (rec->'funding'->>'plannedPublicTotal')::numeric, (rec->'funding'->>'realisedPublicTotal')::numeric,
      v_address->>'streetAddress', v_address->>'postalCode', v_address->>'postOffice',
      (rec->'indicators'->>'companiesPlanned')::integer, (rec->'indicators'->>'companiesRealised')::integer,
      (rec->'indicators'->>'personsPlanned')::integer, (rec->'indicators'->>'personsRealised')::integer,
      coalesce((rec->>'incomplete')::boolean, false),
      coalesce(ARRAY(SELECT jsonb_array_elements_text(coalesce(rec->'missingSections', '[]'::jsonb))), '{}'),
      p_source_file, p_source_hash, p_problems, CURRENT_TIMESTAMP
    )
    ON CONFLICT (code) DO UPDATE SET
      fund = EXCLUDED.fund, name = EXCLUDED.name, priority_axis_id = EXCLUDED.priority_axis_id,
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
      source_problems = EXCLUDED.source_problems, updated_at = EXCLUDED.updated_at
    RETURNING id INTO v_id;

    IF v_existing_hash IS NOT NULL THEN
      -- A changed document: its child rows are replaced, so rows that disappeared go.
      DELETE FROM project_co_implementer WHERE project_id = v_id;
      DELETE FROM project_target_group WHERE project_id = v_id;
      DELETE FROM project_region WHERE project_id = v_id;
      DELETE FROM project_sub_region WHERE project_id = v_id;
      DELETE FROM project_municipality WHERE project_id = v_id;
      DELETE FROM gender_equality_answer WHERE project_id = v_id;
      DELETE FROM sustainability_score WHERE project_id = v_id;
      DELETE FROM data_quality_note WHERE project_id = v_id;
    END IF;

    INSERT INTO project_co_implementer (project_id, position, name, business_id, organisation_id)
    SELECT v_id, (e.ord - 1)::integer, e.value->>'name', e.value->>'businessId',
           registry_organisation_id(e.value->>'businessId', e.value->>'name', NULL)
    FROM jsonb_array_elements(rec->'coImplementers') WITH ORDINALITY AS e(value, ord);

    INSERT INTO project_target_group (project_id, kind, text)
    SELECT v_id, k.kind::"TargetGroupKind", rec->'targetGroups'->>k.kind
    FROM (VALUES ('direct'), ('indirect')) AS k(kind)
    WHERE rec->'targetGroups'->>k.kind IS NOT NULL;

    INSERT INTO region (name)
    SELECT DISTINCT e.value FROM jsonb_array_elements_text(rec->'geography'->'regions') AS e(value)
    WHERE NOT EXISTS (SELECT 1 FROM region t WHERE t.name = e.value)
    ON CONFLICT (name) DO NOTHING;
    INSERT INTO project_region (project_id, region_id, position)
    SELECT v_id, r.id, min(e.ord - 1)::integer
    FROM jsonb_array_elements_text(rec->'geography'->'regions') WITH ORDINALITY AS e(value, ord)
    JOIN region r ON r.name = e.value GROUP BY r.id;

    INSERT INTO sub_region (name)
    SELECT DISTINCT e.value FROM jsonb_array_elements_text(rec->'geography'->'subRegions') AS e(value)
    WHERE NOT EXISTS (SELECT 1 FROM sub_region t WHERE t.name = e.value)
    ON CONFLICT (name) DO NOTHING;
    INSERT INTO project_sub_region (project_id, sub_region_id, position)
    SELECT v_id, r.id, min(e.ord - 1)::integer
    FROM jsonb_array_elements_text(rec->'geography'->'subRegions') WITH ORDINALITY AS e(value, ord)
    JOIN sub_region r ON r.name = e.value GROUP BY r.id;

    INSERT INTO municipality (name)
    SELECT DISTINCT e.value FROM jsonb_array_elements_text(rec->'geography'->'municipalities') AS e(value)
    WHERE NOT EXISTS (SELECT 1 FROM municipality t WHERE t.name = e.value)
    ON CONFLICT (name) DO NOTHING;
    INSERT INTO project_municipality (project_id, municipality_id, position)
    SELECT v_id, m.id, min(e.ord - 1)::integer
    FROM jsonb_array_elements_text(rec->'geography'->'municipalities') WITH ORDINALITY AS e(value, ord)
    JOIN municipality m ON m.name = e.value GROUP BY m.id;

    INSERT INTO gender_equality_answer (project_id, question, answer, explanation)
    SELECT v_id, q.question::"GenderQuestion", (rec->'genderEquality'->q.question->>'answer')::boolean,
           rec->'genderEquality'->q.question->>'explanation'
    FROM (VALUES ('analysisDone'), ('mainstreamed'), ('mainGoal')) AS q(question)
    WHERE jsonb_typeof(rec->'genderEquality'->q.question) = 'object';

    INSERT INTO sustainability_score (project_id, criterion, category, position, direct, indirect, justification)
    SELECT v_id, s.value->>'criterion', (s.value->>'category')::"SustainabilityCategory",
           (s.value->>'position')::integer, (s.value->>'direct')::integer, (s.value->>'indirect')::integer,
           s.value->>'justification'
    FROM jsonb_array_elements(rec->'sustainability') AS s(value);

    INSERT INTO data_quality_note (project_id, kind, detail)
    SELECT v_id, n.value->>'kind', coalesce(n.value->'detail', '{}'::jsonb)
    FROM jsonb_array_elements(p_notes) AS n(value);

    PERFORM refresh_project_search(v_id);
  EXCEPTION WHEN OTHERS THEN
    RETURN 'error: ' || SQLERRM;
  END;

  RETURN CASE WHEN v_existing_hash IS NULL THEN 'created' ELSE 'updated' END;
END $$;


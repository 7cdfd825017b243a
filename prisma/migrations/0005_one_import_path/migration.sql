-- One write path. A document that must be written on its own (because its batch failed) now goes
-- through import_projects() as well, as a batch of one inside its own subtransaction, so the
-- batch and the one-by-one path can never store a document differently. The per-document
-- function of 0002 and its helpers go.

CREATE FUNCTION import_project_alone(batch jsonb) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
  v_outcome text;
BEGIN
  BEGIN
    SELECT i.outcome INTO v_outcome FROM import_projects(batch) AS i;
  EXCEPTION WHEN OTHERS THEN
    RETURN 'error: ' || SQLERRM;
  END;
  RETURN coalesce(v_outcome, 'error: no outcome');
END $$;

DROP FUNCTION import_project(jsonb, text, text, jsonb, jsonb);
DROP FUNCTION registry_organisation_id(text, text, text);
DROP FUNCTION refresh_project_search(integer);

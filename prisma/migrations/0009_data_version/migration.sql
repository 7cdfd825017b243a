-- The registry's own data version: one row, bumped by the import in the transaction that changes
-- data, so that every server process (on any machine) sees the same version, and a transaction
-- in another database on the same server no longer moves it (pg_current_snapshot() did).
-- Readers key their caches, ETags and Cache-Control on it (lib/queries/data-version-cache.ts).
--
-- `epoch` is drawn once per database, so two databases that happen to have the same counter
-- (a test database cloned from a template, a restored backup) never share cached results.

CREATE TABLE registry_data_version (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  epoch text NOT NULL DEFAULT md5(random()::text || clock_timestamp()::text),
  version bigint NOT NULL DEFAULT 1,
  changed_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO registry_data_version DEFAULT VALUES;

-- Called by the import's write path at the end of the transaction that changes data: the new
-- version becomes visible exactly when the data does, and concurrent import batches queue on the
-- row only for the time of their commit. Once per transaction: later calls in it do nothing.
CREATE FUNCTION bump_data_version() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('registry.data_version_bumped', true) IS DISTINCT FROM 'yes' THEN
    UPDATE registry_data_version SET version = version + 1, changed_at = now();
    PERFORM set_config('registry.data_version_bumped', 'yes', true);
  END IF;
END $$;

-- Any other writer (a maintenance DELETE, a script) moves the version too: a deferred trigger on
-- the projects and web pages bumps it when such a transaction commits (so the row is locked only
-- at commit), and costs the import nothing more than a check, as it has bumped already.
CREATE FUNCTION note_data_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM bump_data_version();
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER project_data_version AFTER INSERT OR UPDATE OR DELETE ON project
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION note_data_change();
CREATE CONSTRAINT TRIGGER project_web_page_data_version AFTER INSERT OR UPDATE OR DELETE ON project_web_page
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION note_data_change();

-- Every batch that writes something bumps the version; an all-unchanged batch leaves it.
CREATE OR REPLACE FUNCTION import_project_alone(batch jsonb) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
  v_outcome text;
BEGIN
  BEGIN
    SELECT i.outcome INTO v_outcome FROM import_projects(batch) AS i;
    IF v_outcome IN ('created', 'updated') THEN
      PERFORM bump_data_version();
    END IF;
  EXCEPTION WHEN OTHERS THEN
    RETURN 'error: ' || SQLERRM;
  END;
  RETURN coalesce(v_outcome, 'error: no outcome');
END $$;

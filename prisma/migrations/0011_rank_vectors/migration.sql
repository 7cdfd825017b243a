-- Ranking by relevance reads the search vector of every matching project. In `project` the
-- vectors are stored out of line in the TOAST table beside the summaries: at 100,000 projects a
-- word matching nearly all of them spent ~200 of its 375 ms fetching vectors from TOAST. This
-- narrow copy keeps each vector in its row (MAIN storage: compressed in place, moved out only if
-- a row could not otherwise fit a page), with the code for the order's tie-break. The GIN index
-- on project.search_vector still decides which projects match; this table only ranks them
-- (lib/queries/find-projects.ts).
--
-- Kept by statement-level triggers with transition tables, so an import statement that writes
-- 250 projects copies their vectors in one set-based statement. A project deleted takes its copy
-- with it.

CREATE TABLE project_rank_vector (
  project_id integer PRIMARY KEY REFERENCES project (id) ON DELETE CASCADE,
  code text NOT NULL,
  search_vector tsvector NOT NULL
);
ALTER TABLE project_rank_vector ALTER COLUMN search_vector SET STORAGE MAIN;

CREATE FUNCTION copy_rank_vectors() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO project_rank_vector (project_id, code, search_vector)
  SELECT c.id, c.code, coalesce(c.search_vector, ''::tsvector) FROM changed_projects c
  ON CONFLICT (project_id) DO UPDATE SET code = EXCLUDED.code, search_vector = EXCLUDED.search_vector
  WHERE (project_rank_vector.code, project_rank_vector.search_vector)
    IS DISTINCT FROM (EXCLUDED.code, EXCLUDED.search_vector);
  RETURN NULL;
END $$;

CREATE TRIGGER project_rank_vector_insert AFTER INSERT ON project
  REFERENCING NEW TABLE AS changed_projects FOR EACH STATEMENT EXECUTE FUNCTION copy_rank_vectors();
CREATE TRIGGER project_rank_vector_update AFTER UPDATE ON project
  REFERENCING NEW TABLE AS changed_projects FOR EACH STATEMENT EXECUTE FUNCTION copy_rank_vectors();

INSERT INTO project_rank_vector (project_id, code, search_vector)
SELECT id, code, coalesce(search_vector, ''::tsvector) FROM project;
ANALYZE project_rank_vector;

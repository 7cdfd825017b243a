-- The import history: one row per import run (npm run import, npm start's seed import), shown on
-- /quality. Rejected files keep their problems as the import reported them.

CREATE TABLE import_run (
  id             serial PRIMARY KEY,
  started_at     timestamptz NOT NULL,
  finished_at    timestamptz NOT NULL,
  -- The files and folders the run was given, and how many source files they held.
  paths          text[] NOT NULL,
  files          integer NOT NULL CHECK (files >= 0),
  created        integer NOT NULL CHECK (created >= 0),
  updated        integer NOT NULL CHECK (updated >= 0),
  unchanged      integer NOT NULL CHECK (unchanged >= 0),
  rejected       integer NOT NULL CHECK (rejected >= 0),
  -- [{ "file": "…", "problems": [{ "severity", "message", "line"?, "section"?, "field"? }] }]
  rejected_files jsonb NOT NULL DEFAULT '[]'
);

CREATE INDEX import_run_finished_at ON import_run (finished_at DESC);

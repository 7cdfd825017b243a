-- Which version of each shipped seed file the registry last imported. `npm start` imports a seed
-- only when its file changed since (or into an empty registry), so a start never reverts a
-- project the user imported in a corrected version.
CREATE TABLE seed_file (
  name        text PRIMARY KEY,
  sha256      text NOT NULL,
  imported_at timestamptz NOT NULL DEFAULT now()
);

-- Web pages that print no project code: linked by an explicit code at import, by their own
-- address under the project's WWW-osoite, or by a name match a person confirmed. How the link
-- was made is kept, and so are the candidates of a page still waiting for confirmation. The
-- page's prose paragraphs are its narrative, shown on the project page.

ALTER TABLE project_web_page
  ADD COLUMN page_url text,
  ADD COLUMN link_method text CHECK (link_method IN ('code', 'flag', 'address', 'confirmed')),
  ADD COLUMN link_candidates jsonb NOT NULL DEFAULT '[]',
  ADD COLUMN narrative text[] NOT NULL DEFAULT '{}';

-- Pages linked before this migration were linked by the code they print or by their exact name.
UPDATE project_web_page SET link_method = 'code' WHERE project_id IS NOT NULL;

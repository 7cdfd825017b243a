-- Indexes for the project list's sort orders, so a page of 20 needs no sort of every project.
CREATE INDEX project_name_code_idx ON project (name, code);
CREATE INDEX project_planned_start_idx ON project (planned_start DESC NULLS LAST, code);
CREATE INDEX project_planned_public_total_idx ON project (planned_public_total DESC NULLS LAST, code);
CREATE INDEX project_realised_public_total_idx ON project (realised_public_total DESC NULLS LAST, code);
CREATE INDEX project_applicant_type_idx ON project (applicant_type);
CREATE INDEX project_status_idx ON project (status);
CREATE INDEX project_planned_start_only_idx ON project (planned_start);

-- Long texts (summaries, reports, search vectors) are stored out of line, so that scans of the
-- project rows (facet counts, totals) read a narrow table.
ALTER TABLE project SET (toast_tuple_target = 128);

-- Name search: trigram index over every normalised spelling (similarity, word similarity and LIKE prefix).
CREATE INDEX person_search_keys_trgm_idx ON person_search_keys USING gin (key gin_trgm_ops);
--> statement-breakpoint
-- Exact and prefix matches rank first; a plain btree answers them without the trigram index.
CREATE INDEX person_search_keys_key_idx ON person_search_keys (key text_pattern_ops);
--> statement-breakpoint
-- The registry's history is a record of what happened: never rewritten.
CREATE OR REPLACE FUNCTION record_history_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'record_history is append-only';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER record_history_no_update BEFORE UPDATE ON record_history FOR EACH ROW EXECUTE FUNCTION record_history_append_only();
--> statement-breakpoint
-- A person is in at most one place at a time: the open placement is unique.
CREATE UNIQUE INDEX placements_open_idx ON placements (person_id) WHERE to_on IS NULL;

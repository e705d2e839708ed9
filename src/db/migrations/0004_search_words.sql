CREATE TABLE "search_words" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"word" text NOT NULL,
	CONSTRAINT "search_words_word_unique" UNIQUE("word")
);
--> statement-breakpoint
ALTER TABLE "person_search_keys" DROP CONSTRAINT "person_search_keys_person_id_people_id_fk";
--> statement-breakpoint
-- Fuzzy search now corrects each query word against the dictionary above (held in memory by the search)
-- and looks the corrected spelling up in the b-tree; the trigram index over every full key is no longer
-- read, and keeping it up to date was most of an import's time.
DROP INDEX IF EXISTS person_search_keys_trgm_idx;
--> statement-breakpoint
-- The dictionary follows the keys by itself, whichever code writes them: once per statement, so a batch
-- insert of 100,000 keys adds its words in one pass. Words of deleted keys are pruned hourly.
CREATE OR REPLACE FUNCTION search_words_add() RETURNS trigger AS $$
BEGIN
  INSERT INTO search_words (word)
    SELECT DISTINCT w FROM added_keys, unnest(string_to_array(added_keys.key, ' ')) AS w
    WHERE w <> '' AND NOT EXISTS (SELECT 1 FROM search_words s WHERE s.word = w)
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER person_search_keys_add_words AFTER INSERT ON person_search_keys
  REFERENCING NEW TABLE AS added_keys FOR EACH STATEMENT EXECUTE FUNCTION search_words_add();
--> statement-breakpoint
INSERT INTO search_words (word)
  SELECT DISTINCT w FROM person_search_keys, unnest(string_to_array(key, ' ')) AS w WHERE w <> ''
  ON CONFLICT DO NOTHING;

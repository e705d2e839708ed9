ALTER TABLE "people" ADD COLUMN "photo" jsonb;--> statement-breakpoint
-- A photo file is served only while a person's page shows it: this finds that person.
CREATE INDEX people_photo_key_idx ON people ((photo->>'key')) WHERE photo IS NOT NULL;

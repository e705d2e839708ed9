DROP INDEX "signatures_public_idx";--> statement-breakpoint
CREATE INDEX "signatures_public_idx" ON "signatures" USING btree ("campaign_id","state","visibility","confirmed_on","id");
CREATE TABLE "letter_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"envelope" text NOT NULL,
	"letter_count" integer NOT NULL,
	"posted_on" date
);
--> statement-breakpoint
CREATE TABLE "letter_replies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"letter_id" uuid NOT NULL,
	"state" text NOT NULL,
	"received_on" date NOT NULL,
	"scan_keys" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"translation_enc" text,
	"claimed_by" uuid,
	"delivered_on" date
);
--> statement-breakpoint
ALTER TABLE "letters" ADD COLUMN "wants_original" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "letters" ADD COLUMN "claimed_by" uuid;--> statement-breakpoint
ALTER TABLE "letters" ADD COLUMN "translation_language" text;--> statement-breakpoint
ALTER TABLE "letters" ADD COLUMN "written_photo_key" text;--> statement-breakpoint
ALTER TABLE "letters" ADD COLUMN "batch_id" uuid;--> statement-breakpoint
ALTER TABLE "letters" ADD COLUMN "facility_id" uuid;--> statement-breakpoint
ALTER TABLE "letters" ADD COLUMN "returned_on" date;--> statement-breakpoint
ALTER TABLE "letters" ADD COLUMN "reply_token_hash" text;--> statement-breakpoint
ALTER TABLE "letters" ADD COLUMN "reply_expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "letter_batches" ADD CONSTRAINT "letter_batches_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_replies" ADD CONSTRAINT "letter_replies_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."letters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_replies" ADD CONSTRAINT "letter_replies_claimed_by_users_id_fk" FOREIGN KEY ("claimed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "letter_replies_letter_idx" ON "letter_replies" USING btree ("letter_id");--> statement-breakpoint
CREATE INDEX "letter_replies_state_idx" ON "letter_replies" USING btree ("state");--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_claimed_by_users_id_fk" FOREIGN KEY ("claimed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_batch_id_letter_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."letter_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "letters_batch_idx" ON "letters" USING btree ("batch_id");--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_reply_token_hash_unique" UNIQUE("reply_token_hash");
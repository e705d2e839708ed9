CREATE TABLE "letter_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"letter_id" uuid NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"actor_id" uuid,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "letters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"submission_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"user_id" uuid,
	"kind" text NOT NULL,
	"origin" text DEFAULT 'platform' NOT NULL,
	"state" text NOT NULL,
	"locale" text NOT NULL,
	"language" text,
	"needs_translation" boolean DEFAULT false NOT NULL,
	"flagged" boolean DEFAULT false NOT NULL,
	"findings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"key_wrapped" text,
	"body_enc" text,
	"translation_enc" text,
	"writer_email_enc" text,
	"signature_enc" text,
	"return_address_enc" text,
	"image_key" text,
	"wants_replies" boolean DEFAULT false NOT NULL,
	"wants_archive" boolean DEFAULT false NOT NULL,
	"confirm_token_hash" text,
	"confirm_expires_at" timestamp with time zone,
	"moderator_note_enc" text,
	"created_on" date NOT NULL,
	"sent_on" date,
	"content_deleted_on" date,
	CONSTRAINT "letters_submission_id_unique" UNIQUE("submission_id"),
	CONSTRAINT "letters_confirm_token_hash_unique" UNIQUE("confirm_token_hash")
);
--> statement-breakpoint
ALTER TABLE "letter_events" ADD CONSTRAINT "letter_events_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."letters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_events" ADD CONSTRAINT "letter_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "letter_events_letter_idx" ON "letter_events" USING btree ("letter_id");--> statement-breakpoint
CREATE INDEX "letters_person_idx" ON "letters" USING btree ("person_id","sent_on");--> statement-breakpoint
CREATE INDEX "letters_state_idx" ON "letters" USING btree ("state");--> statement-breakpoint
CREATE INDEX "letters_user_idx" ON "letters" USING btree ("user_id");
CREATE TABLE "postcode_constituencies" (
	"country" text NOT NULL,
	"postcode" text NOT NULL,
	"constituency" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ref" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"role" text DEFAULT '' NOT NULL,
	"country" text NOT NULL,
	"party" text,
	"constituency" text,
	"email" text,
	"postal_address" text,
	"salutations" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_on" date NOT NULL,
	"updated_on" date NOT NULL,
	CONSTRAINT "targets_ref_unique" UNIQUE("ref")
);
--> statement-breakpoint
CREATE TABLE "campaign_partners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"name" text NOT NULL,
	"country" text,
	"website" text,
	"created_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaign_people" (
	"campaign_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	CONSTRAINT "campaign_people_campaign_id_person_id_pk" PRIMARY KEY("campaign_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "campaign_targets" (
	"campaign_id" uuid NOT NULL,
	"target_id" uuid NOT NULL,
	CONSTRAINT "campaign_targets_campaign_id_target_id_pk" PRIMARY KEY("campaign_id","target_id")
);
--> statement-breakpoint
CREATE TABLE "campaign_texts" (
	"campaign_id" uuid NOT NULL,
	"lang" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"body" text NOT NULL,
	"letter_subject" text,
	"letter_body" text,
	"translated_from" text,
	"updated_on" date NOT NULL,
	CONSTRAINT "campaign_texts_campaign_id_lang_pk" PRIMARY KEY("campaign_id","lang")
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"kind" text NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"original_lang" text NOT NULL,
	"addressing" text DEFAULT 'targets' NOT NULL,
	"template_locked" boolean DEFAULT false NOT NULL,
	"allow_mailto" boolean DEFAULT true NOT NULL,
	"allow_server" boolean DEFAULT true NOT NULL,
	"copy_mode" text DEFAULT 'bcc' NOT NULL,
	"representative_country" text,
	"goal" integer,
	"deadline" date,
	"handover_state" text,
	"handover_on" date,
	"handover_note" text,
	"signature_count" integer DEFAULT 0 NOT NULL,
	"letter_count" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_on" date NOT NULL,
	"opened_on" date,
	"closed_on" date,
	CONSTRAINT "campaigns_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "action_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"letter_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"target_id" uuid NOT NULL,
	"supporter_hash" text NOT NULL,
	"mode" text NOT NULL,
	"state" text NOT NULL,
	"scheduled_at" timestamp with time zone,
	"sent_on" date
);
--> statement-breakpoint
CREATE TABLE "action_letters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"submission_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"mode" text NOT NULL,
	"state" text NOT NULL,
	"locale" text NOT NULL,
	"supporter_hash" text NOT NULL,
	"name_enc" text,
	"email_enc" text,
	"subject_enc" text,
	"body_enc" text,
	"target_ids" jsonb NOT NULL,
	"simhash" bigint,
	"edited" boolean DEFAULT false NOT NULL,
	"confirm_token_hash" text,
	"confirm_expires_at" timestamp with time zone,
	"created_on" date NOT NULL,
	"confirmed_on" date,
	"followup_due_on" date,
	"followup_token_hash" text,
	"followup_sent_on" date,
	"reply_answer" text,
	"reply_note" text,
	"answered_on" date,
	CONSTRAINT "action_letters_submission_id_unique" UNIQUE("submission_id"),
	CONSTRAINT "action_letters_confirm_token_hash_unique" UNIQUE("confirm_token_hash"),
	CONSTRAINT "action_letters_followup_token_hash_unique" UNIQUE("followup_token_hash")
);
--> statement-breakpoint
CREATE TABLE "target_send_slots" (
	"target_id" uuid NOT NULL,
	"hour" timestamp with time zone NOT NULL,
	"used" integer NOT NULL,
	CONSTRAINT "target_send_slots_target_id_hour_pk" PRIMARY KEY("target_id","hour")
);
--> statement-breakpoint
CREATE TABLE "cosigners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"submission_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"name" text NOT NULL,
	"country" text NOT NULL,
	"website" text,
	"contact_name" text NOT NULL,
	"email_enc" text,
	"state" text NOT NULL,
	"locale" text NOT NULL,
	"confirm_token_hash" text,
	"confirm_expires_at" timestamp with time zone,
	"created_on" date NOT NULL,
	"decided_on" date,
	"decided_by" uuid,
	CONSTRAINT "cosigners_submission_id_unique" UNIQUE("submission_id"),
	CONSTRAINT "cosigners_confirm_token_hash_unique" UNIQUE("confirm_token_hash")
);
--> statement-breakpoint
CREATE TABLE "partner_consents" (
	"signature_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"agreed" boolean NOT NULL,
	"consent_text" text NOT NULL,
	"decided_on" date NOT NULL,
	CONSTRAINT "partner_consents_signature_id_partner_id_pk" PRIMARY KEY("signature_id","partner_id")
);
--> statement-breakpoint
CREATE TABLE "partner_exports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partner_id" uuid NOT NULL,
	"state" text NOT NULL,
	"requested_by" uuid,
	"requested_on" date NOT NULL,
	"decided_by" uuid,
	"decided_on" date,
	"rows" integer
);
--> statement-breakpoint
CREATE TABLE "signatures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"submission_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"visibility" text NOT NULL,
	"state" text NOT NULL,
	"name" text,
	"name_enc" text,
	"place" text,
	"email_enc" text,
	"dedupe_hash" text NOT NULL,
	"locale" text NOT NULL,
	"confirm_token_hash" text,
	"confirm_expires_at" timestamp with time zone,
	"created_on" date NOT NULL,
	"confirmed_on" date,
	CONSTRAINT "signatures_submission_id_unique" UNIQUE("submission_id"),
	CONSTRAINT "signatures_confirm_token_hash_unique" UNIQUE("confirm_token_hash")
);
--> statement-breakpoint
CREATE TABLE "event_photos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"photo_key" text NOT NULL,
	"thumb_key" text NOT NULL,
	"caption" text DEFAULT '' NOT NULL,
	"created_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_texts" (
	"event_id" uuid NOT NULL,
	"lang" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"translated_from" text,
	"report" text,
	CONSTRAINT "event_texts_event_id_lang_pk" PRIMARY KEY("event_id","lang")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"original_lang" text NOT NULL,
	"time_zone" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place" text NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"organiser" text NOT NULL,
	"capacity" integer,
	"approval_required" boolean DEFAULT false NOT NULL,
	"anonymous_count" integer DEFAULT 0 NOT NULL,
	"campaign_id" uuid,
	"created_by" uuid,
	"created_on" date NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "events_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "rsvps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"submission_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"email_hash" text NOT NULL,
	"email_enc" text,
	"name_enc" text NOT NULL,
	"state" text NOT NULL,
	"locale" text NOT NULL,
	"confirm_token_hash" text,
	"confirm_expires_at" timestamp with time zone,
	"cancel_token_hash" text,
	"reminder_sent_on" date,
	"created_on" date NOT NULL,
	CONSTRAINT "rsvps_submission_id_unique" UNIQUE("submission_id"),
	CONSTRAINT "rsvps_confirm_token_hash_unique" UNIQUE("confirm_token_hash"),
	CONSTRAINT "rsvps_cancel_token_hash_unique" UNIQUE("cancel_token_hash")
);
--> statement-breakpoint
ALTER TABLE "campaign_partners" ADD CONSTRAINT "campaign_partners_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_people" ADD CONSTRAINT "campaign_people_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_people" ADD CONSTRAINT "campaign_people_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_targets" ADD CONSTRAINT "campaign_targets_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_targets" ADD CONSTRAINT "campaign_targets_target_id_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_texts" ADD CONSTRAINT "campaign_texts_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_deliveries" ADD CONSTRAINT "action_deliveries_letter_id_action_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."action_letters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_deliveries" ADD CONSTRAINT "action_deliveries_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_deliveries" ADD CONSTRAINT "action_deliveries_target_id_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_letters" ADD CONSTRAINT "action_letters_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_send_slots" ADD CONSTRAINT "target_send_slots_target_id_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cosigners" ADD CONSTRAINT "cosigners_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cosigners" ADD CONSTRAINT "cosigners_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_consents" ADD CONSTRAINT "partner_consents_signature_id_signatures_id_fk" FOREIGN KEY ("signature_id") REFERENCES "public"."signatures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_consents" ADD CONSTRAINT "partner_consents_partner_id_campaign_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."campaign_partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_exports" ADD CONSTRAINT "partner_exports_partner_id_campaign_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."campaign_partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_exports" ADD CONSTRAINT "partner_exports_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_exports" ADD CONSTRAINT "partner_exports_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signatures" ADD CONSTRAINT "signatures_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_photos" ADD CONSTRAINT "event_photos_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_texts" ADD CONSTRAINT "event_texts_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rsvps" ADD CONSTRAINT "rsvps_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "postcode_constituencies_idx" ON "postcode_constituencies" USING btree ("country","postcode","constituency");--> statement-breakpoint
CREATE INDEX "targets_constituency_idx" ON "targets" USING btree ("country","constituency");--> statement-breakpoint
CREATE UNIQUE INDEX "campaign_partners_name_idx" ON "campaign_partners" USING btree ("campaign_id","name");--> statement-breakpoint
CREATE INDEX "campaign_people_person_idx" ON "campaign_people" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "campaigns_public_idx" ON "campaigns" USING btree ("state","kind","opened_on");--> statement-breakpoint
CREATE UNIQUE INDEX "action_deliveries_once_idx" ON "action_deliveries" USING btree ("campaign_id","target_id","supporter_hash");--> statement-breakpoint
CREATE INDEX "action_deliveries_letter_idx" ON "action_deliveries" USING btree ("letter_id");--> statement-breakpoint
CREATE INDEX "action_deliveries_due_idx" ON "action_deliveries" USING btree ("state","scheduled_at");--> statement-breakpoint
CREATE INDEX "action_letters_campaign_idx" ON "action_letters" USING btree ("campaign_id","state");--> statement-breakpoint
CREATE INDEX "action_letters_followup_idx" ON "action_letters" USING btree ("followup_due_on");--> statement-breakpoint
CREATE INDEX "cosigners_campaign_idx" ON "cosigners" USING btree ("campaign_id","state");--> statement-breakpoint
CREATE INDEX "partner_consents_partner_idx" ON "partner_consents" USING btree ("partner_id","agreed");--> statement-breakpoint
CREATE UNIQUE INDEX "signatures_once_idx" ON "signatures" USING btree ("campaign_id","dedupe_hash");--> statement-breakpoint
CREATE INDEX "signatures_public_idx" ON "signatures" USING btree ("campaign_id","state","visibility","confirmed_on");--> statement-breakpoint
CREATE INDEX "event_photos_event_idx" ON "event_photos" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "events_public_idx" ON "events" USING btree ("state","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "rsvps_once_idx" ON "rsvps" USING btree ("event_id","email_hash");--> statement-breakpoint
CREATE INDEX "rsvps_event_idx" ON "rsvps" USING btree ("event_id","state");
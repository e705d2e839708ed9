CREATE TABLE "friend_reminders" (
	"friend_id" uuid NOT NULL,
	"key" text NOT NULL,
	"sent_on" date NOT NULL,
	CONSTRAINT "friend_reminders_friend_id_key_pk" PRIMARY KEY("friend_id","key")
);
--> statement-breakpoint
CREATE TABLE "friend_task_done" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_id" uuid NOT NULL,
	"friendship_id" uuid NOT NULL,
	"photo_key" text,
	"done_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "friend_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"locale" text NOT NULL,
	"person_id" uuid,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"due_on" date,
	"active" boolean DEFAULT true NOT NULL,
	"created_by" uuid,
	"created_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "friends" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid,
	"pseudonym" text NOT NULL,
	"email_enc" text,
	"email_hash" text,
	"locale" text NOT NULL,
	"reminders" boolean DEFAULT false NOT NULL,
	"page_token_hash" text,
	"created_on" date NOT NULL,
	CONSTRAINT "friends_user_id_unique" UNIQUE("user_id"),
	CONSTRAINT "friends_email_hash_unique" UNIQUE("email_hash"),
	CONSTRAINT "friends_page_token_hash_unique" UNIQUE("page_token_hash")
);
--> statement-breakpoint
CREATE TABLE "friendships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"friend_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"confirm_token_hash" text,
	"confirm_expires_at" timestamp with time zone,
	"confirmed_on" date,
	"created_on" date NOT NULL,
	CONSTRAINT "friendships_confirm_token_hash_unique" UNIQUE("confirm_token_hash")
);
--> statement-breakpoint
CREATE TABLE "keepers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"state" text NOT NULL,
	"note" text,
	"requested_on" date NOT NULL,
	"started_on" date,
	"ended_on" date,
	"handed_over_to" uuid,
	"decided_by" uuid
);
--> statement-breakpoint
CREATE TABLE "needs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"locale" text NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"created_by" uuid,
	"created_on" date NOT NULL,
	"closed_on" date
);
--> statement-breakpoint
CREATE TABLE "pledges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"submission_id" uuid NOT NULL,
	"need_id" uuid NOT NULL,
	"user_id" uuid,
	"pseudonym" text NOT NULL,
	"email_enc" text,
	"promise" text NOT NULL,
	"by_month" text,
	"locale" text NOT NULL,
	"state" text NOT NULL,
	"confirm_token_hash" text,
	"confirm_expires_at" timestamp with time zone,
	"created_on" date NOT NULL,
	"decided_on" date,
	"decided_by" uuid,
	CONSTRAINT "pledges_submission_id_unique" UNIQUE("submission_id"),
	CONSTRAINT "pledges_confirm_token_hash_unique" UNIQUE("confirm_token_hash")
);
--> statement-breakpoint
CREATE TABLE "public_figures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"institution" text NOT NULL,
	"country" text NOT NULL,
	"photo_key" text,
	"statements" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"state" text NOT NULL,
	"contact_enc" text,
	"created_on" date NOT NULL,
	CONSTRAINT "public_figures_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "sponsorship_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"label" text NOT NULL,
	"created_by" uuid,
	"created_on" date NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_on" date,
	CONSTRAINT "sponsorship_invitations_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "sponsorships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"figure_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"state" text NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"statement" text,
	"statement_locale" text,
	"predecessor_id" uuid,
	"invitation_id" uuid,
	"created_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wall_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"submission_id" uuid NOT NULL,
	"name" text NOT NULL,
	"statement" text NOT NULL,
	"locale" text NOT NULL,
	"person_id" uuid,
	"photo_key" text NOT NULL,
	"thumb_key" text NOT NULL,
	"state" text NOT NULL,
	"email_enc" text,
	"consent_text" text NOT NULL,
	"confirm_token_hash" text,
	"confirm_expires_at" timestamp with time zone,
	"takedown_token_hash" text NOT NULL,
	"created_on" date NOT NULL,
	"approved_on" date,
	CONSTRAINT "wall_entries_submission_id_unique" UNIQUE("submission_id"),
	CONSTRAINT "wall_entries_confirm_token_hash_unique" UNIQUE("confirm_token_hash"),
	CONSTRAINT "wall_entries_takedown_token_hash_unique" UNIQUE("takedown_token_hash")
);
--> statement-breakpoint
ALTER TABLE "friend_reminders" ADD CONSTRAINT "friend_reminders_friend_id_friends_id_fk" FOREIGN KEY ("friend_id") REFERENCES "public"."friends"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "friend_task_done" ADD CONSTRAINT "friend_task_done_task_id_friend_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."friend_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "friend_task_done" ADD CONSTRAINT "friend_task_done_friendship_id_friendships_id_fk" FOREIGN KEY ("friendship_id") REFERENCES "public"."friendships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "friend_tasks" ADD CONSTRAINT "friend_tasks_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "friend_tasks" ADD CONSTRAINT "friend_tasks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "friends" ADD CONSTRAINT "friends_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "friendships" ADD CONSTRAINT "friendships_friend_id_friends_id_fk" FOREIGN KEY ("friend_id") REFERENCES "public"."friends"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "friendships" ADD CONSTRAINT "friendships_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keepers" ADD CONSTRAINT "keepers_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keepers" ADD CONSTRAINT "keepers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keepers" ADD CONSTRAINT "keepers_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sponsorship_invitations" ADD CONSTRAINT "sponsorship_invitations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sponsorships" ADD CONSTRAINT "sponsorships_figure_id_public_figures_id_fk" FOREIGN KEY ("figure_id") REFERENCES "public"."public_figures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sponsorships" ADD CONSTRAINT "sponsorships_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sponsorships" ADD CONSTRAINT "sponsorships_invitation_id_sponsorship_invitations_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."sponsorship_invitations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wall_entries" ADD CONSTRAINT "wall_entries_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "friend_task_done_once_idx" ON "friend_task_done" USING btree ("task_id","friendship_id");--> statement-breakpoint
CREATE INDEX "friend_tasks_person_idx" ON "friend_tasks" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "friend_tasks_locale_idx" ON "friend_tasks" USING btree ("locale","active");--> statement-breakpoint
CREATE UNIQUE INDEX "friendships_friend_person_idx" ON "friendships" USING btree ("friend_id","person_id");--> statement-breakpoint
CREATE INDEX "friendships_person_idx" ON "friendships" USING btree ("person_id","confirmed_on");--> statement-breakpoint
CREATE INDEX "keepers_person_idx" ON "keepers" USING btree ("person_id","state");--> statement-breakpoint
CREATE INDEX "keepers_user_idx" ON "keepers" USING btree ("user_id","state");--> statement-breakpoint
CREATE UNIQUE INDEX "keepers_open_once_idx" ON "keepers" USING btree ("person_id","user_id") WHERE state in ('requested', 'active');--> statement-breakpoint
CREATE INDEX "needs_person_idx" ON "needs" USING btree ("person_id","state");--> statement-breakpoint
CREATE INDEX "pledges_need_idx" ON "pledges" USING btree ("need_id","state");--> statement-breakpoint
CREATE INDEX "public_figures_country_idx" ON "public_figures" USING btree ("country","institution");--> statement-breakpoint
CREATE INDEX "sponsorships_person_idx" ON "sponsorships" USING btree ("person_id","state");--> statement-breakpoint
CREATE INDEX "sponsorships_figure_idx" ON "sponsorships" USING btree ("figure_id","state");--> statement-breakpoint
CREATE INDEX "wall_entries_public_idx" ON "wall_entries" USING btree ("state","approved_on","id");--> statement-breakpoint
CREATE INDEX "wall_entries_person_idx" ON "wall_entries" USING btree ("person_id","state");
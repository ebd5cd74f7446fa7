CREATE TABLE `indicator_definition_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`state` text NOT NULL,
	`definition` text NOT NULL,
	`base_version` integer NOT NULL,
	`version` integer NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`reviewed_by` text,
	`reviewed_at` text,
	`review_comment` text
);
--> statement-breakpoint
CREATE INDEX `indicator_definition_revisions_code` ON `indicator_definition_revisions` (`code`);--> statement-breakpoint
CREATE UNIQUE INDEX `indicator_definition_revisions_one_draft` ON `indicator_definition_revisions` (`code`) WHERE state = 'draft';--> statement-breakpoint
ALTER TABLE `indicators` ADD `method_note_vi` text;--> statement-breakpoint
ALTER TABLE `indicators` ADD `method_note_en` text;--> statement-breakpoint
ALTER TABLE `indicators` ADD `data_source` text;--> statement-breakpoint
ALTER TABLE `indicators` ADD `responsible_unit` text;--> statement-breakpoint
ALTER TABLE `indicators` ADD `aggregation` text DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE `indicators` ADD `retired_from` integer;--> statement-breakpoint
ALTER TABLE `indicators` ADD `continues` text;--> statement-breakpoint
ALTER TABLE `indicators` ADD `version` integer DEFAULT 1 NOT NULL;
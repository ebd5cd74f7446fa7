ALTER TABLE `observation_revisions` ADD `basis` text DEFAULT 'stated' NOT NULL;--> statement-breakpoint
ALTER TABLE `sources` ADD `note_en` text;
ALTER TABLE `observation_revisions` ADD `note_en` text;--> statement-breakpoint
ALTER TABLE `sources` ADD `publisher` text;--> statement-breakpoint
ALTER TABLE `targets` ADD `note_en` text;
ALTER TABLE `indicators` ADD `replaced_by` text;--> statement-breakpoint
ALTER TABLE `indicators` ADD `replaced_from` integer;
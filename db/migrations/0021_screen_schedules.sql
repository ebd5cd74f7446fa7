ALTER TABLE `screens` ADD `schedule` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `screens` ADD `outside_schedule` text DEFAULT 'playlist' NOT NULL;
CREATE TABLE `screen_pairings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code_hash` text NOT NULL,
	`secret_hash` text NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`screen_id` integer,
	`claimed_by` text,
	`claimed_at` text,
	`delivered_at` text,
	FOREIGN KEY (`screen_id`) REFERENCES `screens`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `screen_pairings_code_hash_unique` ON `screen_pairings` (`code_hash`);--> statement-breakpoint
CREATE UNIQUE INDEX `screen_pairings_secret_hash_unique` ON `screen_pairings` (`secret_hash`);--> statement-breakpoint
ALTER TABLE `screens` ADD `last_seen_at` text;
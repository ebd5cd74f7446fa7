CREATE TABLE `commentaries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`indicator_id` integer NOT NULL,
	`year` integer NOT NULL,
	`org_unit` text DEFAULT 'lang-son' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `commentaries_indicator_year_unit` ON `commentaries` (`indicator_id`,`year`,`org_unit`);--> statement-breakpoint
CREATE TABLE `commentary_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`commentary_id` integer NOT NULL,
	`state` text NOT NULL,
	`analysis` text NOT NULL,
	`actions` text DEFAULT '[]' NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`reviewed_by` text,
	`reviewed_at` text,
	`review_comment` text,
	FOREIGN KEY (`commentary_id`) REFERENCES `commentaries`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `commentary_revisions_commentary` ON `commentary_revisions` (`commentary_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `commentary_revisions_one_published` ON `commentary_revisions` (`commentary_id`) WHERE state = 'published';--> statement-breakpoint
CREATE UNIQUE INDEX `commentary_revisions_one_draft` ON `commentary_revisions` (`commentary_id`) WHERE state = 'draft';
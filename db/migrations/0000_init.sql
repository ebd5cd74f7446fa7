CREATE TABLE `indicators` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name_vi` text NOT NULL,
	`name_en` text NOT NULL,
	`definition_vi` text,
	`definition_en` text,
	`group` text NOT NULL,
	`kind` text NOT NULL,
	`direction` text NOT NULL,
	`unit` text NOT NULL,
	`decimals` integer DEFAULT 0 NOT NULL,
	`scope` text DEFAULT 'province' NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `indicators_code_unique` ON `indicators` (`code`);--> statement-breakpoint
CREATE TABLE `observation_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`observation_id` integer NOT NULL,
	`state` text NOT NULL,
	`numerator` integer,
	`denominator` integer,
	`value` real,
	`position` integer,
	`out_of` integer,
	`milestone_state` text,
	`milestone_date` text,
	`published` real,
	`published_text` text,
	`as_of` text,
	`source_id` integer,
	`locator` text,
	`note` text,
	`acknowledged_warnings` text DEFAULT '[]' NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`reviewed_by` text,
	`reviewed_at` text,
	`review_comment` text,
	FOREIGN KEY (`observation_id`) REFERENCES `observations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `observation_revisions_observation` ON `observation_revisions` (`observation_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `observation_revisions_one_published` ON `observation_revisions` (`observation_id`) WHERE state = 'published';--> statement-breakpoint
CREATE UNIQUE INDEX `observation_revisions_one_draft` ON `observation_revisions` (`observation_id`) WHERE state = 'draft';--> statement-breakpoint
CREATE TABLE `observations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`indicator_id` integer NOT NULL,
	`period` integer NOT NULL,
	`org_unit` text DEFAULT 'lang-son' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `observations_indicator_period_unit` ON `observations` (`indicator_id`,`period`,`org_unit`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`number` text,
	`title` text NOT NULL,
	`issuer` text,
	`date` text,
	`kind` text NOT NULL,
	`url` text,
	`note` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `targets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`indicator_id` integer NOT NULL,
	`year` integer NOT NULL,
	`org_unit` text DEFAULT 'lang-son' NOT NULL,
	`value` real NOT NULL,
	`comparator` text NOT NULL,
	`out_of` integer,
	`source_id` integer,
	`locator` text,
	`note` text,
	`revision` integer DEFAULT 1 NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `targets_indicator_year_unit_revision` ON `targets` (`indicator_id`,`year`,`org_unit`,`revision`);
CREATE TABLE `reporting_due_overrides` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`indicator_id` integer NOT NULL,
	`year` integer NOT NULL,
	`org_unit` text,
	`due` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_by` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reporting_due_overrides_year` ON `reporting_due_overrides` (`indicator_id`,`year`) WHERE org_unit is null;--> statement-breakpoint
CREATE UNIQUE INDEX `reporting_due_overrides_unit` ON `reporting_due_overrides` (`indicator_id`,`year`,`org_unit`) WHERE org_unit is not null;--> statement-breakpoint
CREATE TABLE `reporting_rules` (
	`indicator_id` integer PRIMARY KEY NOT NULL,
	`due_month` integer,
	`due_day` integer,
	`responsible_user_id` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_by` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`responsible_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `reporting_unit_responsibles` (
	`indicator_id` integer NOT NULL,
	`org_unit` text NOT NULL,
	`user_id` integer NOT NULL,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reporting_unit_responsibles_pair` ON `reporting_unit_responsibles` (`indicator_id`,`org_unit`);
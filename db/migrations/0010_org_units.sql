CREATE TABLE `org_unit_predecessors` (
	`unit` text NOT NULL,
	`predecessor` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `org_unit_predecessors_pair` ON `org_unit_predecessors` (`unit`,`predecessor`);--> statement-breakpoint
CREATE INDEX `org_unit_predecessors_predecessor` ON `org_unit_predecessors` (`predecessor`);--> statement-breakpoint
CREATE TABLE `org_units` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`parent` text,
	`valid_from` text,
	`valid_to` text,
	`name_checked` integer DEFAULT false NOT NULL,
	`note` text,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `org_units_code_unique` ON `org_units` (`code`);
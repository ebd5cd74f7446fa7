CREATE TABLE `province_predecessors` (
	`province` text NOT NULL,
	`predecessor` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `province_predecessors_pair` ON `province_predecessors` (`province`,`predecessor`);--> statement-breakpoint
CREATE TABLE `province_ranks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`index` text NOT NULL,
	`year` integer NOT NULL,
	`province` text NOT NULL,
	`rank` integer NOT NULL,
	`out_of` integer NOT NULL,
	`score` real,
	`government_rank` integer,
	`economy_rank` integer,
	`society_rank` integer,
	`source_id` integer NOT NULL,
	`note` text,
	`created_by` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `province_ranks_index_year_province` ON `province_ranks` (`index`,`year`,`province`);--> statement-breakpoint
CREATE TABLE `provinces` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`aliases` text DEFAULT '[]' NOT NULL,
	`valid_from` text,
	`valid_to` text,
	`note` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `provinces_code_unique` ON `provinces` (`code`);
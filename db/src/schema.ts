/**
 * The database schema. Figures are kept as the sources state them (integers stay integers);
 * rates, percentiles and statuses are computed in @kpi/shared and never stored as the only copy.
 * drizzle-kit reads this file to generate the committed SQL in ../migrations.
 */
import { sql } from 'drizzle-orm';
import { blob, index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * The organisation unit a figure or target belongs to when none is named: the province. The
 * columns are there so communes (or districts before July 2025) can be added later.
 */
export const DEFAULT_ORG_UNIT = 'lang-son';

const createdAt = () =>
  text('created_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`);

export const sources = sqliteTable('sources', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  number: text('number'),
  title: text('title').notNull(),
  /** The body that issued the document or figure (a ministry, the provincial People's Committee). */
  issuer: text('issuer'),
  /** Where it was published or read, when that is not the issuer: a newspaper, a website. */
  publisher: text('publisher'),
  date: text('date'),
  kind: text('kind').notNull(),
  url: text('url'),
  note: text('note'),
  /** The note in English, translated faithfully from the Vietnamese. */
  noteEn: text('note_en'),
  createdAt: createdAt(),
});

/**
 * The areas indicators are grouped by, as the department names and orders them. Indicators name
 * their group by `code` in `indicators.group`; a definition naming an unknown one is refused.
 */
export const indicatorGroups = sqliteTable('indicator_groups', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  code: text('code').notNull().unique(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  sortOrder: integer('sort_order').notNull(),
  version: integer('version').notNull().default(1),
});

export const indicators = sqliteTable('indicators', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  code: text('code').notNull().unique(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  definitionVi: text('definition_vi'),
  definitionEn: text('definition_en'),
  group: text('group').notNull(),
  kind: text('kind').notNull(),
  direction: text('direction').notNull(),
  unit: text('unit').notNull(),
  decimals: integer('decimals').notNull().default(0),
  scope: text('scope').notNull().default('province'),
  /** The code of the indicator that replaced this one, and the first data year it did (both or neither). */
  replacedBy: text('replaced_by'),
  replacedFrom: integer('replaced_from'),
  sortOrder: integer('sort_order').notNull().default(0),
  methodNoteVi: text('method_note_vi'),
  methodNoteEn: text('method_note_en'),
  dataSource: text('data_source'),
  responsibleUnit: text('responsible_unit'),
  /** How the province's figure relates to its communes': `ratio-sum`, `sum` or `none`. */
  aggregation: text('aggregation', { enum: ['ratio-sum', 'sum', 'none'] })
    .notNull()
    .default('none'),
  /** The first data year it is no current result; its history stays readable. */
  retiredFrom: integer('retired_from'),
  /** The code of the indicator whose series this one continues (a series break). */
  continues: text('continues'),
  /** The catalogue entry's version when its definition was last published. */
  version: integer('version').notNull().default(1),
});

/**
 * Proposed definitions of indicators, by code (a new indicator has no row in `indicators` until
 * one is published): at most one pending draft per code; published, returned and superseded ones
 * stay for history. Each carries the entry's version its write made, so the entry's version is
 * the highest of these and the indicator's.
 */
export const indicatorDefinitionRevisions = sqliteTable(
  'indicator_definition_revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull(),
    state: text('state', { enum: ['draft', 'published', 'returned', 'superseded'] }).notNull(),
    /** The proposed definition, as the shared contract's `IndicatorDefinition` (JSON). */
    definition: text('definition').notNull(),
    baseVersion: integer('base_version').notNull(),
    version: integer('version').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
    reviewedBy: text('reviewed_by'),
    reviewedAt: text('reviewed_at'),
    reviewComment: text('review_comment'),
  },
  (t) => [
    index('indicator_definition_revisions_code').on(t.code),
    uniqueIndex('indicator_definition_revisions_one_draft')
      .on(t.code)
      .where(sql`state = 'draft'`),
  ],
);

/** One figure per indicator, period and org unit; its numbers live in revisions. */
export const observations = sqliteTable(
  'observations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    /** The year the source assigns the figure to. */
    period: integer('period').notNull(),
    orgUnit: text('org_unit').notNull().default(DEFAULT_ORG_UNIT),
    /** Optimistic concurrency: every write names the version it was based on. */
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('observations_indicator_period_unit').on(t.indicatorId, t.period, t.orgUnit)],
);

/**
 * A figure's revisions: at most one published and one pending draft at a time, so a correction can
 * wait for approval while the public keeps the published one. Superseded ones stay for history.
 */
export const observationRevisions = sqliteTable(
  'observation_revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    observationId: integer('observation_id')
      .notNull()
      .references(() => observations.id, { onDelete: 'cascade' }),
    state: text('state', { enum: ['draft', 'published', 'returned', 'superseded'] }).notNull(),
    numerator: integer('numerator'),
    denominator: integer('denominator'),
    value: real('value'),
    position: integer('position'),
    outOf: integer('out_of'),
    milestoneState: text('milestone_state'),
    milestoneDate: text('milestone_date'),
    /** The figure as the source publishes it, kept even where it disagrees with num/den. */
    published: real('published'),
    publishedText: text('published_text'),
    /** `stated` by the source, `derived` from what it states, or `assumed`; the note says from what. */
    basis: text('basis', { enum: ['stated', 'derived', 'assumed'] })
      .notNull()
      .default('stated'),
    asOf: text('as_of'),
    sourceId: integer('source_id').references(() => sources.id),
    locator: text('locator'),
    note: text('note'),
    noteEn: text('note_en'),
    acknowledgedWarnings: text('acknowledged_warnings').notNull().default('[]'),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
    reviewedBy: text('reviewed_by'),
    reviewedAt: text('reviewed_at'),
    reviewComment: text('review_comment'),
  },
  (t) => [
    index('observation_revisions_observation').on(t.observationId),
    uniqueIndex('observation_revisions_one_published')
      .on(t.observationId)
      .where(sql`state = 'published'`),
    uniqueIndex('observation_revisions_one_draft')
      .on(t.observationId)
      .where(sql`state = 'draft'`),
  ],
);

/**
 * Commentary on an indicator's year, the province's or a unit's: the analysis and the actions,
 * in revisions published with four eyes like figures. `version` moves with every write.
 */
export const commentaries = sqliteTable(
  'commentaries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    orgUnit: text('org_unit').notNull().default(DEFAULT_ORG_UNIT),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('commentaries_indicator_year_unit').on(t.indicatorId, t.year, t.orgUnit)],
);

/** A commentary's revisions: at most one published and one pending draft, as for figures. */
export const commentaryRevisions = sqliteTable(
  'commentary_revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    commentaryId: integer('commentary_id')
      .notNull()
      .references(() => commentaries.id, { onDelete: 'cascade' }),
    state: text('state', { enum: ['draft', 'published', 'returned', 'superseded'] }).notNull(),
    analysis: text('analysis').notNull(),
    /** The actions as the shared contract's `CommentaryAction[]` (JSON): few per commentary, always read whole. */
    actions: text('actions').notNull().default('[]'),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
    reviewedBy: text('reviewed_by'),
    reviewedAt: text('reviewed_at'),
    reviewComment: text('review_comment'),
  },
  (t) => [
    index('commentary_revisions_commentary').on(t.commentaryId),
    uniqueIndex('commentary_revisions_one_published')
      .on(t.commentaryId)
      .where(sql`state = 'published'`),
    uniqueIndex('commentary_revisions_one_draft')
      .on(t.commentaryId)
      .where(sql`state = 'draft'`),
  ],
);

/** Targets per indicator and year; a revision keeps the earlier ones, the highest is in force. */
export const targets = sqliteTable(
  'targets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    orgUnit: text('org_unit').notNull().default(DEFAULT_ORG_UNIT),
    value: real('value').notNull(),
    comparator: text('comparator').notNull(),
    outOf: integer('out_of'),
    /** Rank targets: `position` or `share` (shared's rankReadingSchema); null for other kinds. */
    reading: text('reading'),
    sourceId: integer('source_id').references(() => sources.id),
    locator: text('locator'),
    note: text('note'),
    noteEn: text('note_en'),
    revision: integer('revision').notNull().default(1),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('targets_indicator_year_unit_revision').on(t.indicatorId, t.year, t.orgUnit, t.revision)],
);

/** People who sign in. Roles nest: viewer ⊂ analyst ⊂ approver ⊂ admin. */
export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  role: text('role', { enum: ['viewer', 'analyst', 'approver', 'admin'] }).notNull(),
  /**
   * A commune user: the code of the one commune or ward (org_units) this analyst enters figures
   * for. By code, as figures name their unit; a unit with such users cannot be deleted.
   */
  unit: text('unit'),
  /** `scrypt$N$r$p$salt$hash` (node:crypto scrypt). */
  passwordHash: text('password_hash').notNull(),
  disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
  createdAt: createdAt(),
  version: integer('version').notNull().default(1),
  /**
   * Sign-in attempts that failed in a row since the last success or an admin's unlock, and the
   * instant (ISO, UTC) before which the next attempt is refused: the back-off, then the lock.
   * Kept here, not in memory, so a restart lifts no lock. Neither moves `version`: they are
   * not edits of the account, and an admin's form must not go stale because someone mistyped.
   */
  failedSignIns: integer('failed_sign_ins').notNull().default(0),
  lockedUntil: text('locked_until'),
  /** Where the account's mail goes (admins set it, the user may too); null: no mail at all. */
  email: text('email'),
  mailDigest: integer('mail_digest', { mode: 'boolean' }).notNull().default(true),
  mailNotices: integer('mail_notices', { mode: 'boolean' }).notNull().default(true),
  /**
   * The Vietnam-time date (YYYY-MM-DD) of the last digest queued for the user, claimed in the same
   * transaction as the message: a restart on the same day never queues a second one. Not an edit
   * of the account, so `version` stays.
   */
  digestOn: text('digest_on'),
});

/**
 * Server-side sessions: the cookie carries a random token, the database only its SHA-256, so a
 * copy of the database opens no session. Expire when idle; revoked at sign-out or by an admin.
 */
export const sessions = sqliteTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    lastSeenAt: text('last_seen_at').notNull(),
    revokedAt: text('revoked_at'),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

/** Append-only: who did what, when, and the state before and after. */
export const auditEntries = sqliteTable(
  'audit_entries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: createdAt(),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    /** What was acted on, e.g. `observation`, `target`, `user`, `import`. */
    entity: text('entity').notNull(),
    /** Its key, e.g. `bluezone-install-rate/2021/lang-son` or a username. */
    entityKey: text('entity_key').notNull(),
    indicatorCode: text('indicator_code'),
    before: text('before'),
    after: text('after'),
    detail: text('detail'),
  },
  (t) => [index('audit_at').on(t.at), index('audit_indicator').on(t.indicatorCode), index('audit_actor').on(t.actor)],
);

/**
 * The document itself, for intranet users who cannot open outside links: a scanned PDF or image,
 * size-limited by the server. One per source; replacing it is audited.
 */
export const sourceFiles = sqliteTable('source_files', {
  sourceId: integer('source_id')
    .primaryKey()
    .references(() => sources.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  mediaType: text('media_type').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  content: blob('content', { mode: 'buffer' }).notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: createdAt(),
});

/** Meeting-room displays: settings, a playlist, and the hash of the read-only token in their URL. */
export const screens = sqliteTable('screens', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  language: text('language', { enum: ['vi', 'en'] }).notNull(),
  theme: text('theme', { enum: ['night', 'day'] }).notNull(),
  secondsPerSlide: integer('seconds_per_slide').notNull(),
  playlist: text('playlist').notNull(),
  /** The year the screen shows; null follows the latest year with published data. */
  year: integer('year'),
  /** JSON of the sets of slides by day and hour; '[]' (the playlist all day) for screens made before schedules. */
  schedule: text('schedule').notNull().default('[]'),
  /** What shows when no set is on: the playlist, or the clock. */
  outsideSchedule: text('outside_schedule', { enum: ['playlist', 'clock'] })
    .notNull()
    .default('playlist'),
  /** SHA-256 of the token; null once revoked. */
  tokenHash: text('token_hash'),
  tokenIssuedAt: text('token_issued_at'),
  createdBy: text('created_by').notNull(),
  createdAt: createdAt(),
  version: integer('version').notNull().default(1),
  /** When its last live stream closed (null: never connected); kept so the admin's "last seen" survives a restart. */
  lastSeenAt: text('last_seen_at'),
});

/**
 * A device asking to become a screen: it shows `code` (hashed here) and holds `secret` (hashed);
 * an admin claims the code for a screen, and the device's next poll receives a fresh token for it
 * once (`deliveredAt`). Rows are kept in the database so a restart does not break a pairing under way.
 */
export const screenPairings = sqliteTable('screen_pairings', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  codeHash: text('code_hash').notNull().unique(),
  secretHash: text('secret_hash').notNull().unique(),
  createdAt: text('created_at').notNull(),
  expiresAt: text('expires_at').notNull(),
  screenId: integer('screen_id').references(() => screens.id, { onDelete: 'cascade' }),
  claimedBy: text('claimed_by'),
  claimedAt: text('claimed_at'),
  deliveredAt: text('delivered_at'),
});

/**
 * Organisation units: the province, its communes and wards, and the district-level units and
 * former communes that earlier years' figures belong to. `parent` and the predecessors name units
 * by code, the key figures and targets carry in their `org_unit`.
 */
export const orgUnits = sqliteTable('org_units', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['province', 'city', 'district', 'ward', 'commune', 'town'] }).notNull(),
  parent: text('parent'),
  validFrom: text('valid_from'),
  validTo: text('valid_to'),
  nameChecked: integer('name_checked', { mode: 'boolean' }).notNull().default(false),
  note: text('note'),
  version: integer('version').notNull().default(1),
});

/** A unit made by merging others: one row per (new unit, former unit it was made from). */
export const orgUnitPredecessors = sqliteTable(
  'org_unit_predecessors',
  {
    unit: text('unit').notNull(),
    predecessor: text('predecessor').notNull(),
  },
  (t) => [uniqueIndex('org_unit_predecessors_pair').on(t.unit, t.predecessor), index('org_unit_predecessors_predecessor').on(t.predecessor)],
);

/**
 * Provinces and centrally-run cities as the Ministry's ranking tables name them: the 63 standing
 * until 30/6/2025 and the 34 from 1/7/2025. Kept apart from `org_units` (Lạng Sơn's own tree,
 * which figures hang on): no figure belongs to another province, and every commune picker would
 * otherwise list them. Lạng Sơn has the same code in both.
 */
export const provinces = sqliteTable('provinces', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['province', 'city'] }).notNull(),
  /** Other names the tables print (JSON array), e.g. `Thừa Thiên Huế` for Huế. */
  aliases: text('aliases').notNull().default('[]'),
  validFrom: text('valid_from'),
  validTo: text('valid_to'),
  note: text('note'),
});

/** A province formed by the 2025 merger: one row per (new province, former province it was made from). */
export const provincePredecessors = sqliteTable(
  'province_predecessors',
  {
    province: text('province').notNull(),
    predecessor: text('predecessor').notNull(),
  },
  (t) => [uniqueIndex('province_predecessors_pair').on(t.province, t.predecessor)],
);

/**
 * The Ministry's yearly ranking tables (the DTI to start): one row per index, data year and
 * province, each citing the source it was read in. Lạng Sơn's own rank stays a figure of its
 * indicator; its row here must agree with it.
 */
export const provinceRanks = sqliteTable(
  'province_ranks',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    index: text('index', { enum: ['dti'] }).notNull(),
    year: integer('year').notNull(),
    province: text('province').notNull(),
    rank: integer('rank').notNull(),
    outOf: integer('out_of').notNull(),
    score: real('score'),
    governmentRank: integer('government_rank'),
    economyRank: integer('economy_rank'),
    societyRank: integer('society_rank'),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id),
    note: text('note'),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('province_ranks_index_year_province').on(t.index, t.year, t.province)],
);

/**
 * Mail waiting to go, sent, or given up on. A request only inserts here; the sender loop
 * (server/src/services/mail/) delivers, so an SMTP server that is down never delays a save, and a
 * restart loses nothing that was queued. Failures back off (`next_attempt_at`) and keep the last
 * error for the admin's settings page.
 */
export const outbox = sqliteTable(
  'outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    recipient: text('recipient').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    kind: text('kind', { enum: ['draft-returned', 'off-track', 'screen-dark', 'digest', 'test'] }).notNull(),
    createdAt: createdAt(),
    attempts: integer('attempts').notNull().default(0),
    /** ISO instant; null once sent or given up. */
    nextAttemptAt: text('next_attempt_at'),
    lastError: text('last_error'),
    sentAt: text('sent_at'),
    failedAt: text('failed_at'),
  },
  (t) => [index('outbox_due').on(t.nextAttemptAt)],
);

/**
 * The reporting calendar: an indicator's own due rule (day and month of the year after the
 * figure's year; null for the department's) and the person who answers for its figures. No row:
 * the department's rule and nobody named. Changed by approvers, audited, with a version.
 */
export const reportingRules = sqliteTable('reporting_rules', {
  indicatorId: integer('indicator_id')
    .primaryKey()
    .references(() => indicators.id, { onDelete: 'cascade' }),
  dueMonth: integer('due_month'),
  dueDay: integer('due_day'),
  responsibleUserId: integer('responsible_user_id').references(() => users.id, { onDelete: 'set null' }),
  version: integer('version').notNull().default(1),
  updatedBy: text('updated_by').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/** A unit's own responsible person for an indicator's figures; written with the indicator's rule. */
export const reportingUnitResponsibles = sqliteTable(
  'reporting_unit_responsibles',
  {
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    orgUnit: text('org_unit').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [uniqueIndex('reporting_unit_responsibles_pair').on(t.indicatorId, t.orgUnit)],
);

/**
 * A year's due date in place of the rule's: for one unit's figure, or (unit null) for every figure
 * of the indicator that year without one of its own. Two partial indexes, as SQLite's unique index
 * treats every null as distinct.
 */
export const reportingDueOverrides = sqliteTable(
  'reporting_due_overrides',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    orgUnit: text('org_unit'),
    due: text('due').notNull(),
    version: integer('version').notNull().default(1),
    updatedBy: text('updated_by').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('reporting_due_overrides_year')
      .on(t.indicatorId, t.year)
      .where(sql`org_unit is null`),
    uniqueIndex('reporting_due_overrides_unit')
      .on(t.indicatorId, t.year, t.orgUnit)
      .where(sql`org_unit is not null`),
  ],
);

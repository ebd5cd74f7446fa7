export { openDb, closeDb, withoutWaiting, MIGRATIONS_FOLDER, type Db, type DbOrTx, type OpenDbOptions } from './open-db.js';
export * as schema from './schema.js';
export { DEFAULT_ORG_UNIT } from './schema.js';
export { seedDatabase, seedGroupBodies, seedIndicators, seedOrgUnitBodies, seedSources, unitSlug } from './seed/index.js';
export { loadUnitData, type UnitData } from './unit-figures.js';
export { listIndicators, listSources, loadPublishedData, lastDataChange, type LoadOptions, type SourceListOptions } from './queries.js';
export { evidenceSourceIds, isEvidence } from './evidence.js';
export {
  countUsers,
  findUser,
  insertUser,
  listAccounts,
  replacePasswordHash,
  toAccount,
  toMailPreferences,
  toUser,
  updateUser,
  type UserRow,
} from './users.js';
export { claimSignInAttempt, clearSignInFailures, unlockUser, type SignInClaim } from './sign-in-attempts.js';
export { findSession, insertSession, revokeSession, revokeUserSessions, touchSession } from './sessions.js';
export { appendAudit, listAudit, type AuditFilter, type AuditInput, type AuditRecord } from './audit.js';
export { observationState, publishDraft, returnDraft, saveDraft, type ObservationKey, type WriteFailure, type WriteResult } from './observation-writes.js';
export { pendingDrafts } from './draft-queue.js';
export { yearEntryStates } from './entry-states.js';
export { saveTarget, type TargetWriteResult } from './target-writes.js';
export { insertSource, sourceExists, type NewSource } from './source-writes.js';
export { saveDrafts, writeStagedDrafts, type WriteOptions } from './import-writes.js';
export { ImportRowError, stageDrafts, type DraftToSave, type ImportMeta, type StagedDrafts } from './import-staging.js';
export { currentFigures, figureKey, figuresFingerprint, type CurrentFigure } from './current-figures.js';
export { getSourceFile, putSourceFile, type PutFileResult, type StoredFile } from './source-files.js';
export { claimPairing, deliverPairing, findPairingBySecret, insertPairing, type ClaimRefusal, type PairingRow } from './screen-pairings.js';
export { listScreenPresence, markScreenSeen } from './screen-seen.js';
export { findScreen, insertScreen, listScreens, toScreen, updateScreen, type ScreenRow } from './screens.js';
export { backupDatabase, backupFileName, checkDatabaseFile, pruneBackups, type BackupCheck } from './backup.js';
export { restoreDatabase, type RestoreResult } from './restore.js';
export {
  createOrgUnit,
  deleteOrgUnit,
  findOrgUnit,
  indicatorAggregations,
  listOrgUnits,
  unitRefusal,
  updateOrgUnit,
  type OrgUnitRefusal,
  type OrgUnitWrite,
} from './org-units.js';
export { importOrgUnits, type OrgUnitImportOptions, type OrgUnitImportResult } from './org-unit-import.js';
export { definitionOf, definitionState, hasFigures, listDefinitions } from './definition-state.js';
export {
  proposeRetirement,
  publishDefinitionDraft,
  returnDefinitionDraft,
  saveDefinitionDraft,
  writeDefinition,
  type DefinitionWriteFailure,
  type DefinitionWriteResult,
} from './definition-writes.js';
export { createIndicatorGroup, findIndicatorGroup, listIndicatorGroups, updateIndicatorGroup, type GroupRefusal, type GroupWrite } from './indicator-groups.js';
export { exportCatalogue } from './catalogue-export.js';
export { importCatalogue } from './catalogue-import.js';
export { loadUnitDashboardData } from './unit-dashboard.js';
export { publishedUnitFigures } from './published-unit-figures.js';
export { insertProvinces, listProvinces, peerRanks, rankTable, toProvinceRank, writeRanks, type RankWrite } from './rankings.js';
export { seedProvinceRanks } from './seed/province-ranks.js';
export { dueMail, enqueueMail, markMailFailed, markMailSent, outboxSummary, type NewMail, type OutboxRow, type OutboxSummary } from './outbox.js';
export { claimDigest, digestRecipients, indicatorNameVi, noticeRecipient, noticeRecipients, offTrackRecipients } from './mail-queries.js';
export {
  commentaryState,
  publishCommentaryDraft,
  returnCommentaryDraft,
  saveCommentaryDraft,
  type CommentaryKey,
  type CommentaryWriteFailure,
  type CommentaryWriteResult,
} from './commentary-writes.js';
export { dueActions, pendingCommentaryDrafts, publishedCommentary, publishedYearCommentary } from './commentary-queries.js';
export { loadRules, saveReportingRule, toReportingRule, type RuleRecord, type RuleWrite } from './reporting-rules.js';
export { loadOverrides, writeDueOverride, type OverrideWrite } from './due-overrides.js';
export { completeness, expectedFigures, type ExpectedIndicator, type FigureStanding } from './expected-figures.js';
export { readCalendar } from './calendar.js';
export { inboxFor, type InboxOptions } from './inbox.js';
export { OVERDUE_LOOKBACK_DAYS } from './due-items.js';

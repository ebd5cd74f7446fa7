import {
  indicatorDetailSchema,
  indicatorListSchema,
  observationStateSchema,
  orgUnitListSchema,
  pendingDraftSchema,
  sourceListSchema,
  userSchema,
} from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import { bluezoneFigure, indicatorDetail, indicatorList, newObservation, orgUnitList, queued, revision, sourceList, users, withDraft } from './work-fixture';

describe('work fixture', () => {
  it('matches the API contract', () => {
    for (const user of Object.values(users)) expect(() => userSchema.parse(user)).not.toThrow();
    expect(() => indicatorListSchema.parse(indicatorList)).not.toThrow();
    expect(() => sourceListSchema.parse(sourceList)).not.toThrow();
    expect(() => orgUnitListSchema.parse(orgUnitList)).not.toThrow();
    for (const { code } of indicatorList.indicators) expect(() => indicatorDetailSchema.parse(indicatorDetail(code))).not.toThrow();
    const draft = revision(bluezoneFigure(2021, 150000, 519755, 2), 'draft', users.analyst.username);
    expect(() => observationStateSchema.parse(withDraft(newObservation('bluezone-install-rate', 2021), draft))).not.toThrow();
    expect(() => pendingDraftSchema.parse(queued(withDraft(newObservation('bluezone-install-rate', 2021), draft), null, 'Lan'))).not.toThrow();
  });
});

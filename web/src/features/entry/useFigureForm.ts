import {
  conflictBodySchema,
  warningsBodySchema,
  type EntryWarning,
  type EntryWarningCode,
  type Figure,
  type Indicator,
  type ObservationState,
} from '@kpi/shared';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { useSaveFigureMutation, useSetObservation } from '../../api/entry-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { checkEntry, liveRate, liveWarnings, returnedRevision, valuesFromFigure, type FieldName, type FormValues } from './figure-form-model';

interface FigureFormOptions {
  code: string;
  /** Its kind picks the fields; its unit, how a value reads (`12.500` of a count is 12500). */
  indicator: Pick<Indicator, 'kind' | 'unit'>;
  year: number;
  observation: ObservationState;
  /** Published figures of the other years: what a jump is measured against. */
  history: readonly Figure[];
}

/**
 * The revision the form starts from: the pending draft, else one just sent back (its author
 * corrects what was returned rather than typing it again), else the published figure.
 */
const startingRevision = (state: ObservationState) => state.draft ?? returnedRevision(state) ?? state.published;

/**
 * The entry form's state. Values stay as typed; every render re-reads them with the shared schema,
 * so the rate, the messages and the warnings follow each keystroke. Field messages show only once a
 * save was tried: someone tabbing through the form, or still typing, is not told off for what they
 * have not yet filled in.
 */
export function useFigureForm({ code, indicator, year, observation, history }: FigureFormOptions) {
  const { t, locale } = useStaffI18n();
  const save = useSaveFigureMutation(code, year, observation.orgUnit);
  const setObservation = useSetObservation();
  const [values, setValues] = useState<FormValues>(() => valuesFromFigure(startingRevision(observation)?.figure ?? null, year));
  const [acknowledged, setAcknowledged] = useState<EntryWarningCode[]>(() => startingRevision(observation)?.acknowledgedWarnings ?? []);
  const [baseVersion, setBaseVersion] = useState(observation.version);
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [serverWarnings, setServerWarnings] = useState<EntryWarning[]>([]);
  const [conflict, setConflict] = useState<ObservationState | null>(null);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);

  const check = checkEntry(indicator, values, baseVersion, acknowledged, locale, t.entry.ambiguousNumber);
  const live = liveWarnings(check, year, history);
  // A 422 names warnings the form may not have computed (the server's history can be newer).
  const warnings = [...live, ...serverWarnings.filter((w) => !live.some((l) => l.code === w.code))];
  const pending = warnings.filter((w) => !acknowledged.includes(w.code));

  const set = (field: FieldName, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setServerErrors(({ [field]: _dropped, ...rest }) => rest);
    setSavedVersion(null);
  };
  const errorOf = (field: FieldName) => (submitted && check.errors[field]) || serverErrors[field];
  const acknowledge = (code: EntryWarningCode, on: boolean) =>
    setAcknowledged((current) => (on ? [...new Set([...current, code])] : current.filter((c) => c !== code)));

  const onError = (error: Error) => {
    if (!(error instanceof ApiError)) return;
    if (error.status === 409) {
      const current = conflictBodySchema.safeParse(error.body).data?.current;
      if (current) {
        setConflict(current);
        setObservation(current);
      }
    } else if (error.status === 422) {
      setServerWarnings(warningsBodySchema.safeParse(error.body).data?.warnings ?? []);
    } else if (error.status === 400) {
      setServerErrors(error.fields ?? {});
    }
  };

  /** Saves as a draft on top of `version` (the form's, or the current one after a conflict); false when blocked. */
  const submit = (version = baseVersion): boolean => {
    setSubmitted(true);
    if (!check.entry || pending.length > 0) return false;
    const stillWarned = acknowledged.filter((code) => warnings.some((w) => w.code === code));
    save.reset();
    save.mutate(
      { ...check.entry, version, acknowledgedWarnings: stillWarned },
      {
        onSuccess: ({ observation: saved }) => {
          setBaseVersion(saved.version);
          setSavedVersion(saved.version);
          setConflict(null);
          setServerWarnings([]);
        },
        onError,
      },
    );
    return true;
  };

  /** Drops what was typed and loads the figure as it is now. */
  const loadCurrent = (current: ObservationState) => {
    setValues(valuesFromFigure(startingRevision(current)?.figure ?? null, year));
    setAcknowledged(startingRevision(current)?.acknowledgedWarnings ?? []);
    setBaseVersion(current.version);
    setSubmitted(false);
    setServerErrors({});
    setServerWarnings([]);
    setConflict(null);
    save.reset();
  };

  return {
    values,
    set,
    errorOf,
    check,
    rate: liveRate(check.numbers),
    warnings,
    pending,
    acknowledged,
    acknowledge,
    submitted,
    submit,
    conflict,
    loadCurrent,
    savedVersion,
    save,
    /** Server field messages the form has no input for (`kind`, `year`). */
    otherErrors: Object.entries(serverErrors).filter(([field]) => !(field in values)),
  };
}

export type FigureFormState = ReturnType<typeof useFigureForm>;

import type { EntryWarningCode } from '@kpi/shared';
import { useState } from 'react';
import { useImportPlanMutation, useRunImportMutation } from '../../api/import-hooks';
import { ImportPlanPanel } from './ImportPlanPanel';
import { ImportProgress } from './ImportProgress';
import { ImportRefusal } from './ImportRefusal';
import { TemplateDownload } from './TemplateDownload';
import { UploadForm } from './UploadForm';

/**
 * Template → file → dry run → acknowledged warnings → run → progress. The run sends the same file
 * with the plan's basis, so the server refuses (409) if anything changed since the check.
 */
export function ImportWorkspace() {
  const planning = useImportPlanMutation();
  const running = useRunImportMutation();
  const [file, setFile] = useState<File | null>(null);
  const [acknowledged, setAcknowledged] = useState<EntryWarningCode[]>([]);
  // A new key empties the file input after a finished import.
  const [round, setRound] = useState(0);

  const check = (chosen: File) => {
    running.reset();
    setAcknowledged([]);
    planning.mutate(chosen);
  };
  const choose = (chosen: File | null) => {
    setFile(chosen);
    planning.reset();
    running.reset();
    setAcknowledged([]);
  };
  const startOver = () => {
    choose(null);
    setRound((n) => n + 1);
  };
  const plan = planning.data;
  const job = running.data;

  return (
    <>
      <TemplateDownload />
      <UploadForm key={round} onFile={choose} onCheck={check} checking={planning.isPending}>
        <ImportRefusal error={planning.error} />
      </UploadForm>
      {plan && file && (
        <ImportPlanPanel
          plan={plan}
          acknowledged={acknowledged}
          onAcknowledge={(code, on) => setAcknowledged((codes) => (on ? [...codes, code] : codes.filter((c) => c !== code)))}
          onRun={() => running.mutate({ file, acknowledge: acknowledged, basis: plan.basis })}
          onRecheck={() => check(file)}
          runError={running.error}
          started={running.isPending || job !== undefined}
        />
      )}
      {job && <ImportProgress jobId={job.id} onAnother={startOver} />}
    </>
  );
}

import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ReviewDialogProps {
  /** The question, naming the indicator, year and figure. */
  title: string;
  /** What the action will do. */
  hint: string;
  /** Called after the dialog has closed without the action (Cancel or Escape). */
  onCancel: () => void;
  /** The form: its first control takes focus when the dialog opens; its Cancel calls `closeDialog`. */
  children: ReactNode;
}

/**
 * A modal confirmation (the native `<dialog>`: the page behind is inert, Escape cancels). Opened
 * by mounting it; on cancel, focus goes back to the control that opened it.
 */
export function ReviewDialog({ title, hint, onCancel, children }: ReviewDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const hintId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    // Browsers differ on what a modal dialog focuses first: make it the first control, the one to answer.
    dialog.querySelector<HTMLElement>('textarea, input, select, button:not(:disabled)')?.focus();
  }, []);
  // Both Cancel and Escape close the dialog natively; the page is no longer inert then, so the opener can take focus.
  const closed = () => {
    opener.current?.focus();
    onCancel();
  };
  return (
    <dialog ref={ref} className="review-dialog" aria-labelledby={titleId} aria-describedby={hintId} onClose={closed}>
      <h2 id={titleId} className="review-dialog__title">
        {title}
      </h2>
      <p id={hintId} className="muted">
        {hint}
      </p>
      {children}
    </dialog>
  );
}

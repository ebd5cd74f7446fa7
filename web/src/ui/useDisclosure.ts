import { useCallback, useId, useRef, useState, type KeyboardEvent } from 'react';

/**
 * A disclosure (a button that shows and hides a panel, WAI-ARIA's pattern): the button says whether
 * the panel is open and which panel it controls; Escape inside either closes it and gives focus back
 * to the button, so a keyboard user is never left on a control that just disappeared.
 */
export function useDisclosure(initiallyOpen = false) {
  const [open, setOpen] = useState(initiallyOpen);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !open) return;
      event.stopPropagation();
      setOpen(false);
      buttonRef.current?.focus();
    },
    [open],
  );
  return {
    open,
    setOpen,
    /** Spread on the wrapper that holds both the button and the panel. */
    onKeyDown,
    buttonProps: {
      ref: buttonRef,
      type: 'button' as const,
      'aria-expanded': open,
      'aria-controls': panelId,
      onClick: () => setOpen((was) => !was),
    },
    panelId,
  };
}

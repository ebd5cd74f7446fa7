/** Closes the dialog the clicked control is in, as Escape does: its close handler then puts focus back. */
export function closeDialog(event: { currentTarget: Element }) {
  event.currentTarget.closest('dialog')?.close();
}

/** Resolves in a later task of the event loop: a boundary where the browser may paint or take a tap. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

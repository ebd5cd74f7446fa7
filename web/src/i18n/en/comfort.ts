import type { viComfort } from '../vi/comfort';

/** English words of night mode, text size and the skip link. */
export const enComfort: typeof viComfort = {
  skipToContent: 'Skip to main content',
  display: 'Display',
  night: 'Night mode',
  textSize: 'Text size',
  sizes: {
    small: { mark: 'A−', name: 'Smaller text' },
    normal: { mark: 'A', name: 'Default text size' },
    large: { mark: 'A+', name: 'Larger text' },
  },
};

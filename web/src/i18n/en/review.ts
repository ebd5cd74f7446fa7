import type { viReview } from '../vi/review';

/** English words of the yearly review page, typed against the Vietnamese ones. */
export const enReview: typeof viReview = {
  documentTitle: (year) => `Review of ${year}`,
  draftNote: 'A draft written automatically from the approved figures; every figure cites its source by the number in brackets.',
  actions: 'Review actions',
  download: 'Download .docx',
  downloadHint: 'Word file, A4',
  downloadPdf: 'Download .pdf',
  downloadPdfHint: 'PDF file, A4',
  print: 'Print',
  readAloud: 'Read aloud',
  pause: 'Pause',
  resume: 'Resume',
  stop: 'Stop reading',
  reading: 'Reading the review…',
  paused: 'Paused.',
  noVoice:
    'This browser has no English voice, so it cannot read aloud. Add one in the operating system’s speech settings, or use Microsoft Edge or Google Chrome.',
  noSpeech: 'This browser cannot read aloud.',
  caveats: 'Data-quality notes',
  sources: 'Sources',
  refLabel: (n) => `source ${n}`,
  openSource: 'Open document',
  generatedAt: (when) => `Drafted ${when}`,
};

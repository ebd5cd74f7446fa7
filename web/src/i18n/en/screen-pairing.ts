import type { viScreenPairing } from '../vi/screen-pairing';

/** English words of a device waiting to be paired with a screen, typed against the Vietnamese. */
export const enScreenPairing: typeof viScreenPairing = {
  title: 'Pair this screen',
  codeLabel: 'Pairing code',
  step1: 'On the administrator’s computer, open the Meeting-room screens page (or scan the QR code).',
  step2: 'Enter this code and choose the screen to show.',
  expires: (when) => `The code is valid until ${when}; a new one replaces it then.`,
  qr: 'QR code opening the administrator’s pairing page',
  asking: 'Getting a pairing code…',
  waiting: 'Waiting for the server to give a pairing code…',
};

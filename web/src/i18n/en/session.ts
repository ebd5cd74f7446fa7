import type { viSession } from '../vi/session';

/** English words of sign-in, the header's page links and the roles, typed against the Vietnamese. */
export const enSession: typeof viSession = {
  nav: {
    label: 'Pages',
    overview: 'Overview',
    review: 'Yearly review',
    entry: 'Enter figures',
    import: 'Import from file',
    approval: 'Approve',
    catalogue: 'Indicator catalogue',
    admin: 'Administration',
  },
  roles: {
    viewer: 'Viewer',
    analyst: 'Analyst',
    approver: 'Approver',
    admin: 'Administrator',
  },
  session: {
    signIn: 'Sign in',
    signingIn: 'Signing in…',
    account: 'My account: e-mail',
    signOut: 'Sign out',
    signInTitle: 'Sign in to enter and approve figures',
    username: 'Username',
    password: 'Password',
    badCredentials: 'Wrong username or password.',
    rateLimited: 'Too many failed sign-ins. Please wait a minute and try again.',
    retryInSeconds: (seconds) => `Too many failed sign-ins. Please wait ${seconds} seconds and try again.`,
    retryAfter: (time) => `Too many failed sign-ins, so signing in is locked for now. Please try again after ${time}.`,
    failed: (message) => `Could not sign in: ${message}`,
    noPermissionTitle: 'No permission',
    noPermission: (needed, yours) => `This page is for the “${needed}” role and above; your account is “${yours}”.`,
  },
};

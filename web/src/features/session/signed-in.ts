/**
 * What only a signed-in user sees beside the leaders' pages: the header's work links with the
 * inbox's count, a commune user's unit beside their name, the sign-out button, the inbox and the completeness page. One chunk, loaded once a session is known
 * (after hydration), so the overview's first load carries none of it.
 */
export { CompletenessPage } from '../completeness/CompletenessPage';
export { InboxPage } from '../inbox/InboxPage';
export { default as StaffLinks } from './StaffLinks';
export { default as OwnUnitName } from './OwnUnitName';
export { default as SignOutButton } from './SignOutButton';

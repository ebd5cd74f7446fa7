import type { viApproval } from '../vi/approval';

/** English words of the approval queue, typed against the Vietnamese. */
export const enApproval: typeof viApproval = {
  approval: {
    title: 'Approve figures',
    hint: 'Drafts awaiting approval, oldest first. Publish to show a figure on the overview, or return it with a reason.',
    empty: 'No drafts are awaiting approval.',
    itemTitle: (name, year) => `${name} – ${year}`,
    author: 'Entered by',
    authorAt: (user, when) => `${user}, ${when}`,
    warnings: 'Warnings acknowledged',
    noWarnings: 'None',
    open: 'Open the entry page',
    publish: 'Publish',
    return: 'Return',
    ownDraft: 'You cannot publish a draft you entered yourself; another approver must.',
    comment: 'Reason for returning (required)',
    sendBack: 'Return to author',
    stale: 'Someone else has just reviewed or changed this draft; the queue has been reloaded.',
  },
};

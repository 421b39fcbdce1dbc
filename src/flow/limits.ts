// The strictest limits of the platforms the flows are shown on, so a flow that passes the check
// renders everywhere. Each constant names the platform rule it comes from.

/** Slack button text is 75 characters; Discord's button label 80. */
export const MAX_LABEL = 75;
/** Discord messages are 2000 characters; Slack sections 3000. */
export const MAX_SAY = 2000;
/** Discord string selects take 25 options (Slack's take 100). */
export const MAX_CHOICES = 25;
/** More than this many choices are shown as a select menu (Discord: 5 buttons a row). */
export const MAX_BUTTONS = 5;
/** Discord text-input labels are 45 characters (Slack's 2000). */
export const MAX_ASK_LABEL = 45;
/** Discord text-input placeholders are 100 characters (Slack's 150). */
export const MAX_PLACEHOLDER = 100;
/** Discord slash-command choice names are 100 characters. */
export const MAX_SUMMARY = 100;

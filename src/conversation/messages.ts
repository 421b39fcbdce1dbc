// Every sentence the engine itself says (the flows say the rest), kept together so tone stays one voice.
// Platform adapters reuse these, e.g. the refusal shown to someone pressing another user's button.

export const messages = {
  help:
    'I help you link a TikTok account to a TikTok Shop and fix what goes wrong on the way. ' +
    'Press a button or type its number, or just tell me what you see. ' +
    'At any point you can type **start over**, **back**, or **talk to a person**.',
  unsure: "I'm not sure I understood that, so here's the menu. You can also type **talk to a person**.",
  notUnderstood: "Sorry, I didn't get that. Press one of the buttons below or type its number. You can also type **back** or **talk to a person**.",
  outOfRange: (n: number, count: number) => `There's no option ${n} here: pick a number from 1 to ${count}, or press a button.`,
  inferred: (answer: string) => `You already told me: **${answer}**, so I'll skip that question.`,
  welcome: "You're welcome! I'm here whenever you need me.",
  outOfScope: (what: string) => `Sorry, I can't help with ${what} here: I only cover linking a TikTok account to a shop. A person from our support team can point you the right way.`,
  /** How the out-of-scope topics are named to users. */
  topics: {
    payouts: 'payouts and payments',
    refunds: 'refunds and returns',
    orders: 'orders and shipping',
    listings: 'product listings and their review',
    fees: 'fees and commission rates',
    ads: 'ads and their billing',
    violations: 'account violations and appeals',
    'other-platforms': 'syncing another shop platform',
    'shop-settings': "your shop's settings (name, logo, details)",
  },
  empty: "I didn't catch anything there. Type a question or press one of the buttons.",
  tooLong: (max: number) => `That message is longer than I can take (${max} characters at most). Could you shorten it, or send it in parts?`,
  stale: "That button is from an earlier step, so I left things as they are. Here's where we are now:",
  foreign: (owner: string) => `This conversation belongs to ${owner}. Start your own with /linkhelp.`,
  unknownButton: "I couldn't read that button. Type **start over** to begin again.",
  gone: "That button belongs to a conversation I no longer have. Type **start over** and we'll begin again.",
  noBack: "There's no earlier step to go back to. Here's where we are:",
  notAsking: "I'm not waiting for an answer right now. Here's where we are:",
  caseOpened: (n: number) => `Your case number is **#${n}**.`,
  noDesk:
    "I've saved this as a case with everything you told me. No support team is connected to this chat right now, so no one will reply here: " +
    'the people who run this bot can look your case up by its number.',
  relayed: "Sent to our support team. They'll answer right here.",
  relayedNoDesk: 'Added to your case. No support team is connected to this chat right now, so no one will reply here.',
  caseWaiting: (n: number) => `A teammate has your case **#${n}** and will answer right here. Type **back** to return to the guide meanwhile.`,
  backToBot: "Our support team handed you back to me. Here's where we left off:",
  fromAgent: (name: string, text: string) => `**${name} (support):** ${text}`,
  claimedForUser: (name: string, n: number) => `${name} from our support team is looking at your case **#${n}** and will answer right here.`,
  reminderToUser: (n: number) => `Sorry for the wait on case **#${n}**. It's still in the queue and a teammate will answer right here.`,
  unknownCommand: (name: string) => `I don't know /${name}. Use /linkhelp and I'll help you link your TikTok account.`,
  failed: 'Something went wrong on my side. Please try that again in a moment.',
  threadOpened: (link: string) => `I've opened a private thread for you here: ${link}`,
  topicOption: 'Jump straight to a topic',
  questionOption: 'Or say it in your words: "my QR code won\'t scan", "back", "talk to a person"',
  reminderCancelled: "Done: I won't check back.",
  noReminder: "There's no check-back planned, so nothing to cancel.",
  forgotten: "Done. I've erased our conversations and what you told me. Cases you opened keep only their number and dates.",
  startOver: 'Start over',
  talkToPerson: 'Talk to a person',
} as const;

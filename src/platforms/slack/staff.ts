// The support team's side on a Slack desk: Claim / Resolve / Back to bot on a case post, replies typed in a
// case's thread, and `/linkhelp cases`. Only members of the desk channel act; anyone else is told so, alone.
// Changes go through Cases; the post is redrawn by the outbox, never here.
import type { webApi } from '@slack/bolt';
import type { Cases, StaffResult } from '../../handoff/cases.ts';
import { inert } from '../../handoff/cases.ts';
import { openCasesText } from '../../handoff/listing.ts';
import { attachmentLine } from '../../handoff/relay.ts';
import type { Logger } from '../../log.ts';
import type { Case } from '../../store/types.ts';
import { readCaseAction, type CaseVerb } from './desk.ts';
import type { Delivery, Place } from './delivery.ts';
import type { DeskMembers, SlackNames } from './names.ts';
import { plainFromSlack } from './text.ts';

/** A file a person shared with their message, as Slack describes it in the event. */
export interface SharedFile {
  permalink?: string;
  url_private?: string;
  name?: string;
}


export interface StaffOptions {
  cases: Cases;
  /** The desk channel. */
  channel: string;
  client: webApi.WebClient;
  members: DeskMembers;
  names: SlackNames;
  delivery: Delivery;
  log: Logger;
  now: () => number;
}

export class Staff {
  readonly channel: string;

  constructor(private readonly o: StaffOptions) {
    this.channel = o.channel;
  }

  isStaff(user: string): Promise<boolean> {
    return this.o.members.has(user);
  }

  /** A click on a desk post's button; true when it was one (handled, whoever clicked). */
  async action(actionId: string, who: { user: string; name?: string }, place: Place): Promise<boolean> {
    const parsed = readCaseAction(actionId);
    if (!parsed) return false;
    if (place.channel !== this.channel) {
      this.o.log.warn({ channel: place.channel, action: actionId }, 'a desk button outside the desk channel; ignored');
      return true;
    }
    if (!(await this.isStaff(who.user))) {
      this.o.log.info({ user: who.user, case: parsed.case, verb: parsed.verb }, 'a desk button pressed by someone not on the support team; refused');
      await this.tell(this.o.cases.words.notices.notStaff, place);
      return true;
    }
    const result = await this.act(parsed.verb, parsed.case, who);
    this.o.log.info({ user: who.user, case: parsed.case, verb: parsed.verb, ok: result.ok }, 'staff action on a case');
    await this.tell(result.notice, place);
    return true;
  }

  /**
   * A message in the desk channel's threads: in a case's thread, from staff, it goes to the requester.
   * Returns false when the thread is not a case's (it may be a conversation with the bot).
   */
  async message(m: { user: string; text: string; thread: string; files?: SharedFile[] }): Promise<boolean> {
    const c = await this.caseAt(m.thread);
    if (!c) return false;
    const place: Place = { channel: this.channel, thread: m.thread, user: m.user };
    if (!(await this.isStaff(m.user))) {
      await this.tell(this.o.cases.words.notices.notStaff, place);
      return true;
    }
    const files = (m.files ?? []).map(fileUrl).filter((url): url is string => Boolean(url));
    const text = inert([plainFromSlack(m.text).trim(), ...files.map(attachmentLine)].filter(Boolean).join('\n'));
    if (!text) return true;
    const name = inert(await this.o.names.of(m.user));
    const result = await this.o.cases.agentSays(c.number, m.user, name, text);
    this.o.log.info({ user: m.user, case: c.number, ok: result.ok }, 'an agent replied to a case');
    // "Sent" for every reply would be noise in the thread; anything else (reopened, no case) is worth a line.
    if (result.notice !== this.o.cases.words.notices.sent) await this.tell(result.notice, place);
    return true;
  }

  /** True when `thread` (a ts in the desk channel) is a case's post. */
  async isCaseThread(thread: string): Promise<boolean> {
    return (await this.caseAt(thread)) !== undefined;
  }

  /** `/linkhelp cases` from staff: the open cases, to them alone. False for anyone else (a normal start). */
  async listCases(user: string, place: Place): Promise<boolean> {
    if (!(await this.isStaff(user))) return false;
    const open = await this.o.cases.open();
    await this.tell(openCasesText(open, this.o.now(), this.o.cases.words), { ...place, hidden: place.responseUrl !== undefined });
    return true;
  }

  private async act(verb: CaseVerb, n: number, who: { user: string; name?: string }): Promise<StaffResult> {
    if (verb === 'resolve') return this.o.cases.resolve(n, who.user);
    if (verb === 'back') return this.o.cases.backToBot(n, who.user);
    return this.o.cases.claim(n, who.user, inert(await this.o.names.of(who.user, who.name)));
  }

  /** The case whose desk post is the thread's parent, if any. */
  private caseAt(thread: string): Promise<Case | undefined> {
    return this.o.cases.atDesk('slack', this.channel, thread);
  }

  private tell(text: string, place: Place): Promise<void> {
    return this.o.delivery.ephemeral([{ text, kind: 'notice' }], place, 'desk');
  }
}

/** Where an attachment can be opened: its permalink, else its private URL; undefined when Slack gave none. */
export function fileUrl(f: SharedFile): string | undefined {
  return f.permalink ?? f.url_private;
}

// Sends a turn's messages as the answer to one interaction: the first as its response (or the edit of a deferred
// one), the rest as follow-ups, refusals to the clicker alone; only this interaction's own token is ever used.
import {
  MessageFlags,
  type ChatInputCommandInteraction,
  type MessageComponentInteraction,
  type ModalMessageModalSubmitInteraction,
  type ModalSubmitInteraction,
} from 'discord.js';
import type { OutMessage } from './components.ts';
import { encoded } from './encoded.ts';

export type Answerable = ChatInputCommandInteraction | MessageComponentInteraction | ModalSubmitInteraction;

/** `update`: the clicked message may be replaced (its buttons go); `reply`: answers are new messages. */
export type Delivery = 'reply' | 'update';

export class InteractionAnswer {
  /** Deferred as an update: nothing shown yet, and the clicked message is what an edit would change. */
  private deferredUpdate = false;

  constructor(
    readonly interaction: Answerable,
    readonly delivery: Delivery,
    /** Whether the conversation's messages are shown to the user alone. */
    readonly ephemeral: boolean,
  ) {}

  get acknowledged(): boolean {
    return this.interaction.deferred || this.interaction.replied;
  }

  /** The first response of a late turn: "thinking…" for a new message, a silent ack for an update. */
  async defer(): Promise<void> {
    if (this.acknowledged) return;
    if (this.delivery === 'update' && canUpdate(this.interaction)) {
      await this.interaction.deferUpdate();
      this.deferredUpdate = true;
    } else await this.interaction.deferReply(this.ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  }

  /** The turn's messages, in the conversation's place: in place of the clicked message when `inPlace` and possible. */
  async show(messages: readonly OutMessage[], inPlace = true): Promise<void> {
    const [shown, ...rest] = messages;
    if (!shown) return this.ack();
    const first = encoded(shown);
    const i = this.interaction;
    const update = inPlace && this.delivery === 'update' && canUpdate(i);
    if (this.acknowledged && (update || !this.deferredUpdate)) await i.editReply(first);
    else if (this.acknowledged) await i.followUp({ ...first, ...this.flags() });
    else if (update) await i.update(first);
    else await i.reply({ ...first, ...this.flags() });
    for (const m of rest) await i.followUp({ ...encoded(m), ...this.flags() });
  }

  /** A refusal or hint for whoever clicked, leaving every message as it was. */
  async notice(messages: readonly OutMessage[]): Promise<void> {
    const i = this.interaction;
    const only = { flags: MessageFlags.Ephemeral } as const;
    let rest = messages.map(encoded);
    if (!this.acknowledged) {
      const [first, ...more] = rest;
      if (!first) return;
      await i.reply({ ...first, ...only });
      rest = more;
    } else if (i.deferred && this.delivery === 'reply' && i.ephemeral) {
      // A deferred ephemeral reply is already theirs alone: fill it instead of leaving "thinking…".
      const [first, ...more] = rest;
      if (first) await i.editReply(first);
      rest = more;
    } else if (i.deferred && this.delivery === 'reply') {
      // A public "thinking…" must not turn into someone's refusal: remove it, answer privately.
      await i.deleteReply().catch(() => undefined);
    }
    for (const m of rest) await i.followUp({ ...m, ...only });
  }

  /** Acknowledges without showing anything (a double click). */
  async ack(): Promise<void> {
    if (this.acknowledged) return;
    if (canUpdate(this.interaction)) await this.interaction.deferUpdate();
    else await this.interaction.deferReply({ flags: MessageFlags.Ephemeral });
  }

  private flags() {
    return this.ephemeral ? { flags: MessageFlags.Ephemeral as const } : {};
  }
}

/** Components, and modals opened from one, can replace their message; commands cannot. */
function canUpdate(i: Answerable): i is MessageComponentInteraction | ModalMessageModalSubmitInteraction {
  return i.isMessageComponent() || (i.isModalSubmit() && i.isFromMessage());
}

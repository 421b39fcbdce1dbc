// The room platform itself, in memory: what the bot may do there (post, edit, open a form for someone) and what
// people do (enter, say, use a control, submit a form). Each act waits for the bot's handling of it.

export interface Control {
  label: string;
  /** What the bot put on the control, sent back when it is used. */
  value: string;
  opensForm: boolean;
}

export interface RoomMessage {
  id: number;
  text: string;
  controls: Control[];
  /** The controls are one select menu. */
  select: boolean;
  /** Seen by this person alone. */
  to?: string;
}

export interface OpenForm {
  value: string;
  label: string;
  placeholder?: string;
  /** The message whose control opened it. */
  from: number;
}

export type RoomEvent =
  | { kind: 'enter'; person: string }
  | { kind: 'say'; person: string; text: string; id: number }
  | { kind: 'use'; person: string; message: RoomMessage; control: Control }
  | { kind: 'submit'; person: string; form: OpenForm; text: string };

export class Room {
  readonly messages: RoomMessage[] = [];
  private forms = new Map<string, OpenForm>();
  private listener: (e: RoomEvent) => Promise<void> = async () => {};
  private seq = 0;

  // What the bot does.
  listen(listener: (e: RoomEvent) => Promise<void>): void {
    this.listener = listener;
  }

  post(m: Omit<RoomMessage, 'id'>): RoomMessage {
    const message = { ...m, id: ++this.seq };
    this.messages.push(message);
    return message;
  }

  edit(id: number, change: Partial<Omit<RoomMessage, 'id'>>): void {
    const m = this.messages.find((x) => x.id === id);
    if (m) Object.assign(m, change);
  }

  openForm(person: string, form: OpenForm): void {
    this.forms.set(person, form);
  }

  // What people do.
  enter(person: string): Promise<void> {
    return this.listener({ kind: 'enter', person });
  }

  say(person: string, text: string): Promise<void> {
    this.post({ text: `${person}: ${text}`, controls: [], select: false });
    return this.listener({ kind: 'say', person, text, id: this.seq });
  }

  /** Uses the control labelled so on a message as the person saw it (maybe an old copy). */
  use(person: string, message: RoomMessage, label: string): Promise<void> {
    const control = message.controls.find((c) => c.label === label);
    if (!control) throw new Error(`no "${label}" on that message`);
    return this.listener({ kind: 'use', person, message: structuredClone(message), control });
  }

  /** Fills in the form open for this person, and sends it. */
  submit(person: string, text: string): Promise<void> {
    const form = this.forms.get(person);
    if (!form) throw new Error(`${person} has no form open`);
    this.forms.delete(person);
    return this.listener({ kind: 'submit', person, form, text });
  }

  visibleTo(person: string): RoomMessage[] {
    return this.messages.filter((m) => !m.to || m.to === person);
  }
}

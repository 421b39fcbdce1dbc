// What a platform declares about itself, once: its name, how it names people and places, its limits and
// capabilities, and its settings. Core code (summaries, escaping, config, `flows check`) reads only this.
import type { z } from 'zod';
import type { Address } from '../address.ts';
import type { DeskSay } from '../handoff/desk-words.ts';

/** Sizes a flow's texts must fit to be shown on a platform; `flows check` takes the strictest configured. */
export interface PlatformLimits {
  /** Characters of a button's label. */
  buttonLabel: number;
  /** Characters of one message (or one text block of it). */
  message: number;
  /** Choices one select menu takes. */
  selectOptions: number;
  /** Buttons shown for a step's choices; more than this become a select menu. */
  buttons: number;
  /** Characters of a form field's label. */
  formLabel: number;
  /** Characters of a form field's placeholder. */
  placeholder: number;
}

export interface PlatformCapabilities {
  /** A question opens a form (a modal); without, the user types the answer where they chat. */
  forms: boolean;
  /** Conversations can run in a thread of their own. */
  threads: boolean;
  /** A message can be shown to one person alone (refusals and hints are, where they can be). */
  ephemeral: boolean;
  /** Long lists of choices become a select menu. */
  selects: boolean;
  /** Buttons that fit in one row. */
  buttonsPerRow: number;
  /**
   * Messages to its users can wait for a process that reaches them (a Discord shard); without, a user is
   * reached only by the process they chat with, and a message nobody can deliver is kept in the transcript.
   */
  reachableLater: boolean;
}

/** A place named for someone on another platform: words, a link where there is one, and words after it. */
export interface PlaceWords {
  words: string;
  url?: string;
  more?: string;
}

/** The settings of the environment that is common to every platform, passed to each platform's `build`. */
export interface CommonSettings {
  port: number;
  databaseUrl: string;
}

export interface PlatformSettings<S, Z extends z.ZodObject = z.ZodObject> {
  /** The variable that turns the platform on, and where its value is found. */
  token: { variable: string; where: string };
  /** Its variables, validated together with the rest of the environment (an empty value counts as unset). */
  schema: Z;
  /**
   * The settings from the validated variables, or undefined when the platform is not configured. Throws a
   * ConfigError whose lines start with the variable at fault, like every other setting.
   */
  build(vars: z.infer<Z>, common: CommonSettings): S | undefined;
}

export interface PlatformSpec<S = unknown> {
  /** The id in addresses, `HANDOFF_DESK`, `PLATFORMS` and `shoplink forget <id>:<user>`. */
  id: string;
  /** How people call it: "Slack", "web preview". */
  name: string;
  /** Who usually asks here, for a case whose flow never asked the role. */
  usualRole?: 'seller' | 'creator';
  /** A mention of a user in this platform's own text; absent: people are named by their id. */
  mention?(user: string): string;
  /** Text whose mention syntax this platform would act on, made inert (an agent's words reach users). */
  inert?(text: string): string;
  /** Where a user of this platform is, for agents on any desk, in the desk's words (`say`: a desk sentence by key). */
  place(address: Address, say: DeskSay): PlaceWords;
  /** What fits in a message; absent for platforms that take any text (the terminal). */
  limits?: PlatformLimits;
  capabilities: PlatformCapabilities;
  /** It can host the support desk (`HANDOFF_DESK=<id>:<channel id>`); `example` shows a channel id. */
  desk?: { example?: string };
  /** Its environment variables; absent for platforms that need none (terminal, web preview). */
  settings?: PlatformSettings<S>;
}

// The platforms shoplink knows, each declared once (src/platforms/<id>/platform.ts), and what core code asks of
// them: a platform by id, the strictest limits of those configured, and text made inert for all of them.
import type { FlowLimits } from '../flow/limits.ts';
import { webPlatform } from '../web/platform.ts';
import { discordPlatform } from './discord/platform.ts';
import type { PlatformLimits, PlatformSpec } from './platform.ts';
import { slackPlatform } from './slack/platform.ts';
import { terminalPlatform } from './terminal/platform.ts';

export class PlatformRegistry {
  private specs = new Map<string, PlatformSpec>();

  constructor(specs: readonly PlatformSpec[]) {
    for (const spec of specs) this.register(spec);
  }

  /** Adds a platform (or replaces the one of the same id): its users, limits and settings count from now on. */
  register(spec: PlatformSpec): void {
    this.specs.set(spec.id, spec);
  }

  all(): PlatformSpec[] {
    return [...this.specs.values()];
  }

  has(id: string): boolean {
    return this.specs.has(id);
  }

  /** The platform of an id; one nobody declared (a record from an older version) is named by its id. */
  get(id: string): PlatformSpec {
    return this.specs.get(id) ?? unknownPlatform(id);
  }

  /** Platforms that run from settings of their own (the chat platforms `start` runs). */
  configurable(): PlatformSpec[] {
    return this.all().filter((s) => s.settings);
  }

  /** Platforms that can host the support desk. */
  desks(): PlatformSpec[] {
    return this.all().filter((s) => s.desk);
  }

  /**
   * The strictest limit of each kind among `ids` (every platform with limits when none is given or none of
   * them has any), and the platform it comes from, so a problem can say which platform a text would not fit.
   */
  strictestLimits(ids?: readonly string[]): FlowLimits {
    const chosen = this.all().filter((s) => s.limits && (!ids?.length || ids.includes(s.id)));
    const from = chosen.length ? chosen : this.all().filter((s) => s.limits);
    const pick = (kind: keyof PlatformLimits) => {
      let best = { value: Infinity, platform: '' };
      for (const s of from) if (s.limits![kind] < best.value) best = { value: s.limits![kind], platform: s.name };
      return best;
    };
    return {
      buttonLabel: pick('buttonLabel'),
      message: pick('message'),
      selectOptions: pick('selectOptions'),
      formLabel: pick('formLabel'),
      placeholder: pick('placeholder'),
    };
  }

  /**
   * Words that may reach people on any platform (an agent's, relayed to a user and kept in the case) with every
   * platform's mention syntax made inert. Applying it twice is harmless.
   */
  inert(text: string): string {
    return this.all().reduce((t, s) => (s.inert ? s.inert(t) : t), text);
  }
}

function unknownPlatform(id: string): PlatformSpec {
  return {
    id,
    name: id,
    place: (a) => ({ words: `${id}:${a.channel}` }),
    capabilities: { forms: false, threads: false, ephemeral: false, selects: false, buttonsPerRow: Infinity, reachableLater: false },
  };
}

/** The platforms of this build; tests may register more. */
export const platforms = new PlatformRegistry([slackPlatform, discordPlatform, terminalPlatform, webPlatform]);

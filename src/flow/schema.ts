// The shape of a flow file (flows/*.yaml), as a zod schema: what support staff may write.
// The loader reports schema failures with file, path and line; graph rules live in check.ts.
import { z } from 'zod';

/** Ids are kebab-case so they read well in YAML, in custom_ids and in diagrams. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A target is a step of this flow, another flow (its start) or `flow.step`. */
export const TARGET_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)?$/;

const id = z.string().regex(ID_PATTERN, 'use lower-case words joined by "-", like "scan-again"');
const target = z
  .string()
  .regex(TARGET_PATTERN, 'name a step ("fixed"), a flow ("already-linked") or a flow\'s step ("already-linked.unlink")');

/** Fact values a choice may set and a guard may test: short words, so they fit a case summary. */
const factValue = z.string().min(1).max(80);

/** A guard over collected facts: every named fact must equal the value (or one of the values). */
export const When = z.record(id, z.union([factValue, z.array(factValue).min(1)]));

/**
 * What a typed answer states that picks a choice, every named fact stated and holding: a value (or one of the
 * values), `not` any of them, or a number `below` or `at-least` a bound ("only 700 followers" at the step that
 * names the 1,000 a creator needs). The facts a message can state are `TOLD_FACTS`.
 */
const Bound = z.strictObject({ below: z.number() }).or(z.strictObject({ 'at-least': z.number() }));
export const Told = z.record(id, z.union([factValue, z.array(factValue).min(1), z.strictObject({ not: z.array(factValue).min(1) }), Bound]));

/** The facts the bot reads in what people type, so a choice may be picked by them; `followers` is a number. */
export const TOLD_FACTS = ['qr-symptom', 'linked-ago', 'shop-approved', 'shop-active', 'other-shop-holder', 'other-shop-access', 'role', 'age', 'market', 'followers'] as const;
export const NUMERIC_FACTS: readonly string[] = ['followers'];
/** The value a choice records for "none of the listed ones" (`market: other`, "Somewhere else"). */
export const OTHER_VALUE = 'other';

/** A durable follow-up: after the delay, the bot comes back to the user at `goto` (unless they cancel). */
export const Remind = z.strictObject({
  after: z.string().regex(/^\d+(m|h|d)$/, 'use a number and a unit: 30m, 24h or 2d'),
  goto: target,
});

export const Choice = z.strictObject({
  /**
   * The choice's key for translations (flows/i18n/<lang>/<flow>.yaml). Defaults to its `goto`; two choices
   * of a step that go to the same place need an id each, so a translation can tell them apart.
   */
  id: id.optional(),
  label: z.string().min(1),
  goto: target,
  /** Facts recorded when this choice is taken, e.g. `{ role: creator }`. */
  set: z.record(id, factValue).optional(),
  /** Only offered when the facts match. */
  when: When.optional(),
  /** Picked by a typed answer that states these facts ("only 700 followers"), beside `set`, which picks it too. */
  told: Told.optional(),
  /** Taking this choice schedules a follow-up. */
  remind: Remind.optional(),
  /** Other words people type for this choice ("nope", "still broken"); the label's own words always count. */
  synonyms: z.array(z.string().min(1).max(80)).optional(),
});

export const Ask = z.strictObject({
  /** The fact the answer is stored under, e.g. `error-text`. */
  fact: id,
  /** Label of the input field (modal field on Slack and Discord, prompt in the terminal). */
  label: z.string().min(1),
  /** Where to go once answered. */
  goto: target,
  placeholder: z.string().optional(),
});

export const Route = z.strictObject({
  when: When.optional(),
  goto: target,
});

export const Handoff = z.strictObject({
  /** Why a person is needed, in a support agent's words. */
  reason: z.string().min(1),
});

export const Step = z
  .strictObject({
    /** What the bot says on entering the step (Markdown subset: **bold**, `code`, lists, links). */
    say: z.string().min(1).optional(),
    /** CONTENT.md fact ids this step teaches, e.g. [S4, S5]. */
    covers: z.array(z.string().regex(/^[A-Z][0-9]+$/, 'fact ids look like "S4"')).optional(),
    /**
     * The fact this question asks. When it is already known (a choice recording that value, or an `ask`
     * already answered), the step is skipped and the case says the answer was inferred from the user's words.
     */
    asks: id.optional(),
    /** Where a fact not in the seed guide comes from (a URL). */
    source: z.string().url().optional(),
    choices: z.array(Choice).min(1).optional(),
    ask: Ask.optional(),
    /** Go on at once: the first route whose `when` matches (the last needs no `when`). */
    route: z.array(Route).min(1).optional(),
    /** Go on at once to one target. */
    goto: target.optional(),
    end: z.literal('resolved').optional(),
    handoff: Handoff.optional(),
  })
  .superRefine((step, ctx) => {
    const ways = (['choices', 'ask', 'route', 'goto', 'end', 'handoff'] as const).filter((k) => step[k] !== undefined);
    if (ways.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message:
          ways.length === 0
            ? 'a step needs one way on: choices, ask, route, goto, end: resolved, or handoff'
            : `a step takes one way on, not ${ways.join(' and ')}`,
      });
    }
    if ((step.end || step.handoff || step.choices || step.ask) && !step.say && !step.ask) {
      ctx.addIssue({ code: 'custom', message: 'this step shows something to the user, so it needs `say`' });
    }
  });

export const FlowFile = z.strictObject({
  id,
  title: z.string().min(1),
  /** One line for menus and Discord's topic choices (≤ 100 characters there). */
  summary: z.string().min(1).max(100),
  /** Phrases that route free text here: to the flow's start, or `{ phrase, step }` to one of its steps. */
  match: z.array(z.union([z.string().min(2), z.strictObject({ phrase: z.string().min(2), step: id })])).default([]),
  start: id,
  steps: z.record(id, Step),
});

export type FlowFile = z.infer<typeof FlowFile>;
export type Step = z.infer<typeof Step>;
export type Choice = z.infer<typeof Choice>;
export type Remind = z.infer<typeof Remind>;
export type Ask = z.infer<typeof Ask>;
export type Route = z.infer<typeof Route>;
export type When = z.infer<typeof When>;
export type Told = z.infer<typeof Told>;
export type MatchPhrase = FlowFile['match'][number];

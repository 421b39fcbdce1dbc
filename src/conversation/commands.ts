// The words that work at any point of any flow: start over, back, help, asking for a person, and hello.
// Matched on the whole message, so "go back to the shop page" is routed as text, not taken as "back".
import { normalize } from './words.ts';

export type Command = 'restart' | 'back' | 'help' | 'human' | 'greet';

const COMMANDS: Record<string, Command> = {};
const add = (command: Command, phrases: string) => phrases.split('|').forEach((p) => (COMMANDS[normalize(p)] = command));
add('restart', 'start over|restart|start again|menu|main menu|reset|start');
add('back', 'back|go back|previous|undo|back to the bot|back to bot');
add('help', 'help|?|what can you do|commands');
add('greet', 'hi|hello|hey|hi there|hello there|good morning|good afternoon|good evening|yo|hiya');
add('human', 'human|agent|person|a person|talk to a person|talk to a human|talk to support|support|real person|speak to someone|talk to someone|contact support');

export function commandOf(text: string): Command | undefined {
  return COMMANDS[normalize(text)];
}

// The words that work at any point of any flow: start over, back, help, asking for a person, hello,
// cancelling a promised follow-up and asking to be forgotten.
// Matched on the whole message, so "go back to the shop page" is routed as text, not taken as "back".
import { normalize } from './words.ts';

export type Command = 'restart' | 'back' | 'help' | 'human' | 'greet' | 'cancel' | 'forget';

const COMMANDS: Record<string, Command> = {};
const add = (command: Command, phrases: string) => phrases.split('|').forEach((p) => (COMMANDS[normalize(p)] = command));
add('restart', 'start over|restart|start again|menu|main menu|reset|start');
add('back', 'back|go back|previous|undo|back to the bot|back to bot');
add('help', 'help|?|what can you do|commands');
add('cancel', 'cancel|cancel reminder|cancel the reminder|stop reminder|no reminder|don\'t check back|do not check back');
add('forget', 'forget me|delete my data|erase my data|delete me|forget everything|remove my data');
add('greet', 'hi|hello|hey|hi there|hello there|good morning|good afternoon|good evening|yo|hiya');
add('human', 'human|agent|person|a person|talk to a person|talk to a human|talk to support|support|real person|speak to someone|talk to someone|contact support');

export function commandOf(text: string): Command | undefined {
  return COMMANDS[normalize(text)];
}

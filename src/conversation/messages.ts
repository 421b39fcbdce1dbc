// Every sentence the engine itself says (the flows say the rest), in English, for callers that have no
// conversation to take a language from; messagesIn(language) gives the same sentences in another language.
import { SOURCE_LANGUAGE } from '../i18n/languages.ts';
import { messagesIn, type Messages } from '../i18n/strings.ts';

export { messagesIn, type Messages };

export const messages: Messages = messagesIn(SOURCE_LANGUAGE);

// Commands that work anywhere, typed the way people type them, and a person asked for in one's own words,
// without taking "linked to someone else's shop" for a request to talk to someone.
import { describe, expect, it } from 'vitest';
import { asksForPerson, commandOf, isFrustrated } from '../../src/understanding/commands.ts';
import type { Lexicon } from '../../src/understanding/lexicon.ts';
import { EN } from '../../src/understanding/lexicons/en.ts';

describe('a staff member named as part of the shop', () => {
  it('is not a request for a person', () => {
    expect(asksForPerson("how do i add my staff member's tiktok to the shop")).toBe(false);
    expect(asksForPerson('can i talk to a staff member')).toBe(true);
  });
});

describe("the user's own people", () => {
  it('are who the question is about, not a person asked for', () => {
    expect(asksForPerson("want to add my staff's tiktok as an extra account on the shop, how")).toBe(false);
    expect(asksForPerson('can our employee post for the shop too')).toBe(false);
    expect(asksForPerson('i want a staff member to help me')).toBe(true);
    expect(asksForPerson('how many extra accounts can we link? want to add my 2 staff for posting content')).toBe(false);
    // (A role's own account, whatever the role is called: "my affiliate manager's tiktok"; a manager asked for is still a person.)
    expect(asksForPerson("i own the shop and want to link my affiliate manager's tiktok too, just not as the main account")).toBe(false);
    expect(asksForPerson("need our sales rep's tt on the shop")).toBe(false);
    expect(asksForPerson('i want to speak to a manager')).toBe(true);
    expect(asksForPerson('can i talk to my account manager')).toBe(true);
  });
});

describe('people the user counts', () => {
  it('are the team the question is about, not a request for a person', () => {
    expect(asksForPerson("we've got 4 employees with their own tiktoks, can all of them post for the shop")).toBe(false);
    expect(asksForPerson('have two staff who want to sell for us')).toBe(false);
  });
});

describe('a message made only of closing words', () => {
  it('is thanks, in any order', () => {
    expect(commandOf("that's everything, really appreciate it")).toBe('thanks');
    expect(commandOf('all i needed, cheers')).toBe('thanks');
    expect(commandOf('ok that was it, have a good day')).toBe('thanks');
    expect(commandOf('thanks a lot bro, working now')).toBe('thanks');
    expect(commandOf('omg it worked ty sm 😭💖')).toBe('thanks');
    expect(commandOf('ok that solved it, appreciate u 🙏')).toBe('thanks');
    expect(commandOf("That's sorted it, thank you so much for your patience with me")).toBe('thanks');
    expect(commandOf('oh wait the shopping bag is there now, thank you')).toBe('thanks');
    expect(commandOf('never mind, i figured it out on my own and everything is linked now. thanks, bye')).toBe('thanks');
    expect(commandOf('the bag showed up, thanks, but how do i tag products')).toBeUndefined();
    expect(commandOf('thanks but its still not working')).toBeUndefined();
    expect(commandOf('thats all i needed to know about the qr code')).toBeUndefined();
  });
});

describe('help, hello and thanks as people put them', () => {
  it('hears what the bot can do asked in many ways', () => {
    for (const t of ['what can this bot actually help with', 'what kinda stuff do u handle', 'what you can help me?', 'what are the things the bot can do']) expect([t, commandOf(t)]).toEqual([t, 'help']);
  });

  it('hears help asked for after a hello, in any measure', () => {
    for (const t of ['hello, need some help', 'hi, i need a little help please', 'hey need a hand']) expect([t, commandOf(t)]).toEqual([t, 'help']);
    // (Support greeted is still a greeting, not a person asked for.)
    expect(commandOf('hi support')).toBe('greet');
  });

  it('hears a greeting with a title or a local hello', () => {
    for (const t of ["g'day", 'Assalamualaikum', "good morning ma'am", 'hello sir']) expect([t, commandOf(t)]).toEqual([t, 'greet']);
  });

  it("hears a bare time of day, a hello of the writer's own language and a wish after it", () => {
    for (const t of ['morning 👋', 'evening all', 'hai kak', 'Sawasdee ka 🙏', 'Good morning admin, hope you are having a nice day 😊', 'hello, how are you']) expect([t, commandOf(t)]).toEqual([t, 'greet']);
    for (const t of ['day', 'morning shift', 'this morning']) expect([t, commandOf(t)]).toEqual([t, undefined]);
  });

  it('hears thanks for the very thing that was needed', () => {
    expect(commandOf("thanks, that's the link i needed 🙏")).toBe('thanks');
    expect(commandOf('thanks that is exactly what i was looking for')).toBe('thanks');
  });

  it('hears thanks for the help, a fix reported with it and praise', () => {
    for (const t of ['cheers, sorted 👍', 'ty bot ur goated 🙏', 'Thank you so much for your help earlier, it works now. Have a great day!', 'thanks a lot for the help']) expect([t, commandOf(t)]).toEqual([t, 'thanks']);
    for (const t of ['bot', 'it works now', 'sorted']) expect([t, commandOf(t)]).not.toEqual([t, 'thanks']);
  });

  it('hears the check-back called off however the message goes on', () => {
    expect(commandOf('Good evening, no need to remind me tomorrow anymore, my colleague already fixed the link from her side. Thank you')).toBe('cancel');
  });

  it('hears closing words with a title, and never a title alone', () => {
    for (const t of ['thanks, all good now', "cheers, that's sorted", 'salamat po, ok na', 'thank you very much sir, that is all for now', 'so helpful']) expect([t, commandOf(t)]).toEqual([t, 'thanks']);
    for (const t of ['sir', 'po?', 'mate']) expect([t, commandOf(t)]).toEqual([t, undefined]);
  });

  it('does not take money or an item sent back for going back', () => {
    expect(commandOf('buyer wants her money back')).toBeUndefined();
    expect(commandOf('customer sent the item back')).toBeUndefined();
    expect(commandOf('ok go back')).toBe('back');
  });
});

describe('a person asked for in other shapes', () => {
  it('hears being put through, anyone to chat with, "someone pls" and Taglish', () => {
    for (const t of ['done with this, put me thru to support', 'is there anybody i can talk to about my link', 'someone pls, nothing works', 'pwede po makausap ang tao']) expect([t, asksForPerson(t)]).toEqual([t, true]);
  });

  it('hears someone to talk to however far from the verb, who on the team to write to, anyone around, colleagues and staff hopping on', () => {
    for (const t of [
      'is there anybody with a pulse i can talk to',
      'just hand me to whoever does this stuff manually',
      'skip the script, who on your team can i DM',
      '@support anyone around??',
      'any person there? been waiting reply since morning po',
      'id rather chat with one of your colleagues than keep clicking buttons',
      'can a staff member hop on, clearing cache did nothing',
    ]) expect([t, asksForPerson(t)]).toEqual([t, true]);
    // Anyone around doing something is asked about, not for.
    expect(asksForPerson('is anyone around selling in the uk')).toBe(false);
  });

  it('does not take a phone number one no longer has for a request', () => {
    expect(asksForPerson('the reset code goes to a number i dont have anymore')).toBe(false);
    expect(asksForPerson('is there a number to call')).toBe(true);
  });
});

describe('a request for a person in a long message', () => {
  it('is heard in a sentence of its own, but not in a letter\'s salutation', () => {
    expect(asksForPerson('Good afternoon. I would like to open a case with a representative about linking our official account. Our launch is next week and we cannot wait any longer. Regards, Ana')).toBe(true);
    expect(asksForPerson('Dear Support Team, I hope you are well. We opened a shop last month and would like to know the steps to attach our brand account as the official account of the shop. Many thanks in advance, Tom')).toBe(false);
  });
});

describe('a request in a sentence of its own inside a long message', () => {
  it('starts over, helps or forgets, but never goes back on a word in passing', () => {
    expect(commandOf('sorry, i think i clicked the wrong things all the way through, my fault entirely. could we start the whole thing over please')).toBe('restart');
    expect(commandOf("hello! before we begin, what exactly can you help me with? i've got a few different problems and don't want to waste time")).toBe('help');
    expect(commandOf('hi, i used this chat a few weeks ago. for privacy reasons please delete all the information and messages you have stored about me. thanks')).toBe('forget');
    expect(commandOf('linking is all done, thanks so much. but who do I contact about payouts? my bank transfer bounced back')).toBeUndefined();
    expect(commandOf("wait, sorry, i hadn't logged in yet when i pressed that. can we go back to the previous step for a moment")).toBe('back');
  });
});

describe('a reminder called off after it is named', () => {
  it('is cancelled, however long the message', () => {
    expect(commandOf('you said you would check back tomorrow, please cancel that, we sorted it')).toBe('cancel');
    expect(commandOf('You set a reminder to message me tomorrow about unlinking. Please cancel it, the agency finally did it themselves.')).toBe('cancel');
    expect(commandOf('no need to ping me tomorrow, the bag showed up already')).toBe('cancel');
    expect(commandOf("you said you'd check back tomorrow about the unlinking but I'll handle it myself next week, so no need for the reminder, cancel it please")).toBe('cancel');
    expect(commandOf('i think i picked the wrong answers, can we wipe it and start over from the top')).toBe('restart');
  });
});

describe('a person asked for indirectly', () => {
  it('hears who to call, and a person to take a look', () => {
    expect(asksForPerson('who can i call about this')).toBe(true);
    expect(asksForPerson('wondering if a human could take a look at this')).toBe(true);
    expect(asksForPerson('can someone from ur team just handle it')).toBe(true);
    expect(asksForPerson('who can i link to my shop')).toBe(false);
    expect(asksForPerson('i dont know where to look, can someone check it for me')).toBe(true);
    expect(asksForPerson('can a staff person check my acc directly')).toBe(true);
    expect(asksForPerson('can someone from the tiktok shop team reply here')).toBe(true);
    expect(asksForPerson('I want to speak with your supervisor')).toBe(true);
    expect(asksForPerson('is there an actual admin i can dm?')).toBe(true);
    expect(asksForPerson("i'd rather explain this to someone who works there tbh")).toBe(true);
    expect(asksForPerson('someone who works at a shop near me sells on tiktok')).toBe(false);
  });

  it('hears a person instead of the bot, and not in a phone number or a message sent on WhatsApp', () => {
    expect(asksForPerson("I'm not very good with computers. Can a person help me instead of the robot?")).toBe(true);
    expect(asksForPerson('is it possible to get connected to an actual support person')).toBe(true);
    expect(asksForPerson("ok i'll whatsapp her the instructions")).toBe(false);
    expect(asksForPerson('the phone number on it is old, cant receive the otp')).toBe(false);
    expect(asksForPerson('can i have your phone number')).toBe(true);
  });

  it('hears a person asked to get in touch, and someone done with the bot', () => {
    expect(asksForPerson('hello can a support person contact me, i have problem with my account linking')).toBe(true);
    expect(asksForPerson('i dont want to talk to a robot')).toBe(true);
    expect(asksForPerson("we want to add our 3 staff tiktoks to the shop so they can post too")).toBe(false);
  });

  it('hears a way to reach a person: an email, a phone line, a call back, a call', () => {
    expect(asksForPerson('is there anyone I can actually email about this?')).toBe(true);
    expect(asksForPerson('no clue. is there a support phone line?')).toBe(true);
    expect(asksForPerson('can somebody just walk me through it on a call')).toBe(true);
    expect(asksForPerson('real agent now. not interested in chatting with a bot')).toBe(true);
    expect(asksForPerson('cn i tlk to sum1 real')).toBe(true);
    expect(asksForPerson('huamn agent plzz')).toBe(true);
    expect(asksForPerson('is there a way I can email the invitation to my second account')).toBe(false);
    expect(asksForPerson('the shop is called GlowByNina, my ex manager runs it, i dont have her number anymore')).toBe(false);
    expect(commandOf('plz have someone from support call me back')).not.toBe('back');
    expect(commandOf('can we go back')).toBe('back');
    expect(asksForPerson('pls connect me to cs')).toBe(true);
    expect(commandOf('ty bye')).toBe('thanks');
    expect(commandOf('how does this bot even work?')).toBe('help');
  });

  it('does not take the people who buy for a person to talk to', () => {
    expect(asksForPerson('how do i get people to buy from my videos')).toBe(false);
    expect(asksForPerson('how do i go live and have people buy stuff while im streaming')).toBe(false);
    expect(asksForPerson('can someone link two accounts to one shop')).toBe(false);
  });
});

describe('commands said a little differently', () => {
  it('hears them', () => {
    expect(commandOf('go back one step')).toBe('back');
    expect(commandOf('back one more step')).toBe('back');
    expect(commandOf('heyyy')).toBe('greet');
    expect(commandOf('yoo')).toBe('greet');
    expect(commandOf('take me to the start menu')).toBe('restart');
    // A neighbour's greeting or thanks said in an English chat.
    expect(commandOf('bonjour')).toBe('greet');
    expect(commandOf('grazie mille, all sorted')).toBe('thanks');
    expect(commandOf('what stuff can you help me with?')).toBe('help');
    expect(commandOf('what do you do exactly, bot')).toBe('help');
    expect(commandOf('oops wrong click, previous pls')).toBe('back');
    expect(commandOf('previous owner still has the shop')).toBeUndefined();
    expect(commandOf('please delete all the data you have on me')).toBe('forget');
    expect(commandOf('what data do you have on me')).not.toBe('forget');
    expect(commandOf('i want my chat history with you deleted please')).toBe('forget');
    expect(commandOf("i don't want the bot storing anything i wrote, wipe it")).toBe('forget');
    expect(commandOf('i do not want you to keep my shop name on file')).toBe('forget');
    expect(commandOf('hii 👋')).toBe('greet');
    expect(commandOf('what sort of things can you help me with?')).toBe('help');
    expect(commandOf('wat can u help with')).toBe('help');
    expect(commandOf('take me back a question')).toBe('back');
    expect(commandOf('return to the last screen pls')).toBe('back');
    expect(commandOf('Sorry, can I go back to the previous question? I chose the wrong answer.')).toBe('back');
    expect(commandOf('stop the 24 hour ping you set for me')).toBe('cancel');
    expect(commandOf('no need to check back tomorrow, turn that reminder off')).toBe('cancel');
    expect(commandOf('skip the check, straight to the steps')).not.toBe('cancel');
    expect(commandOf("thanks a lot, that's all i needed!")).toBe('thanks');
    expect(commandOf('thank u sm!! ❤️')).toBe('thanks');
    expect(commandOf('what can this bot do')).toBe('help');
    expect(commandOf('i think i picked the wrong problem at the very beginning, can we start over')).toBe('restart');
    expect(commandOf('can we go back one step? i didnt see where the Official Account tab was')).toBe('back');
    expect(commandOf("what can you actually help me with? i'm lost")).toBe('help');
    expect(commandOf('no need for the reminder anymore, my partner said she will unlink it tonight')).toBe('cancel');
    expect(commandOf('cheers, appreciate it')).toBe('thanks');
  });
});

describe('going back after a wrong answer', () => {
  it('hears it in a sentence', () => {
    expect(commandOf('wait go back, i answered that wrong')).toBe('back');
    expect(commandOf('i clicked the wrong one')).toBe('back');
    // The apology may come first, however long the message.
    expect(commandOf('wait i picked the wrong one on the last question, can i go back')).toBe('back');
    expect(commandOf('i went back to seller center and it was wrong')).toBeUndefined();
    expect(commandOf("go back, that's not what I meant")).toBe('back');
    expect(commandOf('oops wrong button, undo')).toBe('back');
  });

  it('does not take a thing done by mistake in the shop, asked how to undo, nor a new shop to start over with', () => {
    expect(commandOf('linked it to my other shop by mistake an hour ago 🤦 how do i undo')).toBeUndefined();
    expect(commandOf('i want to start over with a new shop but the tiktok is stuck on the old one')).toBeUndefined();
    expect(commandOf('start over with a new chat')).toBe('restart');
    expect(commandOf('i want to start over')).toBe('restart');
  });

  it('does not take an error that went wrong, nor a restart already tried, for going back or starting over', () => {
    expect(commandOf("scan qr got error 'Something went wrong. Please try again' then it go back to my profile")).toBeUndefined();
    expect(commandOf('already done restart both but still cannot')).toBeUndefined();
    expect(commandOf('tried restart, still the same')).toBeUndefined();
    expect(commandOf('restart both phones, nothing')).toBeUndefined();
    expect(commandOf('picked the wrong one, go back')).toBe('back');
    expect(commandOf('restart everything please')).toBe('restart');
  });

  it('hears a reminder cancelled, or the data deleted, by name inside a long message', () => {
    expect(commandOf("hey so yesterday I told you to remind me in 24 hours about linking, but my business partner already sorted it out from her laptop this morning, so please don't message me about that tomorrow, cancel the reminder. thanks")).toBe('cancel');
    expect(commandOf("I'm a bit paranoid about privacy since my old account got hacked in 2021, so could you please delete whatever you've stored about me? thanks")).toBe('forget');
    expect(commandOf('can we just start the whole thing over from the beginning, fresh, like nothing happened?')).toBe('restart');
    expect(commandOf('ok what are the things you can help me with')).toBe('help');
    expect(commandOf('i need help')).toBe('help');
    expect(commandOf("thanks a lot, that's really helpful 🙏")).toBe('thanks');
    expect(commandOf('cheers mate')).toBe('thanks');
  });
});

describe('commandOf', () => {
  it('knows each command as a whole message, in any case and punctuation', () => {
    expect(commandOf('start over')).toBe('restart');
    expect(commandOf('MENU')).toBe('restart');
    expect(commandOf('back')).toBe('back');
    expect(commandOf('Help!!')).toBe('help');
    // "stop" alone stops what the bot would do next (a check-back), never a flow whose phrases hold "stop".
    expect(commandOf('stop')).toBe('cancel');
    expect(commandOf('human')).toBe('human');
    expect(commandOf('hi')).toBe('greet');
    expect(commandOf('hey there')).toBe('greet');
    expect(commandOf('thanks')).toBe('thanks');
    expect(commandOf('cancel my reminder')).toBe('cancel');
    expect(commandOf("don't remind me")).toBe('cancel');
    expect(commandOf('forget me')).toBe('forget');
  });

  it('ignores courtesy around a command', () => {
    expect(commandOf('Start over please!')).toBe('restart');
    expect(commandOf('delete my data please')).toBe('forget');
    expect(commandOf('back thanks')).toBe('back');
    expect(commandOf('ok start over')).toBe('restart');
    expect(commandOf('please start over now')).toBe('restart');
    expect(commandOf('so back')).toBe('back');
    expect(commandOf('um back pls')).toBe('back');
    // A hello before a request of two words or more; a hello with one word after it is a greeting of its own ("hi support").
    expect(commandOf('yo what do u do')).toBe('help');
    expect(commandOf('hi bot what can you do')).toBe('help');
    expect(commandOf('hi support')).toBe('greet');
    expect(commandOf('i would like to go back')).toBe('back');
  });

  it('finds a command phrase inside a short message', () => {
    expect(commandOf('oops, wrong button, previous step')).toBe('back');
    expect(commandOf('can we cancel the reminder you set')).toBe('cancel');
    // Eight words is still short.
    expect(commandOf('oh no i pressed the wrong button again')).toBe('back');
  });

  it('hears commands put in other common ways', () => {
    expect(commandOf('can we start a new chat')).toBe('restart');
    expect(commandOf('fresh start please')).toBe('restart');
    expect(commandOf('what should i ask you')).toBe('help');
    expect(commandOf('stop messaging me')).toBe('cancel');
    expect(commandOf('no follow ups please')).toBe('cancel');
    expect(commandOf('delete my chat history')).toBe('forget');
  });

  it('does not take clearing the browser for forgetting the user', () => {
    expect(commandOf('how do i clear the cache on my chat app')).toBeUndefined();
  });

  it('takes the longest command phrase a short message holds', () => {
    // "go back" is back, but "go back to the start" is starting over.
    expect(commandOf('oops go back to the start')).toBe('restart');
    expect(commandOf('go back and cancel the reminder')).toBe('cancel');
    // Two phrases as long as each other: the first command listed wins.
    expect(commandOf('help me go back')).toBe('back');
  });

  it('does not look for commands inside a long message', () => {
    expect(commandOf('i think we should start over and try again from the very beginning')).toBeUndefined();
    expect(commandOf('we tried to start over twice and now the shop says pending')).toBeUndefined();
  });

  it('does not take a one-word command, a greeting or thanks said in passing', () => {
    expect(commandOf('the menu is missing')).toBeUndefined();
    expect(commandOf('good morning my bag icon is missing')).toBeUndefined();
    expect(commandOf('i tried to talk to a person')).toBeUndefined();
  });

  it('says nothing for text that is not a command', () => {
    expect(commandOf('my qr code will not scan')).toBeUndefined();
    expect(commandOf('backup')).toBeUndefined();
  });

  it("uses the language's own command words", () => {
    const lex: Lexicon = { ...EN, commands: { ...EN.commands, restart: ['empezar de nuevo'] }, cues: [] };
    expect(commandOf('Empezar de nuevo', lex)).toBe('restart');
    expect(commandOf('start over', lex)).toBeUndefined();
  });
});

describe('asksForPerson', () => {
  it('hears a person asked for in a sentence', () => {
    expect(asksForPerson('can i please just talk to a real human')).toBe(true);
    expect(asksForPerson("I need a person, nothing works and I've tried everything")).toBe(true);
    expect(asksForPerson('get me someone from support')).toBe(true);
    for (const text of ['kindly arrange for a support executive to go through this with me', 'pls assign an executive to my case', 'agent po', 'CS team pls, need help urgent', 'Please pass me on to whoever deals with linking problems.', 'Kindly assist by connecting me to an officer of TikTok Shop.', 'who can help me from support side?', "I'd rather somebody checked it before we try", 'cant tell, can someone pls look']) {
      expect(asksForPerson(text), text).toBe(true);
    }
    expect(asksForPerson('can someone look like a brand on tiktok shop')).toBe(false);
    expect(asksForPerson('I would like to be assisted by a support officer please')).toBe(true);
    // …and a person asked for in a neighbour's words, in an English chat.
    expect(asksForPerson('quiero hablar con un humano please, the bag is gone')).toBe(true);
    expect(asksForPerson('atendente pls')).toBe(true);
    expect(asksForPerson('we have 3 girls on the team, each with her own tiktok')).toBe(false);
    expect(asksForPerson('can i have someone from your team look at it')).toBe(true);
    expect(asksForPerson('could you have a person call me back')).toBe(true);
    expect(asksForPerson('need a real person')).toBe(true);
    expect(asksForPerson('i want to talk to someone who is real')).toBe(true);
    expect(asksForPerson('let me speak to an agent')).toBe(true);
  });

  it('hears words that only ever mean a person in a short message', () => {
    expect(asksForPerson('is there a live agent')).toBe(true);
    expect(asksForPerson('I want to escalate this')).toBe(true);
    expect(asksForPerson('is anyone there')).toBe(true);
    expect(asksForPerson('customer service')).toBe(true);
    expect(asksForPerson('anybody there?')).toBe(true);
    expect(asksForPerson('anyone there?')).toBe(true);
    expect(asksForPerson('after three weeks of trying, honestly, where did your customer service go')).toBe(true);
  });

  it('hears support or the team asked for by name', () => {
    expect(asksForPerson('how can I speak with tiktok support about this linking problem I keep having for weeks')).toBe(true);
    expect(asksForPerson('can someone from support message me about my shop that will not link to my account after all this')).toBe(true);
  });

  it('does not take someone else holding the shop for a request', () => {
    expect(asksForPerson("linked to someone else's shop")).toBe(false);
    expect(asksForPerson('my account is linked to someone else')).toBe(false);
    expect(asksForPerson('someone linked it to their shop')).toBe(false);
    expect(asksForPerson('I need to talk to someone else about my shop')).toBe(false);
    expect(asksForPerson('it says someone has already linked this account')).toBe(false);
  });

  it('does not take a long message mentioning a human for a request', () => {
    expect(
      asksForPerson('the verification says I have to prove I am a human and then the qr code page reloads and nothing else happens'),
    ).toBe(false);
  });

  it('hears the many ways of putting it', () => {
    expect(asksForPerson('can you transfer me to a human being')).toBe(true);
    expect(asksForPerson('gimme an actual person')).toBe(true);
    expect(asksForPerson('redirect me to the help desk')).toBe(true);
    expect(asksForPerson('loop in someone from tiktok support')).toBe(true);
  });

  it('does not take going live for a live agent', () => {
    expect(asksForPerson('i want to go live with my products')).toBe(false);
    expect(asksForPerson('wanna go live tonight')).toBe(false);
  });

  it('hears a person asked for by who they work for, or whether one is around', () => {
    expect(asksForPerson('is there an actual tiktok shop rep in this slack')).toBe(true);
    expect(asksForPerson('any mods or support ppl around? need actual help w linking')).toBe(true);
    expect(asksForPerson('can a tiktok shop staff member look at my account directly')).toBe(true);
    expect(asksForPerson('bot sent me round in a loop 3 times. agent pls')).toBe(true);
  });

  it('does not take a person named as a noun for a request', () => {
    expect(asksForPerson('the contact person was Andrés but he changed his number')).toBe(false);
    expect(asksForPerson('run by an agency we stopped working with in January, contact person was Mark')).toBe(false);
    expect(asksForPerson('contact person is Anna from the agency, she has the login')).toBe(false);
    expect(asksForPerson('need person is urgent')).toBe(true);
    expect(asksForPerson('The shop was created with the email of the previous admin')).toBe(false);
    expect(asksForPerson('i cant deal w this, get a human to unlink it for me')).toBe(true);
    expect(asksForPerson('skip this, connect me to someone')).toBe(true);
  });

  it('is not fooled by ordinary linking questions', () => {
    expect(asksForPerson('my qr code will not scan')).toBe(false);
    expect(asksForPerson('how do I link my account to my shop')).toBe(false);
    expect(asksForPerson('I want to see the bag icon')).toBe(false);
    expect(asksForPerson('my staff need access')).toBe(false);
  });
});

describe('isFrustrated', () => {
  it('hears someone giving up on the bot', () => {
    expect(isFrustrated('this is useless')).toBe(true);
    expect(isFrustrated('Nothing works!!')).toBe(true);
    expect(isFrustrated("I've tried everything")).toBe(true);
    expect(isFrustrated("it doesn't help")).toBe(true);
    expect(isFrustrated("you don't understand what I need")).toBe(true);
    expect(isFrustrated('this is getting nowhere')).toBe(true);
    expect(isFrustrated('that is not what i asked')).toBe(true);
  });

  it('does not hear frustration in a plain answer', () => {
    expect(isFrustrated('it works now')).toBe(false);
    expect(isFrustrated('nothing happens when I scan')).toBe(false);
  });
});

describe('words of a topic that sound like commands', () => {
  it('does not take undoing a thing done, or customer service hours, for going back or a person', () => {
    expect(commandOf('i approved a return by accident can i undo it')).toBeUndefined();
    expect(commandOf('undo')).toBe('back');
    expect(asksForPerson('where set customer service working hours')).toBe(false);
    expect(asksForPerson('i want customer service')).toBe(true);
  });
});

describe('a person, help, thanks and forgetting, said as sellers say them', () => {
  it('hears a staff member asked to get in touch or take over, a specialist, one of your people', () => {
    for (const t of ['can a staff member dm me', 'can a person take over? im in mexico and the qr never scans', 'Good afternoon, I would prefer to discuss my issue with a support specialist.', 'can i just talk to one of your people']) expect([t, asksForPerson(t)]).toEqual([t, true]);
  });

  it('does not take a support agent reported for a request', () => {
    expect(asksForPerson('a tiktok support agent told me i have to unlink it from the other shop first. how do i do that')).toBe(false);
  });

  it('hears greetings, thanks, help, the check-back called off and forgetting in more shapes', () => {
    expect(commandOf('hey bot')).toBe('greet');
    expect(commandOf('terima kasih kak, very helpful!')).toBe('thanks');
    expect(commandOf('sir what all things you can help me with')).toBe('help');
    expect(commandOf('no need remind me tomorrow already ka, i link it finish')).toBe('cancel');
    expect(commandOf('abeg delete all the info wey i give you')).toBe('forget');
    expect(commandOf('back at my laptop, qr code is up')).toBeUndefined();
  });
});

describe('a person declined or asked about', () => {
  it('is no request: not needed, or whether support must be contacted', () => {
    expect(asksForPerson("I don't need a person, just tell me where the QR code is in seller center")).toBe(false);
    expect(asksForPerson('no need for a human, scanning from the laptop worked')).toBe(false);
    expect(asksForPerson('do i have to contact tiktok support to unlink my old shop or can i do it myself?')).toBe(false);
    expect(asksForPerson("if this bot cant fix it ill need a human, but first: why does it say 'This QR code has expired' every single time i scan")).toBe(false);
  });

  it('leaves a request said beside it, and support asked for outright', () => {
    expect(asksForPerson("i dont want to talk to a bot, get me a human")).toBe(true);
    expect(asksForPerson('no need for the bot. i need a person')).toBe(true);
    expect(asksForPerson('bro just get me support')).toBe(true);
  });

  it("does not take changing the shop's contact email for asking for one", () => {
    expect(asksForPerson("where do i change the shop's contact email")).toBe(false);
    expect(asksForPerson('whats your support email')).toBe(true);
  });
});

describe('closing words and commands in more of their shapes', () => {
  it('hears thanks with how much, when the help was and who fixed it', () => {
    for (const t of ['thanks a ton, appreciate it', 'ty sm 🙏', 'thanks so much, that sorted it!', 'ty for the help yesterday 🙏 all sorted', 'thanks! the person from your team fixed it 🙏']) expect([t, commandOf(t)]).toEqual([t, 'thanks']);
    for (const t of ['that sorted it but now the bag is gone', 'so much']) expect([t, commandOf(t)]).not.toEqual([t, 'thanks']);
  });

  it('hears starting this whole thing over, the previous page, the reminder not needed, what the bot is able to do, what it stored', () => {
    expect(commandOf('lets start this whole thing over')).toBe('restart');
    expect(commandOf('can we start this whole thing over, i clicked the wrong stuff')).toBe('restart');
    expect(commandOf('go back previous please')).toBe('back');
    expect(commandOf('previous page pls')).toBe('back');
    expect(commandOf('no need the reminder anymore, already ok')).toBe('cancel');
    expect(commandOf('what are you able to help with?')).toBe('help');
    expect(commandOf("pls delete whatever you've stored about our shop")).toBe('forget');
    expect(commandOf('delete everything u have on me')).toBe('forget');
    expect(commandOf('how do i delete a product from our shop')).toBeUndefined();
  });
});

describe('support named as who is spoken to', () => {
  it('is a hello or thanks addressed to them, and a request only when asked for', () => {
    expect(commandOf('hello support team')).toBe('greet');
    expect(commandOf('thank you so much support')).toBe('thanks');
    expect(commandOf('oh ok thanks, good to know')).toBe('thanks');
    expect(asksForPerson('support staff please')).toBe(true);
    expect(asksForPerson('a real person pls')).toBe(true);
  });
});

describe('a person asked for in more words', () => {
  it('hears one asked to join, to get in touch, preferred to the bot, or who else to talk to', () => {
    expect(asksForPerson('could a mod pop in here')).toBe(true);
    expect(asksForPerson('please somebody get back to me, this is urgent')).toBe(true);
    expect(asksForPerson("i'd rather talk to an actual human about this")).toBe(true);
    expect(asksForPerson('ok so who else could i talk to')).toBe(true);
    expect(asksForPerson('are there any agents online')).toBe(true);
    expect(asksForPerson('just get me a mod pls')).toBe(true);
    expect(asksForPerson('agentpls')).toBe(true);
    expect(asksForPerson('is there someone on your end who can check the shop')).toBe(true);
  });
  it('does not take a person met before, what support keeps saying, or whether the bot is one, for a request', () => {
    expect(asksForPerson('it took ages until we got a real person, but all good now')).toBe(false);
    expect(asksForPerson('customer service kept saying wait 24 hours, can i link before that')).toBe(false);
    expect(asksForPerson('r u a robot or a real human')).toBe(false);
    expect(asksForPerson('are you a bot? i want a human')).toBe(true);
  });
});

describe('help, a reminder and forgetting, in more words', () => {
  it('hears what the bot does, a check-back called off by when it comes, and chat logs removed from its system', () => {
    expect(commandOf('so what does this bot actually do')).toBe('help');
    expect(commandOf('what do you do when the qr fails')).not.toBe('help');
    expect(commandOf("please don't text me in 2 days about this")).toBe('cancel');
    expect(commandOf('can you erase our chat logs from your database')).toBe('forget');
  });
});

describe('a person asked for in yet more ways', () => {
  it('hears them, and not the people told about', () => {
    for (const t of [
      "pass me to one of your staff, i'm done with the buttons",
      'talk 2 ppl',
      'humn pls',
      "does anyone actually read these? i'd like a real reply from staff",
      'whoever is in charge of this, please pick up',
      'can a human from tiktok do the linking for me? im not good with this',
      "i'm lost, can a person walk me through it",
      'who do i DM for actual help',
      'cust service?',
      'can support just DM me here on discord',
      'can somebody phone me instead, typing all this is killing me',
    ]) expect([t, asksForPerson(t)]).toEqual([t, true]);
    for (const t of ['customer support keeps telling me my shop isnt approved yet', 'the account is connected to a shop my former staff made']) expect([t, asksForPerson(t)]).toEqual([t, false]);
  });
});

describe('a reset that is no restart', () => {
  it('is the password or phone reset done before, not starting over', () => {
    expect(commandOf('it keeps saying incorrect password even after reset')).toBeUndefined();
    expect(commandOf('still cannot enter, password wrong also after a reset')).toBeUndefined();
    expect(commandOf('did a factory reset on my phone')).toBeUndefined();
    expect(commandOf('reset')).toBe('restart');
    expect(commandOf('can we reset and start over')).toBe('restart');
  });
});

describe('a short question for a human before the story', () => {
  it('asks for a person however long the story after it', () => {
    expect(asksForPerson('Any human here? My ex-employee still have our tiktok linked to his shop and not answer me')).toBe(true);
    expect(asksForPerson('is there a human? the qr thing failed again and again and i am tired of it honestly')).toBe(true);
  });

  it('does not when the question about a human is a long one', () => {
    expect(asksForPerson('should the account owner be a human being or a brand? we link our shop tomorrow and want it right')).toBe(false);
  });
});

describe('a goodbye at the end of a message', () => {
  it('is thanks, whatever was said before it', () => {
    expect(commandOf('ok cool ill sort it with her tomorrow. thanks, bye!')).toBe('thanks');
    expect(commandOf('got it working after all, my sister helped me with it. thx so much cya')).toBe('thanks');
    expect(commandOf('ok thanks, ill do the rest on my own later')).toBe('thanks');
    expect(commandOf('thanks, i can take it from here')).toBe('thanks');
  });

  it('is not a goodbye said mid-message, nor thanks without one', () => {
    expect(commandOf('thanks bye was all the agent said, and my tiktok is still linked to the old shop')).toBeUndefined();
    expect(commandOf('ok thanks, but how do i do the rest of the steps')).toBeUndefined();
  });
});

describe('commands in second-language English', () => {
  it('hears what else the bot does, starting from beginning, all my informations and a goodbye after local thanks', () => {
    expect(commandOf('what else this bot can do?')).toBe('help');
    expect(commandOf('what other stuff can this bot help me with?')).toBe('help');
    expect(commandOf('start from beginning again pls')).toBe('restart');
    expect(commandOf('Delete all my informations from your system please')).toBe('forget');
    expect(commandOf('terima kasih, I will check it myself later. bye')).toBe('thanks');
  });

  it('does not hear a goodbye without thanks, nor other things the bot is asked about', () => {
    expect(commandOf('my old shop said bye')).toBeUndefined();
    expect(commandOf('what else can this bot do about my payout')).not.toBe('thanks');
  });
});

describe('something that did not help', () => {
  it('is exasperation with the bot only when the bot is what did not help', () => {
    expect(isFrustrated('this doesnt help at all')).toBe(true);
    expect(isFrustrated("forgot password doesn't help, that phone number isn't mine anymore")).toBe(false);
  });
});

describe('going back, said after the mistake', () => {
  it('hears "go back one" and a "back pls" after saying what was wrong', () => {
    expect(commandOf('hold on, go back one. i said warning but that was my other account, this one is clean')).toBe('back');
    expect(commandOf('wait my account IS uk, i clicked the wrong option before. back pls')).toBe('back');
    expect(commandOf('the bag came back after i relinked, please tell me it stays')).toBeUndefined();
  });

  it('hears someone asked for after "id like" or "would like"', () => {
    expect(asksForPerson('its been stuck in review 3 weeks, id like someone to actually look at it')).toBe(true);
    expect(asksForPerson('i would like a real person please')).toBe(true);
  });
});

describe('a reset that did not work', () => {
  it('is no start over', () => {
    expect(commandOf('reset didnt work still locked out')).toBeUndefined();
    expect(commandOf('reset pls')).toBe('restart');
  });
});

describe('someone at TikTok who said something', () => {
  it('is a report, not a request for a person', () => {
    expect(asksForPerson('someone at tiktok already told me the warning was lifted, so just carry on')).toBe(false);
    expect(asksForPerson('can i talk to someone at tiktok')).toBe(true);
    expect(asksForPerson('someone from tiktok pls')).toBe(true);
  });

  it('takes a rep or an agent who told something for a report, and a former staff member for no one to ask for', () => {
    expect(asksForPerson('a TikTok rep told me I need 5k followers before I can sell as a creator, is that true for the UK?')).toBe(false);
    expect(asksForPerson('the support agent said to unlink first, how do i do that')).toBe(false);
    expect(asksForPerson("need to change the email on the account that runs our seller center, it's still the old staff's email")).toBe(false);
    expect(asksForPerson('can a tiktok rep call me')).toBe(true);
    expect(asksForPerson('is the staff there? i need help')).toBe(true);
  });

  it('takes people something is wanted for as no one asked for', () => {
    expect(asksForPerson('where do i add those in seller center? the official one is already done, we just want two more for the team')).toBe(false);
    expect(asksForPerson('i want someone from the team to check it')).toBe(true);
  });

  it('hears "human please" in a clause of its own after a long answer', () => {
    expect(asksForPerson("yes yes active and approved, we've been through this already, human please")).toBe(true);
  });

  it('hears exasperation with the bot, not with an error called stupid', () => {
    expect(isFrustrated('restarted the app, logged out, logged in, still the same stupid error')).toBe(false);
    expect(isFrustrated('this is so stupid')).toBe(true);
  });
});

describe('back and start over, after saying what went wrong', () => {
  it('hears "go one step back" and "take me to the beginning"', () => {
    expect(commandOf('sorry I went to the wrong page, can we go one step back? I think I chose the wrong country before')).toBe('back');
    expect(commandOf('Oops I pressed the wrong option, take me to the beginning.')).toBe('restart');
    expect(commandOf('the bag went back to normal after a day')).toBeUndefined();
    // A mistake and a "go back" far apart in a long story are no request to go back.
    expect(commandOf("Today we try to connect the shop account: when he scan the QR the app shows 'Something went wrong' and close itself. We try 3 times, same. He has to go back to university tomorrow so I want to fix today. What to do?")).toBeUndefined();
    expect(commandOf('linked our brand account to my test store by mistake like 3 hours ago, now the real shop says its taken. how long till i can undo it')).toBeUndefined();
  });
});

describe('a person asked to reach out, or a call booked', () => {
  it('asks for a person', () => {
    expect(asksForPerson('someone pls dm me')).toBe(true);
    expect(asksForPerson('admin message me back asap')).toBe(true);
    expect(asksForPerson('can we schedule a call with your support team?')).toBe(true);
    expect(asksForPerson('is it possible to book a quick video call with someone from tiktok shop')).toBe(true);
  });

  it('is no request when the user is the one who calls or messages', () => {
    expect(asksForPerson('my customer keeps calling me about her order')).toBe(false);
    expect(asksForPerson('we had a call with our agency yesterday about the shop')).toBe(false);
  });
});

describe('help asked as a list of commands', () => {
  it('is help', () => {
    expect(commandOf('is there a list of commands?')).toBe('help');
    expect(commandOf('what commands do you have')).toBe('help');
    expect(commandOf('show me the options menu')).toBe('help');
  });
});

describe('a link made to the wrong shop, undone, in a short message', () => {
  it('is no step back', () => {
    expect(commandOf('connected to the wrong shop, can i undo?')).toBeUndefined();
    expect(commandOf('wrong button, undo')).toBe('back');
  });
});

describe('follow-ups called off in the plural', () => {
  it('cancels the reminder, and "ups" there is no courier', () => {
    expect(commandOf('please stop sending me these follow ups')).toBe('cancel');
    expect(commandOf('no more follow ups')).toBe('cancel');
  });
});

describe('a person asked for as someone real, to hop in, to check, or through a formal case', () => {
  it('asks for a person', () => {
    expect(asksForPerson('is anybody real working there or is it all bots')).toBe(true);
    expect(asksForPerson('can an admin or mod hop in here pls')).toBe(true);
    expect(asksForPerson('could one of your team members check my account?')).toBe(true);
    expect(asksForPerson('can a real person confirm this for me')).toBe(true);
    expect(asksForPerson('how do i open a formal support case')).toBe(true);
    expect(asksForPerson('nothing works for a week now. someone competent please')).toBe(true);
  });

  it('is no request when someone is asked to confirm the steps, or a case is the buyer\'s', () => {
    expect(asksForPerson('Can someone confirm the steps to link the TikTok as the official account?')).toBe(false);
    expect(asksForPerson('the buyer opened a case about a broken item')).toBe(false);
  });
});

describe('more ways to ask for help, a restart, a greeting, a cancel and a person', () => {
  it('hears them', () => {
    for (const t of ['which things can i ask u about?', 'im new to this chat, what am i supposed to type?']) expect([t, commandOf(t)]).toEqual([t, 'help']);
    for (const t of ['scrap that, start fresh', 'back to the very beginning pls']) expect([t, commandOf(t)]).toEqual([t, 'restart']);
    expect(commandOf('selamat siang 🙂')).toBe('greet');
    expect(commandOf('cancel the 24h check back')).toBe('cancel');
    expect(asksForPerson("who's in charge here, i want to talk to them")).toBe(true);
  });

  it('still hears "back" alone, and asks for no one in charge of a topic', () => {
    expect(commandOf('back')).toBe('back');
    expect(commandOf('go back pls')).toBe('back');
    expect(asksForPerson('who is in charge of payouts')).toBe(false);
  });
});

describe('what else there is to ask', () => {
  it('is help', () => {
    expect(commandOf('what else can i ask you besides this?')).toBe('help');
    expect(commandOf('what other things could i ask u about')).toBe('help');
  });
});

describe('a person asked to reach out', () => {
  it('is a person, whoever the person is called', () => {
    expect(asksForPerson('could a team member reach out to me by email instead')).toBe(true);
    expect(asksForPerson('can a specialist from your side contact us')).toBe(true);
    // (One's own team member is no one asked for: "can my team member reach out to me" is about them.)
    expect(asksForPerson('can my team member reach out to me')).toBe(false);
  });
});

describe('what one may type, and a person asked for in a few words at the end', () => {
  it('is help', () => {
    expect(commandOf('what am i allowed to type here?')).toBe('help');
    expect(commandOf('what am i even allowed to type to you')).toBe('help');
  });

  it('is a person', () => {
    expect(asksForPerson('nope, not doing this again. person please')).toBe(true);
    expect(asksForPerson("our tiktok is still linked to the old agency's shop and they closed down months ago. i think this needs a human tbh, can you pass me on")).toBe(true);
    // (Passed on to a shop is linking, not a person: "pass me on to the shop" names no one.)
    expect(asksForPerson('can the account be passed on to the new shop')).toBe(false);
  });
});

describe('starting over said outright beside a wrong answer owned up to', () => {
  it('starts over', () => {
    expect(commandOf("let's start from the beginning, i picked the wrong option")).toBe('restart');
  });
  it('still goes back when only going back is asked', () => {
    expect(commandOf('oops i picked the wrong one, go back')).toBe('back');
  });
});

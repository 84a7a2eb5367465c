# Lesson: returns-used-goods (English)
# Role-play. Facts from shared/domain/BRIEF.md, section 5 (abuse and change of mind;
# Shopee "intact but no longer needed" rule; evidence deadlines; packing video).
# The buyer, the order and the story are made up for teaching.

title = Role-play: a refund asked for after use
summary = A buyer used the goods and still wants all the money back. Stay calm and use your evidence.

## Step 1: some buyers try to cheat

# source: thanhnien; nghean24h (abuse and change of mind) [M]
abuse =
    Most buyers are decent people.
    But some use the goods and then ask for a refund.
    Some say untrue things to get their money back.
    When this happens, do not argue.
    Be polite, and let the evidence speak for you.

## Step 2: a Shopee rule

# source: nld.com.vn article 196251118200238959 [M], as of 24 Nov 2025
shopee-intact =
    Shopee, from 24 November 2025:
    the reason "intact but no longer needed" is only for some buyers.
    They are buyers of the Diamond or Gold level, or Shopee VIP.
    The seller can refuse if they have a video as evidence.
    Rules can change. Check in your seller management page.

## Step 3: calm words

calm-words = A buyer writes: "Terrible goods, refund me now!" Which reply is calmest?
calm-words-liar = "You are lying. My goods are good."
calm-words-calm = "Hello. Could you tell me what is wrong and send me a photo?"
calm-words-block = Block the buyer and do not answer
calm-words-liar-no = Calling a buyer a liar makes things worse. You do not know what happened yet.
calm-words-calm-yes = You ask what happened and ask for a photo. Nobody is insulted.
calm-words-block-no = Silence does not make the problem go away. The buyer will complain to the platform.
calm-words-hint-1 = A good reply asks what happened, without accusing anyone.

## Step 4: the role-play

tea-scene =
    Chị Thu in Hải Phòng bought 500 grams of your shan tuyết tea on Shopee.
    When packing, you put the bag of tea on the scale and filmed it.
    The video clearly shows: the order code, the scale at 500 grams, the bag sealed.
    Ten days later, Chị Thu messages you.
tea-hint-1 = Be polite, ask what happened, then send evidence to the platform in time.
tea-hint-2 = Do not argue, do not give in at once, do not settle it outside the platform.

tea-open-say = Chị Thu: "The tea is short, only half a bag! Refund me everything."
tea-open-photo = "Hello. Could you take a photo of the bag of tea and the order label for me?"
tea-open-liar = "You are lying! I weighed it right."
tea-open-giveup = "Fine, I will refund everything to end it."
tea-open-photo-why = You stay calm and ask to see the goods. You accuse nobody yet.
tea-open-liar-why = Accusing the buyer makes Chị Thu angry. It turns into a quarrel.
tea-open-giveup-why =
    You lose both the tea and the money.
    Someone who cheats on purpose will do it again.

tea-photo-say =
    Chị Thu sends a photo: the bag is open, closed with a clothes peg.
    About half the tea is left.
tea-photo-taunt = "I have a video. Now you cannot deny it."
tea-photo-ask = "The bag has been opened. Have you tried brewing the tea?"
tea-photo-taunt-why = Good evidence, but taunting words. Chị Thu gets angry and makes it bigger.
tea-photo-ask-why = You ask gently. Chị Thu is more likely to tell the truth.

tea-admit-say = Chị Thu: "Yes, I drank some. But I do not like the taste, I want all my money back."
tea-admit-explain = "I am sorry the taste did not suit you. I cannot refund everything for tea that was used. My video shows a full 500 grams."
tea-admit-cash = "Send back the rest of the tea, and I will pay you cash privately."
tea-admit-explain-why = You speak clearly and politely, with a reason and with evidence.
tea-admit-cash-why = Money paid privately off the platform leaves no record. Either of you could be cheated.

tea-complaint-say = Chị Thu complains to Shopee: "Short weight." The platform asks for more evidence.
tea-complaint-later = Send the evidence in a few days, when you have time
# source: magiamgiashopee.com citing help.shopee.vn (extra evidence within 24 h) [M], as of the brief, early 2026
tea-complaint-send = Within 24 hours, send the platform the packing video, the scale photo and a photo of your product page
tea-complaint-review = Reply to Chị Thu's review, calling her a bad person
# source: magiamgiashopee.com citing help.shopee.vn (extra evidence within 24 h) [M], as of the brief, early 2026
tea-complaint-later-why = Shopee needs extra evidence within 24 hours (as of early 2026). Sending it late loses your chance.
tea-complaint-send-why = Clear evidence, sent in time, is your best chance.
tea-complaint-review-why = Everyone who reads the review sees you lose your temper. New buyers will hesitate.

tea-good-say =
    The platform looks at your video and scale photo.
    This time, it does not give a full refund.
    You stayed polite from start to end. Anyone reading the messages can see that.
tea-fight-say =
    The two of you quarrel in the messages.
    Chị Thu leaves a one-star review and tells everyone.
tea-giveup-say =
    Chị Thu gets all her money back and keeps the rest of the tea.
    The next month she orders again, and asks for a refund again.
tea-outside-say =
    Chị Thu does not send the tea back. She still complains to the platform.
    Now you have no record of the promise made off the platform.
tea-late-say =
    You send your evidence too late.
    The platform decides without your video. Chị Thu gets her refund.

## Step 5: after the role-play

after =
    When a buyer tries to cheat, stay calm.
    Ask gently to learn what really happened.
    Say clearly what you can and cannot do.
    Send your evidence to the platform, fast.
    Your packing video is your witness.

## Practice round

practice =
    Now a little practice.
    There are three short questions.

practice-video = What must a tea packing video show to prove the full weight? Choose all that are right.
practice-video-scale = The bag of tea on the scale, the number clear
practice-video-code = The order code on the label
practice-video-music = Nice music for fun
practice-video-sealed = The bag sealed before it goes in the box
practice-video-scale-why = The number on the scale shows the tea was full weight when it left you.
practice-video-code-why = The order code tells which order the video is for.
practice-video-music-why = Music proves nothing.
practice-video-sealed-why = A sealed bag shows nobody took tea out on the way.
practice-video-hint-1 = Three answers are right.
practice-video-hint-2 = Choose what a viewer can see with their eyes.

# source: magiamgiashopee.com citing help.shopee.vn (extra evidence within 24 h) [M], as of the brief, early 2026
practice-time = Shopee asks for more evidence (rules as of early 2026). How soon do you send it?
practice-time-week = Within a week
# source: magiamgiashopee.com citing help.shopee.vn (extra evidence within 24 h) [M], as of the brief, early 2026
practice-time-24h = Within 24 hours
practice-time-never = No need, the platform knows
practice-time-week-no = Too long. The time is much shorter.
practice-time-24h-yes = The time is very short. Keep a video and photos ready for every order.
practice-time-never-no = The platform does not know by itself. It only sees what you send.
practice-time-hint-1 = The time is counted in hours.

practice-insult = A buyer insults you in a message. What do you do?
practice-insult-back = Insult them back to feel better
practice-insult-calm = Reply politely, keep the messages as evidence
practice-insult-delete = Delete all the messages to feel less upset
practice-insult-back-no = Your messages are evidence too. Insulting back only hurts you.
practice-insult-calm-yes = You keep your good name. If needed, your polite messages are good evidence.
practice-insult-delete-no = Deleting messages loses evidence.
practice-insult-hint-1 = Remember that your messages can become evidence.

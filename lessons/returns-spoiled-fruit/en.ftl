# Lesson: returns-spoiled-fruit (English)
# Role-play. Facts from shared/domain/BRIEF.md, section 5 (Shopee fresh food 24 h;
# good practice: ask for photos, partial refund or replacement where fair).
# The buyer, the order and the price are made up for teaching.

title = Role-play: tangerines spoiled on the way
summary = Part of a box of tangerines spoiled. How do you refund fairly?

## Step 1: the rule for fresh food

# source: ghn.vn blog on Shopee return policy [M], as of 19 Jun 2025
fresh-rule =
    Remember: on Shopee, from 19 June 2025, fresh food has 24 hours.
    A buyer of tangerines opens the box as soon as it arrives.
    If fruit is spoiled, they message you or ask for a return.
    Rules can change. Check in your seller management page.

## Step 2: a fair fix

fair-fix =
    You do not always need to take back the whole box.
    If only some fruit is spoiled, you can give back part of the money.
    A partial refund means paying back the money for the spoiled part.
    Do it through the platform, so there is a record.
    Sending spoiled fruit back a long way only spoils more and costs more.

## Step 3: the role-play

fruit-scene =
    Anh Minh in Hồ Chí Minh City bought 5 kilos of your tangerines on Shopee.
    He received them this morning.
    A few hours later, he messages you.
fruit-hint-1 = Say sorry, ask for photos, then offer to refund the spoiled fruit.
fruit-hint-2 = Do not blame the buyer, do not state a wrong rule, do not take it off the platform.

fruit-open-say = Anh Minh: "The tangerines arrived and many are rotten and mouldy. I want to return them all."
fruit-open-blame = "I picked them fresh. You must have kept them too long."
fruit-open-sorry = "I am sorry. Could you take a photo of the whole box and the spoiled fruit?"
fruit-open-phone = "Call my own number, we can talk outside the platform, it is faster."
fruit-open-blame-why = You blamed the buyer before seeing a photo. Anh Minh feels insulted.
fruit-open-sorry-why = You said sorry and asked for photos. Photos show how much is spoiled.
# source: seller-vn.tiktok.com knowledge_id=1210192617211665 (no contact details in listings) [H];
# help.shopee.vn article 138173 (Shopee Video: no steering buyers off-platform) [H]; as of the brief, early 2026
fruit-open-phone-why =
    TikTok Shop and Shopee ban using phone numbers to pull buyers off the platform.
    Off the platform, neither of you has a record.

fruit-blame-say = Anh Minh: "I got them this morning, and I saw it as soon as I opened the box!"
fruit-blame-sorry = "I am sorry. Could you send me photos of the spoiled fruit?"
fruit-blame-refuse = "It is not my fault."
fruit-blame-sorry-why = You fixed your mistake in time. Anh Minh calms down.
fruit-blame-refuse-why = Anh Minh loses trust. He will leave a bad review.

fruit-photos-say =
    Anh Minh sends photos: about 2 kilos of tangerines are bruised and mouldy.
    The rest are still fresh and good.
fruit-photos-partial = "I will refund the 2 spoiled kilos through the platform. You keep the fresh ones. Is that all right?"
fruit-photos-sendback = "Please send the whole box back to me."
# source: ghn.vn blog on Shopee return policy (fresh food 24 h) [M], as of 19 Jun 2025
fruit-photos-late = "It is past 24 hours. I do not accept returns."
fruit-photos-partial-why =
    You refund only the spoiled part. Anh Minh still has fresh tangerines to eat.
    This is fair to both of you.
fruit-photos-sendback-why = Sent a long way, the fresh tangerines will spoil too.
# source: ghn.vn blog on Shopee return policy (fresh food 24 h) [M], as of 19 Jun 2025
fruit-photos-late-why =
    Anh Minh got them this morning, less than 24 hours ago.
    You stated the rule wrongly, and he will complain.

fruit-sendback-say = Anh Minh: "If I send the whole box that far, they will all rot. What a waste."
fruit-sendback-partial = "You are right. I will refund the spoiled fruit through the platform, and you keep the fresh ones."
fruit-sendback-insist = "No, send the whole box back anyway."
fruit-sendback-partial-why = You listened and changed your plan. No fresh fruit is wasted.
fruit-sendback-insist-why = The whole box rots on the way back. You lose the fruit and the shipping money.

fruit-partial-say = Anh Minh: "All right. But will the tangerines spoil again next time?"
fruit-partial-shrug = "Tangerines going far always spoil."
fruit-partial-improve = "Next time I will choose the fruit more carefully, wrap each one, and use an airy box."
fruit-partial-shrug-why = Anh Minh sees you do not want to improve. He will buy elsewhere.
fruit-partial-improve-why = You promised something concrete. Anh Minh trusts you more.

fruit-good-say =
    Anh Minh gets the refund for the spoiled tangerines.
    He writes: "Thank you. I will buy again next season."
fruit-outside-say =
    Anh Minh does not call. He asks the platform for a return.
    He adds: "The seller wanted to talk outside the platform."
fruit-review-say =
    Anh Minh complains to the platform.
    He leaves a one-star review: "Rotten tangerines, and the seller blamed the customer."
fruit-refused-say =
    Anh Minh complains to the platform, with the time he received the box.
    You lose time, and you may still have to refund him.
fruit-waste-say =
    The box of tangerines arrives back all rotten.
    You refund everything and lose the fruit and the shipping money.
fruit-lost-say =
    Anh Minh takes the refund and stops writing.
    Next season, he buys tangerines from another shop.

## Step 4: after the role-play

after =
    With fresh goods, settle things quickly.
    Look at the photos to see how much is spoiled.
    Refunding the spoiled part through the platform is often fair to both.
    And say how you will pack differently.

## Practice round

practice =
    Now a little practice.
    There are three short questions.

practice-partial =
    Tangerines cost { MONEY($kg_price) } a kilo.
    The buyer got { $bad_kg } kilos of spoiled tangerines.
    How much do you refund for the spoiled part?
practice-partial-low = Too little. Count all the spoiled kilos.
practice-partial-high = Too much. Refund only the spoiled part.
practice-partial-right = You refund { MONEY($refund) } through the platform. The buyer keeps the fresh tangerines.
practice-partial-hint-1 = Multiply the price of one kilo by the spoiled kilos.
practice-partial-hint-2 = For example: 3 kilos at 10,000 đồng each is 30,000 đồng.

practice-phone = A buyer says: "Give me your phone number, let us talk privately." What do you answer?
practice-phone-give = Send your phone number, it is quicker
practice-phone-platform = "Let us write here, so we both have a record."
practice-phone-ignore = Do not answer
practice-phone-give-no = Talking off the platform leaves no record. If something goes wrong, the platform can hardly help you.
practice-phone-platform-yes = You stay polite, and every promise is recorded on the platform.
practice-phone-ignore-no = Silence annoys the buyer. Answer politely.
practice-phone-hint-1 = Choose the reply that stays polite and keeps everything on the platform.

practice-next = Next time, what makes the tangerines spoil less? Choose all that are right.
practice-next-pick = Choose only whole fruit, not bruised
practice-next-seal = Tie the tangerines tightly in a plastic bag
practice-next-air = Wrap each fruit, use an airy box
practice-next-note = Ask the buyer to open the box as soon as it arrives
practice-next-pick-why = One bruised fruit spoils the ones next to it.
practice-next-seal-why = A sealed bag makes water gather on the fruit, so it rots faster.
practice-next-air-why = Paper softens knocks, and air holes stop the fruit sweating.
practice-next-note-why = If the buyer looks early, you learn early and fix it early.
practice-next-hint-1 = Three answers are right.
practice-next-hint-2 = Remember the lesson on sending tangerines: fruit needs to be dry and airy.

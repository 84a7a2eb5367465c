# Lesson: returns-honey-jar (English)
# Role-play. Facts from shared/domain/BRIEF.md, section 5 (good practice: reply in time,
# ask for photos or video, offer a replacement or refund where fair, keep the packing video).
# The buyer, the order and the story are made up for teaching.

title = Role-play: a broken honey jar
summary = A buyer receives a broken honey jar. How do you answer so it ends well?

## Step 1: how a role-play works

roleplay-how =
    { $learner }, this lesson is a role-play.
    You are the seller. A buyer will send you messages.
    Each time, you choose one reply.
    The buyer answers according to the reply you chose.
    At the end, you look back at each of your choices.

## Step 2: three things to do

calm-steps =
    When a buyer says the goods broke, remember three things.
    One: stay calm and say sorry first.
    Two: ask the buyer to send photos or a video.
    Three: settle it through the platform, not outside it.
    A platform is a market on the internet, like TikTok Shop or Shopee.

## Step 3: the role-play

jar-scene =
    Chị Lan in Hà Nội bought a jar of your honey on TikTok Shop.
    Her parcel arrived today.
    She opens the box and messages you at once.
jar-hint-1 = Start by saying sorry, then ask for a photo.
jar-hint-2 = Do not blame anyone, do not argue, and never ask for money outside the platform.

jar-open-say = Chị Lan: "The honey jar is broken! The honey ran all over the box. I am very annoyed."
jar-open-sorry = "I am sorry. Could you take a photo of the broken jar and the order label for me?"
jar-open-shipper = "The courier must have broken it. Ask them."
jar-open-argue = "I packed it very well. It cannot have broken."
jar-open-sorry-why = Saying sorry calms Chị Lan down. The photo helps you see what happened.
jar-open-shipper-why = Chị Lan bought from you. Blaming someone else makes her angrier.
jar-open-argue-why = Arguing makes Chị Lan angry. You said she was wrong before seeing any photo.

jar-shipper-say = Chị Lan: "I bought from you, not from the courier!"
jar-shipper-sorry = "You are right. I am sorry. Could you send me a photo of the broken jar?"
jar-shipper-refuse = "Once the goods leave my hands, it is not my problem."
jar-shipper-sorry-why = You fixed your mistake in time. Chị Lan sees that you listen.
jar-shipper-refuse-why = Chị Lan feels you left her alone with it. She will not buy again.

jar-photos-say =
    Chị Lan sends a photo: the jar is cracked, honey all over the box.
    The order label is still clear.
    She asks: "So what will you do?"
jar-photos-video = "Thank you. I will check my packing video and answer you today."
jar-photos-outside = "Send me the shipping money by bank transfer, and I will send another jar."
jar-photos-refuse = "It broke because of the bumpy road. I will not refund you."
jar-photos-video-why = You gave a clear time. You also look for why the jar broke.
jar-photos-outside-why =
    Asking for money outside the platform makes the buyer suspicious.
    With no record on the platform, nobody can easily help you later.
jar-photos-refuse-why =
    A flat refusal makes Chị Lan complain to the platform.
    You may still have to refund her, and you lose a buyer too.

jar-video-say =
    You watch your packing video.
    The jar was whole, wrapped twice. But the box had gaps, and the jar moved.
    Chị Lan writes: "Well?"
jar-video-own = "I checked. The box was not filled tight. My fault. You choose: a new jar, or a refund through the platform?"
jar-video-deny = "The video shows I packed it right. That is your problem."
jar-video-own-why =
    You admit a real mistake and let Chị Lan choose.
    Buyers are more forgiving with an honest seller.
jar-video-deny-why =
    The video shows the box had gaps. This evidence does not help you.
    Chị Lan complains, and you lose time and money.

jar-choose-say = Chị Lan: "I still like your honey. Send me a new jar."
jar-choose-better = "Yes. This time I will fill the box tight and film the packing for you."
jar-choose-pay = "Yes, but please pay the shipping again."
jar-choose-better-why = You lose one jar of honey, but you keep the buyer and your good name.
jar-choose-pay-why = It was your mistake, yet the buyer must pay. Chị Lan feels it is unfair.

jar-solved-say =
    The new jar reaches Chị Lan, whole.
    She writes: "You sorted that out fast. I will buy again."
jar-angry-say =
    Chị Lan is angry and stops writing.
    She complains to the platform and leaves a one-star review.
jar-outside-say =
    Chị Lan: "Why a private bank transfer? I do not trust this."
    She complains to the platform.
jar-complaint-say =
    Chị Lan complains to the platform, with a photo of the broken jar.
    She leaves a one-star review and tells her friends not to buy.
jar-lost-say =
    Chị Lan: "It was your mistake and I have to pay? Just refund me."
    She never buys from you again.

## Step 4: after the role-play

after =
    A broken jar costs you money.
    But a poor reply costs you more.
    You can lose the buyer and get a one-star review.
    Say sorry, look at the evidence, let the buyer choose.
    Then change how you pack, so it does not break next time.

## Practice round

practice =
    Now a little practice.
    There are three short questions.

practice-first = A buyer writes: "The honey jar is broken!" What should you say first?
practice-first-why = "Why did you not open the box carefully?"
practice-first-sorry = "I am sorry. Could you send me a photo?"
practice-first-shipper = "It is the courier's fault, not mine."
practice-first-why-no = This blames the buyer. They will get angrier.
practice-first-sorry-yes = Sorry first, then a photo. The buyer sees that you care.
practice-first-shipper-no = Blaming someone else does not help the buyer. They bought from you.
practice-first-hint-1 = A good reply starts by saying sorry.

practice-ask = What do you ask the buyer to send? Choose all that are right.
practice-ask-jar = A photo of the broken jar
practice-ask-label = A photo of the order label on the box
practice-ask-bank = Their bank account number
practice-ask-id = A photo of their ID card
practice-ask-jar-why = A photo of the broken jar shows how the goods were damaged.
practice-ask-label-why = The order label shows it really is your order.
practice-ask-bank-why = Refunds go through the platform. No private account number is needed.
practice-ask-id-why = Personal papers have nothing to do with it. Do not ask.
practice-ask-hint-1 = Two answers are right.
practice-ask-hint-2 = Ask only for what shows the goods and the order.

practice-fix = The jar broke because you did not fill the box tight. Which fix is fair?
practice-fix-nothing = Do nothing, the buyer already got the goods
practice-fix-transfer = Send the buyer money by private bank transfer
practice-fix-choice = Send a new jar, or refund through the platform
practice-fix-nothing-no = The goods broke because you packed poorly. The buyer will complain.
practice-fix-transfer-no = The platform does not see money sent outside it. You have no record.
practice-fix-choice-yes = The buyer gets to choose, and everything is recorded on the platform.
practice-fix-hint-1 = Choose a way through the platform that lets the buyer choose.

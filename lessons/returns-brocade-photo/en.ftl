# Lesson: returns-brocade-photo (English)
# Role-play. Facts from shared/domain/BRIEF.md, sections 2.1 (photo practice),
# 5 (return causes: not as described; evidence: a copy of the listing; good practice).
# The buyer, the order and the story are made up for teaching.

title = Role-play: a brocade bag that "doesn't look like the photo"
summary = A buyer says the bag differs from the photo. Check your photo, own your part, and fix your product page.

## Step 1: why goods look different

# source: tiktokpartner.vn (return reason: not as described) [L]; Lazada photo guideline via fetpo.org [M]
why-different =
    Some buyers complain: "It doesn't look like the photo."
    Why does this happen?
    A photo taken in harsh sun or lamp light makes colours brighter than they are.
    Handwoven goods are each a little different.
    The best way: take photos in daytime, near a window, with true colours.
    And write clearly on your product page what buyers need to know.

## Step 2: say that each piece differs

handmade-note = You have 10 brocade bags. Each pattern is a little different. What do you write?
handmade-note-same = "The bag is exactly like the photo"
handmade-note-differ = "Each bag is handwoven; the pattern may differ a little from the photo"
handmade-note-none = Write nothing
handmade-note-same-no = This is not true. The buyer will see a different bag and be let down.
handmade-note-differ-yes = This is true. The buyer knows beforehand, so there are fewer surprises.
handmade-note-none-no = The buyer does not know, and will think you sent the wrong bag.
handmade-note-hint-1 = Choose the sentence that tells the truth about handmade goods.

## Step 3: the role-play

bag-scene =
    Chị Hoa in Đà Nẵng bought one of your brocade bags on Lazada.
    You wove the bag yourself, in red and black.
    Today she received it and messages you.
bag-hint-1 = Ask for a daytime photo, then compare it with the photo on your product page.
bag-hint-2 = If your photo showed the colour wrongly, admit it and fix the photo.

bag-open-say = Chị Hoa: "The bag doesn't look like the photo! The colour is darker and the pattern is different."
bag-open-wrong = "The photo is a real photo. You are seeing it wrong."
bag-open-rude = "That is how brocade is. Don't you know?"
bag-open-photo = "I am sorry. Could you photograph the bag near a window, in daylight, and send it to me?"
bag-open-wrong-why = You told the buyer she was wrong before looking at anything. Chị Hoa is annoyed.
bag-open-rude-why = Talking down to a buyer shames and angers her. Nobody wants to buy again.
bag-open-photo-why = A daylight photo shows the true colour. You can compare it with yours.

bag-argue-say = Chị Hoa: "I am not wrong. I will complain to the platform."
bag-argue-sorry = "I am sorry. Please send me a photo so I can look into it for you."
bag-argue-dare = "Go ahead and complain, I am not afraid."
bag-argue-sorry-why = You softened in time. Chị Hoa agrees to send a photo.
bag-argue-dare-why = Dare a buyer and she will really complain. You lose time and your good name.

bag-photo-say =
    Chị Hoa sends a daylight photo.
    The bag is the right design, but the red is darker than on your product page.
    You open your product page: the photo was taken in harsh sun.
bag-photo-own = "I checked. I took my photo in the sun, so the colour looks brighter than it is. My fault."
bag-photo-refuse = "The bag is the right design. I do not take returns."
bag-photo-own-why = You told the truth. Chị Hoa sees that you are fair.
bag-photo-refuse-why =
    Your photo showed the colour wrongly. Refusing is not fair.
    Chị Hoa complains, with photos side by side.

bag-offer-say = Chị Hoa: "So what will you do now?"
bag-offer-transfer = "Please first send me the return shipping money by bank transfer."
bag-offer-choice = "Return the bag through the platform and I refund you. Or keep it and I refund part of the money. You choose."
bag-offer-transfer-why = Asking for a transfer outside the platform makes the buyer suspicious. There is no record.
bag-offer-choice-why = You offer two ways, both through the platform. Chị Hoa gets to choose.

bag-keep-say = Chị Hoa: "I will keep the bag, the pattern is still beautiful. Refund part of it, please."
bag-keep-fix = "Yes, I will do it on the platform now. I will also retake the photo with the true colour."
bag-keep-same = "Yes, I will refund you. I will leave the photo on the page as it is, it looks nice."
bag-keep-fix-why = You fix the root of the problem. The next buyers will not be surprised.
bag-keep-same-why = The wrong-colour photo is still there. The next buyers will complain like Chị Hoa.

bag-good-say =
    Chị Hoa gets part of her money back and keeps the bag.
    You retake the photo near a window, with the true colour.
    Chị Hoa writes: "You are honest. I will tell my friends about you."
bag-rude-say =
    Chị Hoa leaves a one-star review: "The seller was rude."
    She asks for a return through the platform.
bag-complaint-say =
    Chị Hoa complains to the platform, with photos of the bag and of your product page.
    You lose time, and you may still have to refund her.
bag-outside-say =
    Chị Hoa: "Why a private transfer? I am reporting this to the platform."
    She complains to the platform.
bag-again-say =
    Chị Hoa is happy.
    But the next month, two other buyers also complain: "It doesn't look like the photo."

## Step 4: after the role-play

after =
    "It doesn't look like the photo" is sometimes the photo's fault.
    Ask for a daylight photo and compare it with your product page.
    If your photo was wrong, admit it.
    Let the buyer choose: return it, or keep it and get part of the money back.
    Then retake the photo, so the next buyers are not surprised.

## Practice round

practice =
    Now a little practice.
    There are three short questions.

# source: seller-vn.tiktok.com knowledge_id=101756645132049 (a copy of the listing is useful evidence) [H]
practice-first-look = A buyer says: "It doesn't look like the photo." What do you look at first?
practice-first-look-listing = My own product page and its photos
practice-first-look-buyer = The buyer's personal page
practice-first-look-other = Someone else's shop
practice-first-look-listing-yes = Your product page is what the buyer saw before buying.
practice-first-look-buyer-no = The buyer's page does not tell you whether the bag matches the photo.
practice-first-look-other-no = The buyer did not buy from another shop. Look at your page.
practice-first-look-hint-1 = What does the buyer compare the bag with?

practice-lines = What do you write on the page for a handwoven brocade bag? Choose all that are right.
practice-lines-handmade = Each bag is handwoven, the pattern may differ a little
practice-lines-perfect = A perfect bag, nothing to fault
practice-lines-size = The bag's size: length, width, height
practice-lines-light = Photo taken in daylight, colours close to real
practice-lines-handmade-why = Buyers know beforehand that no two handwoven pieces are the same.
practice-lines-perfect-why = Empty praise that nobody can check. Buyers are easily let down.
practice-lines-size-why = Buyers know if the bag is big or small, with fewer surprises.
practice-lines-light-why = Buyers trust the colours in the photo more.
practice-lines-hint-1 = Three answers are right.
practice-lines-hint-2 = Choose true sentences that tell buyers what to expect.

practice-change = After this, how do you fix the bag's photo?
practice-change-filter = Edit the photo to make the colours brighter
practice-change-nothing = Keep the old photo
practice-change-daylight = Retake it in daylight, near a window
practice-change-filter-no = Colours brighter than real will let buyers down again.
practice-change-nothing-no = The wrong-colour photo stays, and the next buyers will complain again.
practice-change-daylight-yes = Daylight gives colours closest to the real ones.
practice-change-hint-1 = Remember the photo lesson: which light gives true colours?

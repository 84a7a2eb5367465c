# Lesson: live-chat-replies (English)
# Facts from shared/domain/BRIEF.md, sections 1.1 (contact details), 1.3 (prohibited claims),
# 7 (field practice: start with photos, posts and replying to customers).

title = Reply to buyers' messages
summary = Greet, answer the question, tell the truth, then invite the buyer to order on the platform.

## Step 1: why chat matters

# source: vietnamnews.vn/society/1766810 (GREAT programme, Sơn La and Lào Cai) [H]
chat-why =
    Hello { $learner }! A platform is a market on the internet, like TikTok Shop or Shopee.
    On a platform, buyers send messages with questions before they buy.
    They ask about weight, price, and how it is sent.
    In Sơn La and Lào Cai, selling classes start with this.
    Take photos, post, and reply to buyers.

## Step 2: a good reply

good-reply =
    A good reply has four parts.
    One: greet the buyer.
    Two: answer exactly what they asked.
    Three: add one true fact, for example the weight or where it is made.
    Four: invite them to order on the platform.

## Step 3: the parts in order

reply-order = Put the parts of a reply in the right order.
reply-order-greet = Greet the buyer
reply-order-answer = Answer the question
reply-order-fact = Add one true fact
reply-order-invite = Invite them to order on the platform
reply-order-wrong = Follow the order you just read: greet first, invite to order last.
reply-order-right = Your reply is polite, clear, and leads to an order.
reply-order-hint-1 = The first part is the greeting.
reply-order-hint-2 = The last part is the invitation to order.

## Step 4: a question about weight

reply-weight = A buyer asks: "How many grams is this jar of honey?" Which reply is best?
reply-weight-vague = "It is a big jar."
reply-weight-clear = "Hello. The jar holds 500 grams of honey from Sìn Hồ. Please order it on the platform."
reply-weight-call = "Call me and I will explain."
reply-weight-vague-no = "Big" is not a number. The buyer still does not know.
reply-weight-clear-yes = This reply has a greeting, a real number, the place, and an invitation to order.
reply-weight-call-no = Answering in the message is enough. A private call leaves no record.
reply-weight-hint-1 = Choose the reply with a clear number.

## Step 5: food, not medicine

# source: Decree 15/2018/NĐ-CP Art. 27(3) (vanluat.vn) [H]; fines for food ads that look like medicine (vnfinance.vn) [H]
food-not-medicine =
    A buyer may ask: "Does this cure illness?"
    Honey, tea and cardamom are food, not medicine.
    Never say "cures" or "treats".
    Advertising food as a cure can be fined.
    Talk about the taste, the place, the harvest season.

## Step 6: a question about a cure

reply-cure = A buyer asks: "Does this honey cure a cough?" Which reply is right?
reply-cure-yes = "Yes, drink it and the cough goes away at once."
reply-cure-food = "Honey is food, not medicine. It tastes light and sweet, from the forest of Sìn Hồ."
reply-cure-maybe = "Lots of people drink it and get better."
reply-cure-yes-no = This promises a cure. Do not say it, even when the buyer asks.
reply-cure-food-yes = You tell the truth, promise no cure, and still present good honey.
reply-cure-maybe-no = A clever way of saying it is still a cure promise. Do not say it.
reply-cure-hint-1 = Choose the reply that says honey is food.

## Step 7: stay on the platform

# source: seller-vn.tiktok.com knowledge_id=1210192617211665 [H]; help.shopee.vn article 138173 [H]; as of the brief, early 2026
stay-on =
    Some buyers ask for your phone number or bank account.
    They want to buy off the platform to pay less.
    TikTok Shop bans phone numbers and QR codes on product pages.
    Shopee bans pulling buyers off the platform in its sales videos.
    These are the rules as of early 2026. Keep orders on the platform.

## Step 8: a buyer asks for your bank account

reply-bank = A buyer writes: "Give me your account number, I will transfer the money, it is faster." What do you answer?
reply-bank-give = Send your account number at once
reply-bank-platform = "Please order on the platform. Then we both have a record of the order."
reply-bank-cheaper = "With a private transfer I will give you a discount."
reply-bank-give-no = Selling off the platform leaves no record. If something goes wrong, the platform can hardly help you.
reply-bank-platform-yes = You stay polite, and the order is recorded on the platform.
reply-bank-cheaper-no = A discount to pull the buyer off the platform leaves you both with no record. The platform does not want this either.
reply-bank-hint-1 = Choose the reply that keeps the order on the platform.

## Practice round

practice =
    Now a little practice.
    There are two questions.

practice-write =
    A buyer asks: "Is this cardamom dry? How many grams in a bag?"
    Write your reply: greet, say something true, invite them to order.
idea-greet = A greeting (hello, thank you...)
idea-fact = A true fact (dry, dried, grams, weight...)
idea-order = An invitation to order (order, on the platform...)
# Keywords, one per line; any one counts. Matching ignores case.
idea-greet-words =
    hello
    hi
    thank you
    thanks
    good morning
idea-fact-words =
    dry
    dried
    smoked
    gram
    grams
    kilo
    kg
    forest
    picked
idea-order-words =
    order
    platform
    buy now
    basket
    cart
practice-write-hint-1 = First sentence: greet the buyer, for example "Hello, sir".
practice-write-hint-2 = Next: say whether the cardamom is dry, and how heavy a bag is.
practice-write-hint-3 = Last: invite the buyer to order on the platform.

practice-never = Which sentences should you never write in a message? Choose all that are right.
practice-never-phone = "Call this number, I sell cheaper off the platform."
practice-never-weight = "The bag of tea weighs 200 grams."
practice-never-cure = "Drink this tea and your illness goes away."
practice-never-best = "The best tea in Vietnam."
# source: seller-vn.tiktok.com knowledge_id=1210192617211665 [H]; help.shopee.vn article 138173 [H]
practice-never-phone-why = Platforms ban phone numbers used to pull buyers away. Off the platform, you lose your record.
practice-never-weight-why = This is a good sentence: it has a real number. You should write it.
practice-never-cure-why = Tea is food. Never promise a cure.
# source: thucblog.com (TikTok Shop word rules, no superlatives) [L], as of 2022
practice-never-best-why = Many sellers advise avoiding "best": buyers cannot check it.
practice-never-hint-1 = Three sentences should never be written.
practice-never-hint-2 = Only one sentence states a true fact that can be checked.

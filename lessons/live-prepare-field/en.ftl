# Lesson: live-prepare-field (English)
# Facts from shared/domain/BRIEF.md, sections 3 (field practice) and 7 (Sìn Hồ Vươn Mình;
# learners' questions). The checklist is everyday practice, not a platform rule.

title = Prepare a live stream from the fields
summary = Charge the phone, test the signal, list the product first, then show viewers the real work.

## Step 1: what a live stream is

live-what =
    { $learner }, this lesson is about live streaming.
    Live streaming means filming with your phone while viewers watch at the same moment.
    Viewers send questions, and you answer at once.
    TikTok Shop and Shopee both have live streams for selling.
    Viewers can order while you are streaming.

## Step 2: the Sìn Hồ story

# source: kenh14.vn 2025-10-29; dantri.com.vn 2025-12-05 [H], as of Oct-Dec 2025
sin-ho =
    In Sìn Hồ commune, Lai Châu, there is a programme called "Sìn Hồ Vươn Mình".
    In September and October 2025, people sold more than 300 tonnes of khoai sâm.
    They sold through live streams on TikTok Shop, together with Viettel Post.
    Most of the people streaming were Mông, Dao and Thái women.
    Before, khoai sâm sold at the field for only { MONEY($farm_low) } to { MONEY($farm_high) } a kilo.
    On TikTok Shop, the price was { MONEY($online_low) } to { MONEY($online_high) } a kilo.

## Step 3: the price gap

# source: kenh14.vn 2025-10-29; dantri.com.vn 2025-12-05 [H], as of Oct-Dec 2025
price-gap =
    The highest field price before: { MONEY($farm_high) } a kilo.
    The lowest price on TikTok Shop in 2025: { MONEY($online_low) } a kilo.
    How many đồng is the gap per kilo?
price-gap-low = Too little. Take the platform price minus the field price.
price-gap-high = Too much. This is a subtraction, not an addition.
price-gap-right =
    Each kilo brings at least { MONEY($gap) } more.
    But remember: the platform takes a fee on each order, and there is shipping too.
price-gap-hint-1 = Take the lowest platform price minus the highest field price.
price-gap-hint-2 = For example: 10,000 minus 3,000 is 7,000.

## Step 4: what to prepare

# Everyday practice for going live; not a platform rule.
checklist = Before streaming from the field, what do you prepare? Choose all that are right.
checklist-battery = Charge the phone battery fully
checklist-signal = Test the network signal right where you will stream
checklist-listed = Put the product and its price on the platform beforehand
checklist-phone = Write your phone number on a board for viewers to call
checklist-cure = Prepare the line "eat this and get well" to sell more
checklist-battery-why = There is no socket in the field. A flat battery ends the stream.
checklist-signal-why = On the hillside the signal can be weak. Test first so it does not cut out.
checklist-listed-why = Viewers need the product on the platform to order at once.
# source: seller-vn.tiktok.com knowledge_id=1210192617211665 [H]; help.shopee.vn article 138173 [H]
checklist-phone-why = TikTok Shop and Shopee ban giving phone numbers to pull buyers away.
checklist-cure-why = Khoai sâm is food. Never promise a cure.
checklist-hint-1 = Three answers are right.
checklist-hint-2 = Leave out pulling buyers off the platform, and promising a cure.

## Step 5: show the real work

# source: vietnamnews.vn/society/1766505 [H], as of 2 Mar 2026
field-show =
    Buyers like to see real work.
    Mông sellers film pigs roaming the hills and meat hanging over the kitchen fire.
    They film picking greens in the mist, and stream the packing live.
    You can do the same: show viewers the field, and your hands digging the roots.
    Then weigh the khoai sâm on camera, and pack it on camera.

## Step 6: a plan for the stream

live-plan = Put the parts of a live stream in a sensible order.
live-plan-hello = Greet viewers, introduce your village
live-plan-field = Show the field and how you dig
live-plan-weigh = Weigh on camera, say the platform price
live-plan-questions = Answer viewers' questions
live-plan-pack = Pack the orders on camera
live-plan-wrong = Go from the greeting, to the field, to the price. Then questions, and packing last.
live-plan-right = Viewers go with you from the field to the parcel.
live-plan-hint-1 = Start with a greeting.
live-plan-hint-2 = Packing comes after there are orders.

## Step 7: orders do not come at once

# source: vnreview.vn thread 59186 [L]: reasons given are content, algorithm, product and conversion
not-instant =
    Some people say they streamed for months without an order.
    Why? People mention the content, the product, and how buyers are invited to buy.
    Do not lose heart. Look back at each stream.
    What did viewers ask? When did they leave?
    Next time, fix one thing.

## Practice round

practice =
    Now a little practice.
    There are three short questions.

practice-test = When do you test the signal in the field?
practice-test-before = The day before, right where you will stream
practice-test-during = While you are streaming
practice-test-never = No need to test
practice-test-before-yes = If the signal is weak, you still have time to find another spot.
practice-test-during-no = If the signal drops then, all the viewers leave.
practice-test-never-no = On the hillside the signal can be weak. Test first to be sure.
practice-test-hint-1 = Testing early leaves time to fix things.

practice-show = You sell khoai sâm. Which scene do viewers trust most?
practice-show-stock = A photo of khoai sâm taken from the internet
practice-show-dig = You dig khoai sâm in the field, then weigh it on camera
practice-show-dark = Streaming in a dark house, only your voice
practice-show-stock-no = A photo from the internet is not your khoai sâm. Viewers will doubt you.
practice-show-dig-yes = Viewers see real roots, a real field, a real scale.
practice-show-dark-no = Viewers who see nothing do not trust it.
practice-show-hint-1 = Choose the scene with real work and real goods.

practice-no-orders = Your first three streams got no orders. What do you do?
practice-no-orders-quit = Stop for good, live streaming is not for you
practice-no-orders-learn = Look back at the stream and fix one thing for next time
practice-no-orders-cure = Say khoai sâm cures illness to get more buyers
practice-no-orders-quit-no = Some people also had no orders at first. It takes time.
practice-no-orders-learn-yes = Fix one thing each time, and your streams get better.
practice-no-orders-cure-no = Promising a cure is wrong and can be fined.
practice-no-orders-hint-1 = Choose the way that learns from last time.

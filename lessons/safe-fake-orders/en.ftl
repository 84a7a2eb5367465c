# Lesson: safe-fake-orders (English)
# Facts from shared/domain/BRIEF.md, sections 5 (TikTok COD rule) and 7 (fears of scams).
# Advice on passwords, codes and screenshots is general safety practice, not from a sourced
# platform rule; the people and messages are made up for teaching.

title = Watch out for scams and fake orders
summary = Never give anyone your password or code. Send goods only for orders on the platform.

unit-order = orders

## Step 1: a real fear

# source: vietnamnews.vn/society/1766810 (GREAT: fears of scams and e-payments) [H]
fear =
    Hello { $learner }! Many new online sellers are afraid of being cheated.
    In Sơn La and Lào Cai, people said so too.
    The fear is right, because scammers are real.
    This lesson shows you three common tricks.
    And how to protect yourself.

## Step 2: never share passwords or codes

# General safety practice; not taken from a platform rule in the brief.
never-share =
    Trick one: pretending to be from the platform.
    A platform is a market on the internet, like TikTok Shop, Shopee, Lazada.
    The scammer writes: "I am platform staff, read me the code."
    The code sent to your phone by text message is the key to your shop.
    Never give your password or code to anyone.

## Step 3: a fake staff member

fake-staff = Someone writes: "I am Shopee staff. Your shop is locked, read me the code to open it." What do you do?
fake-staff-read = Read them the code to open the shop quickly
fake-staff-check = Do not read the code; open the platform's app yourself to check
fake-staff-half = Read half of the code to be safe
fake-staff-read-no = With the code, the scammer gets into your shop and your money.
fake-staff-check-yes = You check in the platform's app yourself. The scammer gets nothing.
fake-staff-half-no = Not even half the code. Do not read out a single digit.
fake-staff-hint-1 = The code is a key. Do not give keys to strangers.

## Step 4: only real orders

# General safety practice; not taken from a platform rule in the brief.
real-orders =
    Trick two: a fake picture of a bank transfer.
    The scammer sends a picture: "I have paid, send the goods now."
    Such pictures are very easy to fake.
    Send goods only for orders shown in your seller management page.
    That is the page on the platform where you see your orders.
    No order on the platform, no sending.

## Step 5: a screenshot of a transfer

screenshot = A stranger sends a picture of a transfer: "Send me 10 jars of honey now." There is no order on the platform. What do you do?
screenshot-send = Send the goods now, there is a picture of the payment
screenshot-platform = Reply politely: "Please order on the platform, and I will send it at once."
screenshot-half = Send 5 jars first to be safe
screenshot-send-no = The picture may be fake. You could lose all 10 jars.
screenshot-platform-yes = Only with an order on the platform can you be sure of being paid.
screenshot-half-no = Sending half can still lose you half.
screenshot-hint-1 = Trust only orders shown on the platform.

## Step 6: orders refused on delivery

# source: seller-vn.tiktok.com/university/essay?knowledge_id=6837776050308866 [H], page undated, as of the brief, early 2026
cod-refuse =
    Trick three: ordering and then not accepting the parcel.
    Some people choose to pay on delivery, then refuse the parcel.
    You lose time, and fresh goods may spoil on the way back.
    TikTok Shop has a rule for this (as of early 2026).
    Say a buyer refuses 3 orders in 60 days.
    Then, for 60 days, they cannot choose to pay on delivery any more.

## Step 7: signs of a trick

fake-signs = Which signs show it may be a trick? Choose all that are right.
fake-signs-outside = Asking to pay or talk off the platform
fake-signs-hurry = Pushing: "send it now, now"
fake-signs-weight = Asking how heavy a bag of tea is
fake-signs-code = Asking for your password or a code sent by text message
fake-signs-listed = The order shows clearly in your seller management page
fake-signs-outside-why = Off the platform there is no record. Scammers like that.
fake-signs-hurry-why = Scammers push so you have no time to think.
fake-signs-weight-why = This is a normal question from a real buyer.
fake-signs-code-why = Nobody needs your code. Whoever asks for it is a scammer.
fake-signs-listed-why = An order on the platform is a real order. That is a good sign.
fake-signs-hint-1 = Three answers are right.
fake-signs-hint-2 = Real buyers ask about the goods. Scammers ask about money and codes.

## Practice round

practice =
    Now a little practice.
    There are three short questions.

# source: seller-vn.tiktok.com knowledge_id=6837776050308866 [H], page undated, as of the brief, early 2026
practice-cod =
    TikTok Shop, as of early 2026.
    A buyer often refuses parcels.
    Within 60 days, after how many refused orders do they lose paying on delivery?
practice-cod-low = Too few. The rule allows a buyer a few slips.
practice-cod-high = Too many. Read trick three again.
# source: seller-vn.tiktok.com knowledge_id=6837776050308866 [H], as of the brief, early 2026
practice-cod-right =
    Refuse 3 orders in 60 days and it is locked for 60 days.
    The rule is as of early 2026. Check again in your seller management page.
practice-cod-hint-1 = The number is less than five.
practice-cod-hint-2 = The number is more than two.

practice-code = Who may know the code sent to your phone by text message?
practice-code-nobody = Nobody, only you
practice-code-staff = Platform staff, if they ask
practice-code-shipper = The courier, if they ask
practice-code-nobody-yes = The code is the key to your shop. Only you keep it.
practice-code-staff-no = Someone who says they are platform staff may be a scammer. Do not give the code.
practice-code-shipper-no = Couriers do not need your code. Do not give it.
practice-code-hint-1 = The code is a key. Who do you give your house key to?

practice-ship = When do you send the goods?
practice-ship-message = When someone promises in a message to pay
practice-ship-call = When someone phones to order
practice-ship-listed = When the order shows in your seller management page
practice-ship-message-no = A promise in a message is not an order yet.
practice-ship-call-no = A phone call leaves no record on the platform.
practice-ship-listed-yes = An order on the platform is a real order, with a record.
practice-ship-hint-1 = Trust only what shows on the platform.

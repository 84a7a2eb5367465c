# Lesson: safe-on-platform (English)
# Facts from shared/domain/BRIEF.md, sections 1.1 (contact details in listings)
# and 5 (evidence in disputes). The buyers and messages are made up for teaching.

title = Keep messages and money on the platform
summary = Orders, messages, money and refunds: do them all on the platform.

## Step 1: why stay on the platform

# source: seller-vn.tiktok.com knowledge_id=101756645132049 (copies of the listing and order are evidence) [H]
why-on =
    Hello { $learner }! A platform is a market on the internet.
    For example: TikTok Shop, Shopee, Lazada, Voso/Postmart.
    On a platform, every order and message is kept.
    When there is a complaint, the platform looks at the order and your product page.
    A complaint is when a buyer tells the platform something is wrong.
    Off the platform, there is nothing to look at.

## Step 2: what the platforms ban

# source: seller-vn.tiktok.com knowledge_id=1210192617211665 [H]; help.shopee.vn article 138173 [H]; as of the brief, early 2026
rules =
    TikTok Shop bans other ways of ordering on a product page.
    That means no phone numbers, no social media names, no QR codes.
    In sales videos, Shopee bans giving phone numbers.
    Shopee also bans pulling buyers off the platform.
    These are the rules as of early 2026. Check again in your seller management page.

## Step 3: what can go on your product page

# source: seller-vn.tiktok.com knowledge_id=1210192617211665 [H], as of the brief, early 2026
page-ok = What may you write on your product page? Choose all that are right.
page-ok-phone = Your phone number
page-ok-village = The village and commune where it is made
page-ok-qr = A QR code for bank transfers
page-ok-weight = Weight and size
page-ok-social = Your social media page name
# source: seller-vn.tiktok.com knowledge_id=1210192617211665 [H]
page-ok-phone-why = TikTok Shop bans phone numbers on product pages.
page-ok-village-why = Where it is made is true, and buyers want to know.
# source: seller-vn.tiktok.com knowledge_id=1210192617211665 [H]
page-ok-qr-why = A QR code is another way of ordering. TikTok Shop bans it.
page-ok-weight-why = Weight and size tell buyers clearly what they get.
# source: seller-vn.tiktok.com knowledge_id=1210192617211665 [H]
page-ok-social-why = A social media name also pulls buyers away. TikTok Shop bans it.
page-ok-hint-1 = Two answers are right.
page-ok-hint-2 = Choose what is about the product, not private contact details.

## Step 4: a regular buyer

regular-buyer = Chị Mai has bought your tea many times. She writes: "This time let me pay by private transfer, it is cheaper." What do you answer?
regular-buyer-yes = "All right, I will send my account number."
regular-buyer-platform = "Please order on the platform. If anything goes wrong, we both have a record."
regular-buyer-angry = "Do you want me to get punished?"
regular-buyer-yes-no = Off the platform there is no record. If goods break or get lost, the platform can hardly help.
regular-buyer-platform-yes = You are polite, you keep a regular buyer, and the order stays on the platform.
regular-buyer-angry-no = Chị Mai only asked. A sharp reply loses a regular buyer.
regular-buyer-hint-1 = Choose the reply that is polite and keeps the order on the platform.

## Step 5: refunds go through the platform too

refund-on =
    Money goes through the platform too.
    The buyer pays through the platform. The platform pays you.
    A refund is money paid back to the buyer.
    Refunds also go through the platform, even partial ones.
    Do not send a private transfer as a refund.
    The platform cannot see it, and you have no record.

## Step 6: how to refund

refund-how = You agree to refund part of the money to a buyer. How do you do it?
refund-how-transfer = A private transfer from your own account
refund-how-cash = Cash in the next parcel
refund-how-platform = On the platform, in that order
refund-how-transfer-no = The platform cannot see a private transfer. The buyer can still complain.
refund-how-cash-no = Cash can get lost on the way, and there is no record.
refund-how-platform-yes = The refund is recorded in the order. You both have a record.
refund-how-hint-1 = Choose the way that leaves a record on the platform.

## Step 7: saying no politely

polite-no = A buyer wants to buy off the platform. Put the parts of your reply in order.
polite-no-thanks = Thank the buyer for their interest
polite-no-only = Say clearly you sell only through the platform
polite-no-find = Explain how to find the product on the platform
polite-no-care = Promise to pack carefully
polite-no-wrong = Start with thanks, end with a good promise.
polite-no-right = The buyer does not feel turned away. They know how to order.
polite-no-hint-1 = The first part is the thanks.
polite-no-hint-2 = The last part is the promise about packing.

## Practice round

practice =
    Now a little practice.
    There are two questions.

# source: seller-vn.tiktok.com knowledge_id=1210192617211665 [H], as of the brief, early 2026
practice-qr = Should you print a QR code for bank transfers on a product photo on TikTok Shop?
practice-qr-put = Yes, buyers pay faster
practice-qr-none = No, buyers order and pay through the platform
# source: seller-vn.tiktok.com knowledge_id=1210192617211665 [H], as of the brief, early 2026
practice-qr-put-no = TikTok Shop bans QR codes on product pages (as of early 2026).
practice-qr-none-yes = Every payment goes through the platform. You both have a record.
practice-qr-hint-1 = Remember: which ways of ordering does TikTok Shop ban?

practice-why = Why keep orders and money on the platform? Choose all that are right.
practice-why-record = You have a record when there is a complaint
practice-why-price = Selling off the platform surely gets a higher price
practice-why-rules = You do not break the platform's rules
practice-why-help = The platform can see the order to settle things
practice-why-record-why = Orders and messages on the platform are your record.
practice-why-price-why = Nothing is sure off the platform. You can lose both goods and money.
practice-why-rules-why = Following the platform's rules keeps your shop safe.
practice-why-help-why = The platform can only help with what it can see.
practice-why-hint-1 = Three answers are right.
practice-why-hint-2 = Leave out the "sure" promise about price.

# Lesson: returns-rules (English)
# Facts from shared/domain/BRIEF.md, sections 1.2 (Law 19/2023) and 5 (returns and complaints).
# Platform rules change often: re-check every time limit in the seller management page before release.

title = Returns: time limits and evidence
summary = Each platform gives buyers a time limit. You need evidence and must answer in time.

unit-day = days

## Step 1: words

words =
    Hello { $learner }! This lesson has three new words.
    Return: the buyer sends the goods back to you.
    Refund: the buyer gets their money back.
    Complaint: the buyer tells the platform that an order has a problem.
    A platform is a market on the internet, like TikTok Shop or Shopee.

## Step 2: why buyers send goods back

# source: nld.com.vn (breakage) [M], as of Nov 2025; tiktokpartner.vn (return reasons) [L];
# thanhnien, nghean24h (abuse, change of mind) [M]
why-returns =
    Why do buyers send goods back?
    Often the goods broke or spoiled on the way.
    Sometimes the goods are not as described.
    Sometimes the wrong item was sent, something was missing, or it came late.
    And some people change their mind, or try to cheat.

## Step 3: Shopee's time limits

# source: ghn.vn blog on Shopee return policy [M], as of 19 Jun 2025; older 3-day rule (giaban.info) [L]
shopee-rules =
    Shopee, from 19 June 2025:
    buyers have 15 days after receiving goods to ask for a return.
    Fresh or frozen food: only 24 hours.
    Old papers say 3 days. That number is out of date.
    Rules can change. Check in your seller management page, where you see your orders.

## Step 4: how many days

# source: ghn.vn blog on Shopee return policy [M], as of 19 Jun 2025
shopee-days =
    Shopee, from 19 June 2025.
    How many days does a buyer of a brocade bag have to ask for a return?
shopee-days-low = Too few. That small number is the old rule, or the rule for fresh food.
shopee-days-high = Too many. Read the last part again.
# source: ghn.vn blog on Shopee return policy [M], as of 19 Jun 2025
shopee-days-right =
    The buyer has 15 days after receiving the goods (from 19 June 2025).
    A brocade bag is not fresh food.
shopee-days-hint-1 = A brocade bag is ordinary goods, not fresh food.
shopee-days-hint-2 = The number is more than one week and less than three weeks.

## Step 5: TikTok Shop's rules

# source: seller-vn.tiktok.com/university/essay?knowledge_id=1766935302801169 [H], as of 24 Oct 2025
tiktok-rules =
    TikTok Shop, by its rules page of 24 October 2025:
    you decide twice.
    First: accept or refuse the request to return.
    Then: accept or refuse the refund, once the goods are back with you.
    If you stay silent past the deadline, the platform accepts automatically.
    When goods come back to you, you check them within 14 days.

## Step 6: silence on TikTok Shop

# source: seller-vn.tiktok.com knowledge_id=1766935302801169 [H], as of 24 Oct 2025
tiktok-silent = On TikTok Shop (rules of 24 Oct 2025), you do not answer a return request in time. What happens?
tiktok-silent-wait = The platform waits for you forever
tiktok-silent-auto = The platform accepts it for the buyer automatically
tiktok-silent-cancel = The request is cancelled, you keep the money
tiktok-silent-wait-no = The platform does not wait forever. After the deadline, it decides.
# source: seller-vn.tiktok.com knowledge_id=1766935302801169 [H], as of 24 Oct 2025
tiktok-silent-auto-yes =
    Silence means you lose your choice (rules of 24 Oct 2025).
    Look at your messages and orders every day.
tiktok-silent-cancel-no = Silence does not keep the money for you. The platform sides with the buyer.
tiktok-silent-hint-1 = On TikTok Shop, doing nothing is also an answer.

## Step 7: evidence and its deadline

# source: seller-vn.tiktok.com knowledge_id=101756645132049 (24 h, listing and order copies, test reports) [H];
# magiamgiashopee.com citing help.shopee.vn (3-5 working days, 24 h) [M]; as of the brief, early 2026
evidence =
    Evidence is what shows the platform the truth.
    On TikTok Shop, you add evidence within 24 hours.
    On Shopee, the platform decides in 3 to 5 working days.
    If the platform asks for more evidence, you send it within 24 hours.
    These rules are as of early 2026. Check again in your seller management page.

## Step 8: which evidence helps

evidence-which = Which evidence helps you when there is a complaint? Choose all that are right.
evidence-which-video = A packing video with the order code
evidence-which-neighbour = What your neighbour says
evidence-which-listing = Screenshots of your product page and the order
evidence-which-insult = A message scolding the buyer
evidence-which-photos = Photos of the product before sending
evidence-which-video-why = The video shows the goods were whole and well packed when they left you.
evidence-which-neighbour-why = The platform does not know your neighbour. Words alone are not enough.
# source: seller-vn.tiktok.com knowledge_id=101756645132049 [H]
evidence-which-listing-why = TikTok Shop says it clearly: copies of the product page and the order are good evidence.
evidence-which-insult-why = A message scolding the buyer only hurts you more.
evidence-which-photos-why = Photos show the goods while they were still at your home.
evidence-which-hint-1 = Three answers are right.
evidence-which-hint-2 = Choose what the platform can see and trust.

## Step 9: other platforms, and your own rules

# source: BRIEF section 5 (no Lazada return window found); Law 19/2023/QH15 Art. 37 [H], in force 1 Jul 2024
other-platforms =
    Lazada and Voso/Postmart have return rules too.
    This lesson has no sure numbers for those two.
    Check in your seller management page.
    The law in force from 1 July 2024 also asks you to state how returns work.
    Write it clearly on your product page: when and how goods can be exchanged.

## Practice round

practice =
    Now a little practice.
    There are three short questions.

# source: ghn.vn blog on Shopee return policy [M], as of 19 Jun 2025
practice-fresh = On Shopee (from 19 June 2025), how long does a buyer of fresh custard apples have to ask for a return?
# source: ghn.vn blog on Shopee return policy [M], as of 19 Jun 2025
practice-fresh-24h = 24 hours
# source: ghn.vn blog on Shopee return policy [M], as of 19 Jun 2025
practice-fresh-15d = 15 days
# source: giaban.info copy of an older Shopee rule [L]
practice-fresh-3d = 3 days
# source: ghn.vn blog on Shopee return policy [M], as of 19 Jun 2025
practice-fresh-24h-yes = Custard apples are fresh food. From 19 June 2025, the limit is only 24 hours.
# source: ghn.vn blog on Shopee return policy [M], as of 19 Jun 2025
practice-fresh-15d-no = 15 days is for ordinary goods. Fresh custard apples have much less.
# source: giaban.info copy of an older Shopee rule [L]
practice-fresh-3d-no = 3 days is an old rule, and it is not for fresh food.
practice-fresh-hint-1 = Custard apples spoil fast. The limit is counted in hours.

# source: seller-vn.tiktok.com knowledge_id=101756645132049 [H], as of the brief, early 2026
practice-evidence = On TikTok Shop (early 2026), how long do you have to add evidence?
practice-evidence-week = One week
practice-evidence-month = One month
# source: seller-vn.tiktok.com knowledge_id=101756645132049 [H], as of the brief, early 2026
practice-evidence-24h = 24 hours
practice-evidence-week-no = Too long. The time is much shorter.
practice-evidence-month-no = Too long. Get your evidence ready when you pack.
practice-evidence-24h-yes = The time is very short. So keep a video and photos ready for every order.
practice-evidence-hint-1 = This limit is counted in hours.

# source: Law 19/2023/QH15 Art. 37 [H], in force 1 Jul 2024
practice-where = The law from 1 July 2024 asks you to state how returns work. Where do you write it?
practice-where-listing = On the product page, before the buyer orders
practice-where-later = Only when a buyer asks to return something
practice-where-nowhere = No need to write it
practice-where-listing-yes = Buyers read it before buying. Everyone knows the rules from the start.
practice-where-later-no = Told later, the buyer feels surprised and gets angry easily.
practice-where-nowhere-no = The law asks online sellers to state clearly how returns work.
practice-where-hint-1 = Buyers need to know before they press "order".

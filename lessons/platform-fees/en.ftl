# Lesson: platform-fees (English)
# Facts from shared/domain/BRIEF.md, section 4.1. See vi.ftl for sources and dates.
# The honey price is a made-up example.

title = Platform fees: per order and per cent
summary = Platforms take money in two ways. Fees change often: look at the dates.

## Step 1

fees-what =
    When you sell something, the platform takes part of the money.
    That money is called the platform fee.
    There are two kinds of fee.
    One: a fee per order, the same for every order.
    Two: a percentage fee, worked out from the price.

## Step 2
# Source: thegioitiepthi.danviet.vn [M], from 27 Oct 2025.

fee-per-order =
    A fee per order is also called a fixed fee.
    Cheap goods or dear goods, this fee stays the same.
    TikTok Shop, since 27 October 2025: { MONEY($tiktok_fee) } per delivered order.
    A delivered order is one that has reached the buyer.
    Figures as of October 2025. Check them again in the platform's seller pages.

## Step 3
# Source: danviet [M], from 27 Oct 2025.

fee-on-return =
    TikTok Shop takes { MONEY($tiktok_fee) } per delivered order (since 27 October 2025).
    Then the buyer returns the goods. Do you get this fee back?
refund-none = No, the fee is not given back
refund-full = Yes, all of it
refund-half = Only half of it
refund-none-yes =
    Since 27 October 2025, this fee is not given back when an order is returned.
    So every returned order costs you more money.
refund-full-no = By the figures from 27 October 2025, the fee per order is not given back.
refund-half-no = By the figures from 27 October 2025, none of this fee is given back.
fee-on-return-hint-1 = Think back: what happens to the fee per order when goods come back?

## Step 4
# Source: shopeeanalytics.com, data of 12 Jun 2025 [M]; globaltv.vn (from 1 Jul 2025).

shopee-fixed =
    Shopee, by figures of June 2025:
    an infrastructure fee of { MONEY($shopee_infra) } per order, since 1 July 2025;
    a PiShip delivery programme fee of { MONEY($piship) } per order.
    Check them again in the platform's seller pages.

## Step 5

shopee-fixed-sum =
    Shopee (figures of June 2025): infrastructure { MONEY($shopee_infra) }, PiShip { MONEY($piship) }.
    Per order, what are these two fees together?
shopee-fixed-sum-low = Not enough. Add both fees.
shopee-fixed-sum-high = Too much. Add only these two fees.
shopee-fixed-sum-right = Each Shopee order pays { MONEY($shopee_fixed) } in fixed fees.
shopee-fixed-sum-hint-1 = Take { MONEY($shopee_infra) } plus { MONEY($piship) }.
shopee-fixed-sum-hint-2 = Add the thousands first: { MONEY($shopee_infra) } and { MONEY($ex_thousand) }, then add { MONEY($ex_rest) }.

## Step 6
# Source: eltondata; danviet; techvui; shopeeanalytics (2025) [M].

fee-percent =
    A percentage fee: the platform takes a share of the price.
    The higher the price, the more money the platform takes.
    TikTok Shop in 2025: a payment fee of 5%.
    Since 18 July 2025, food also pays the platform a commission of 8.5% to 12%.
    Shopee (figures of June 2025): the payment fee is also 5%.

## Step 7

percent-amount =
    A jar of honey costs { MONEY($price) }.
    The payment fee is 5% (figures of 2025).
    How many đồng is this fee?
percent-amount-low = That is too small. 5% is 5 đồng in every 100 đồng.
percent-amount-high = That is too big. 5% is a small share, just 5 đồng in 100.
percent-amount-right = The platform takes { MONEY($pay_fee) } as the payment fee.
percent-amount-hint-1 = Find 1% first: divide the price by 100. Then multiply by 5.
percent-amount-hint-2 = Another example: 5% of { MONEY($ex_hundred) } is { MONEY($ex_five) }.

## Step 8
# Source: nuu.edu.vn [M] (Lazada, from 16 Apr 2025); danviet; techvui [M] (TikTok, 2025).

other-platforms =
    All fees together, TikTok Shop takes about 15% to 17% of revenue (2025).
    Revenue is all the money that sales bring in.
    Lazada: since 16 April 2025, new fixed fees by kind of goods.
    New sellers, under 90 days, get 30 days without this fee.
    Voso and Postmart fees: this lesson has no reliable figures yet.
    All fees change. Check them in the platform's seller pages.

## Practice round

practice-intro =
    Now a little practice.
    Two short questions.

practice-which-fee = You raise the price of a honey jar from { MONEY($price_low) } to { MONEY($price) }. Which fee goes up too?
practice-which-fee-order = The fee per order
practice-which-fee-percent = The percentage fee
practice-which-fee-order-no = The fee per order stays the same, cheap goods or dear.
practice-which-fee-percent-yes = The percentage fee follows the price. A higher price, a higher fee.
practice-which-fee-hint-1 = Which fee is worked out from the price?

practice-tiktok-fees =
    A jar of honey costs { MONEY($price) }, sold on TikTok Shop.
    Fee per order { MONEY($tiktok_fee) } (since 27 October 2025).
    Payment fee 5% (2025).
    What are these two fees together?
practice-tiktok-fees-low = Not enough. Did you add the fee per order?
practice-tiktok-fees-high = Too much. 5% of the price is only 5 đồng in 100.
practice-tiktok-fees-right = The two fees are { MONEY($tiktok_two) }. Commission and tax are not counted yet.
practice-tiktok-fees-hint-1 = Work out 5% of the price first, then add the fee per order.
practice-tiktok-fees-hint-2 = You worked out 5% of { MONEY($price) } in an earlier question.

# Lesson: price-basics (English)
# Facts from shared/domain/BRIEF.md, section 4 (pricing).
# Fees change often: re-check every fee against Seller Centre before release.
# The honey costs (90,000 + 12,000 + 5,000 + 10,000 ₫) are a made-up teaching
# example (BRIEF 4.3), not market prices.

title = What goes into a price
summary = Add up your costs and the platform's fees to set a price with profit.

## Step 1: a price must cover everything

# Source: BRIEF 4.3 formula (costs + own labour + fees + margin).
price-covers =
    Your price must pay for all your costs.
    Then some money is left for you: your profit.
    A cost is money you spend on one product.
    Your own work is a cost too.
    Our example is one jar of honey, without your work.

## Step 2: which costs go into one jar

which-costs = What are the costs of one jar of honey? Choose all that are right.
cost-honey = The honey in the jar
cost-jar = The jar and its label
cost-shipping = Shipping that you pay
cost-tv = A TV for your home
cost-honey-why = The honey is the main cost. Count it.
cost-jar-why = The jar and label cost money for each jar. Count them.
cost-shipping-why = If you pay for shipping, it is a cost. Count it.
cost-tv-why = A TV is for your home. It is not a cost of the honey jar.
which-costs-hint-1 = Count only what costs money for each jar you sell.
which-costs-hint-2 = Three answers are right.

## Step 3: add up the cost of one jar

total-cost =
    The costs of one jar of honey:
    honey { MONEY($honey) },
    jar and label { MONEY($jar) },
    box { MONEY($box) },
    shipping you pay { MONEY($shipping) }.
    What is the total cost of one jar, in đồng?
total-cost-low = Too little. Did you add all four costs?
total-cost-high = Too much. Add the costs again, one by one.
total-cost-right = One jar costs { MONEY($cost) }.
total-cost-hint-1 = Add all four: honey, jar and label, box, shipping.
total-cost-hint-2 = Go step by step: honey plus jar, then the box, then shipping.

## Step 4: a fee for each order

# Source: danviet (thegioitiepthi.danviet.vn), TikTok Shop fixed fee per delivered order from 27 Oct 2025, not refunded on return [M]
fee-per-order =
    The selling platform takes fees on each order.
    There is a fixed fee for each order.
    Example: TikTok Shop takes { MONEY($order_fee) } per delivered order.
    This fee started on 27 Oct 2025.
    If the buyer returns the goods, this fee is not refunded.
    Fees change often. Check them again in Seller Center.

## Step 5: is the fee refunded on a return?

# Source: danviet, TikTok Shop fixed fee per order from 27 Oct 2025, not refunded on return [M]
fee-on-return =
    From 27 Oct 2025, TikTok Shop takes { MONEY($order_fee) } per delivered order.
    Then the buyer returns the goods. Is this fee refunded?
refund-none = No, the fee is not refunded
refund-full = Yes, it is fully refunded
refund-half = Only half is refunded
# Source: danviet, fee from 27 Oct 2025, not refunded on return [M]
refund-none-yes =
    From 27 Oct 2025, this fee is not refunded on a return.
    So a returned order costs you money.
# Source: danviet, fee from 27 Oct 2025, not refunded on return [M]
refund-full-no = From 27 Oct 2025, the fee per order is not refunded.
# Source: danviet, fee from 27 Oct 2025, not refunded on return [M]
refund-half-no = From 27 Oct 2025, this fee is not refunded, not even a part.
fee-on-return-hint-1 = Think back to what you just read: is the fee refunded on a return?

## Step 6: add the fee per order

# Source: danviet, TikTok Shop fixed fee per order from 27 Oct 2025 [M]
cost-plus-fee =
    One jar of honey costs { MONEY($cost) }.
    From 27 Oct 2025, TikTok Shop takes { MONEY($order_fee) } per order.
    What is the cost plus the order fee, in đồng?
cost-plus-fee-low = Too little. Did you add the order fee?
cost-plus-fee-high = Too much. Add only these two numbers.
cost-plus-fee-right = You need at least { MONEY($cost_with_fee) } for each order.
# Source: danviet, TikTok Shop fixed fee per order from 27 Oct 2025 [M]
cost-plus-fee-hint-1 = Take { MONEY($cost) } and add the order fee, { MONEY($order_fee) } (from 27 Oct 2025).

## Step 7: fees as a percent of the price

# Source: danviet; techvui, TikTok Shop total take rate 15–17% of revenue in 2025, before promotions, ads and shipping [M]
fee-percent =
    The platform also takes a percent of your price.
    The higher the price, the more the platform takes.
    In 2025, TikTok Shop took about 15–17% of sales in total.
    This does not count ads, promotions or shipping.
    The percents change often. Check them again in Seller Center.

## Step 8: choose a price

pick-price =
    The cost and order fee of one jar come to { MONEY($cost_with_fee) }.
    The platform also takes a percent of the price.
    You want a profit. Which price makes sense?
pick-price-low = { MONEY($price_low) }
pick-price-even = { MONEY($price_even) }
pick-price-good = { MONEY($price_good) }
pick-price-low-no = This price is below your cost. You lose money on each jar.
pick-price-even-no = This price only equals your cost. After the percent fee, you lose money.
pick-price-good-yes =
    After the platform's percent, you still make a profit.
    Remember to work it out again when fees change.
pick-price-hint-1 = The price must be higher than { MONEY($cost_with_fee) }.
pick-price-hint-2 = The platform takes a percent of the price. Leave some room.

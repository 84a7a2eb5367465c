# Lesson: price-formula (English)
# Formula from shared/domain/BRIEF.md, section 4.3. See vi.ftl for the inputs and sources.

title = The price formula
summary = Price = (cost + fee per order) divided by (100% minus fees, tax and profit in per cent).

unit-percent = percent

## Step 1

formula-parts =
    Now we put it all together. We need four numbers.
    C is the cost of one product.
    F is the fee per order.
    r is all the per cents taken by the platform and tax.
    m is the per cent of profit you want to keep.

## Step 2

formula =
    The price formula:
    Price = (C + F) divided by (100% − r − m).
    In words: add the cost and the fee per order.
    Take 100% minus the per cents for fees, tax and profit.
    Then divide the first number by the second.
    Let us do it in turn for a jar of honey.

## Step 3

step-cf =
    First: The cost of one jar: C = { MONEY($cost) }.
    The fee per order on TikTok Shop (since 27 October 2025): F = { MONEY($order_fee) }.
    What is C + F?
step-cf-low = Not enough. Add the fee per order too.
step-cf-high = Too much. Add only these two numbers.
step-cf-right = C + F = { MONEY($cost_fee) }.
step-cf-hint-1 = Take { MONEY($cost) } plus { MONEY($order_fee) }.

## Step 4

step-r =
    Next: Add the per cents the platform and tax take:
    payment fee 5% (2025),
    commission on food 8.5% (since 18 July 2025),
    tax kept back 1.5% (since 1 July 2025).
    What is r, in per cent?
step-r-low = Not enough. Add all three per cents.
step-r-high = Too much. Add only these three numbers.
step-r-right = r = 15%. Check these fees again in the platform's seller pages.
step-r-hint-1 = Add 5 and 8.5 first, then add 1.5.
step-r-hint-2 = 8.5 plus 1.5 is a round number. Then add 5.

## Step 5

step-left =
    Then: You want a profit of m = 15% of the price.
    Take 100% minus r = 15%, then minus m = 15%.
    What per cent is left?
step-left-low = That is too small. Subtract 15% only twice.
step-left-high = That is too big. Subtract both r and m.
step-left-right = 70% is left. That part of the price pays the cost and the fee per order.
step-left-hint-1 = 100 minus 15 is 85. Then minus 15 again.
step-left-hint-2 = Two times 15 is 30. Take 100 minus 30.

## Step 6

step-price =
    Last: Divide { MONEY($cost_fee) } by 70%.
    Dividing by 70% means dividing by 7, then multiplying by 10.
    What is the price?
step-price-low = That is too small. Dividing by 70% gives more than you started with.
step-price-high = That is too big. Divide by 7 first, then multiply by 10.
step-price-right = The price is { MONEY($price) }.
step-price-hint-1 = { MONEY($cost_fee) } divided by 7 gives a round number of ten-thousands.
step-price-hint-2 = Another example: { MONEY($ex_in) } divided by 70% is { MONEY($ex_out) }.

## Step 7

check-price =
    Check with a price of { MONEY($price) }:
    The platform and tax take 15%, that is { MONEY($take) }.
    Fee per order { MONEY($order_fee) }. Cost { MONEY($cost) }.
    What is left is { MONEY($profit) }: exactly 15% of the price.
    This is an estimate. Each platform works out fees a little differently.

## Step 8

why-price-base = Why not just add 30% to the cost?
why-price-base-cost = Because adding 30% makes the price too high
why-price-base-price = Because the platform takes per cents of the price, not of the cost
why-price-base-luck = Because the formula brings luck
why-price-base-cost-no = The other way round: adding 30% to the cost gives too low a price. You earn less.
why-price-base-price-yes = The platform's per cents are taken from the price. So we divide, not just add.
why-price-base-luck-no = The formula is arithmetic, not luck.
why-price-base-hint-1 = The platform takes 5% of what: the price or the cost?

## Practice round

practice-intro =
    Now a little practice.
    Two short questions.

practice-tea-price =
    A bag of shan tuyết tea: C = { MONEY($tea_cost) }, F = { MONEY($tea_fee) }.
    For example: the platform and tax take r = 17%. You want m = 15% profit.
    What is the price?
practice-tea-price-low = That is too small. Divide by the per cent that is left; do not multiply.
practice-tea-price-high = That is too big. Check again: 100% minus 17% minus 15%.
practice-tea-price-right = The price is { MONEY($tea_price) }.
practice-tea-price-hint-1 = First: C + F = { MONEY($tea_cost_fee) }.
practice-tea-price-hint-2 = Next: 100% − 17% − 15% = 68%.
practice-tea-price-hint-3 = Last: divide { MONEY($tea_cost_fee) } by 0.68.

practice-fee-up = The platform raises its percentage fee. To keep the same profit, what must the price do?
practice-fee-up-same = Stay the same
practice-fee-up-lower = Go down
practice-fee-up-higher = Go up
practice-fee-up-same-no = If fees go up and the price stays, your profit shrinks.
practice-fee-up-lower-no = If fees go up and the price goes down, you may lose money.
practice-fee-up-higher-yes = A bigger r leaves a smaller share. Dividing by a smaller number gives a higher price.
practice-fee-up-hint-1 = The platform takes more. Where does that money come from?

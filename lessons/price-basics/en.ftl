# Lesson: price-basics (English)
# Facts from shared/domain/BRIEF.md, section 4.3. All money amounts are a made-up example.

title = A price must cover every cost
summary = Count every cost: goods, packaging, your own work, and returned orders.

## Step 1

price-covers =
    A price must pay for every cost.
    What is left over is your profit.
    A cost is money you spend for one product.
    This lesson counts the cost of one jar of honey.

## Step 2

which-costs = What goes into the cost of one jar of honey? Choose all that are right.
cost-honey = The honey in the jar
cost-jar = The jar and its label
cost-tv = Money for a TV at home
cost-labour = Your own work
cost-shipping = Delivery, if you pay it
cost-honey-why = The honey is the main cost. Count it.
cost-jar-why = Jar and label cost money for every jar. Count them.
cost-tv-why = A TV is for the house, not a cost of the honey jar.
cost-labour-why = Your time is worth money too. Count it.
cost-shipping-why = If you pay for delivery, it is a cost. Count it.
which-costs-hint-1 = Four answers are right.
which-costs-hint-2 = Leave out only what is not used for the jar.

## Step 3

own-labour =
    Your own work is a cost too.
    Filtering honey, filling jars and packing all take time.
    Choose your own pay for one hour of work.
    For example: { MONEY($labour_rate) } an hour.

## Step 4

labour-cost =
    Each jar takes you half an hour.
    Your pay for one hour is { MONEY($labour_rate) }.
    What is your pay for one jar?
labour-cost-low = That is too small. Half an hour is half of one hour.
labour-cost-high = That is too big. You work half an hour, not a full hour.
labour-cost-right = Your work on one jar is { MONEY($labour) }.
labour-cost-hint-1 = For half an hour, divide the pay for one hour by 2.
labour-cost-hint-2 = Another example: { MONEY($ex_hour) } an hour makes { MONEY($ex_half) } for half an hour.

## Step 5

returns-allowance =
    Some orders are sent back by buyers.
    A jar may break on the way.
    For each returned order you lose the goods, the return delivery, the fees.
    So set aside a small amount on every order.
    It pays for the orders that come back.

## Step 6

returns-per-order =
    For example: 1 order in every 10 comes back.
    Each time, you lose { MONEY($return_loss) }.
    How much must each order set aside to cover it?
returns-per-order-low = That is too small. Divide the loss by 10 orders.
returns-per-order-high = That is too big. The loss is shared by all 10 orders.
returns-per-order-right = Each order sets aside { MONEY($returns_allow) }. Ten orders cover one loss.
returns-per-order-hint-1 = Take { MONEY($return_loss) } divided by 10.
returns-per-order-hint-2 = Another example: losing { MONEY($ex_loss) } over 10 orders is { MONEY($ex_share) } per order.

## Step 7

total-cost =
    The costs of one jar of honey:
    honey { MONEY($honey) },
    jar and label { MONEY($jar) },
    box { MONEY($box) },
    your work { MONEY($labour) },
    set aside for returns { MONEY($returns_allow) }.
    In this example the buyer pays for delivery.
    What is the total cost of one jar?
total-cost-low = Not enough. Did you add all five amounts?
total-cost-high = Too much. Add the amounts again, one by one.
total-cost-right = One jar costs { MONEY($cost) }. This module uses this number again.
total-cost-hint-1 = Add all five: honey, jar, box, work, returns.
total-cost-hint-2 = Step by step: honey plus jar, then the box, then work, then returns.

## Practice round

practice-intro =
    Now a little practice.
    Two short questions.

practice-forgot =
    Lan works out the price of a bag of tea.
    She adds the tea, the bag and the box.
    What has she forgotten?
practice-forgot-tea = The tea
practice-forgot-labour = Her own work, and money set aside for returns
practice-forgot-nothing = Nothing
practice-forgot-tea-no = She has already added the tea.
practice-forgot-labour-yes = Her work and returned orders both cost money.
practice-forgot-nothing-no = She is missing two amounts. Think back to this lesson.
practice-forgot-hint-1 = Which two costs do sellers forget most?

practice-khoai =
    One box of khoai sâm, 5 kilos:
    khoai { MONEY($khoai) },
    carton { MONEY($carton) },
    work { MONEY($khoai_labour) },
    set aside for returns { MONEY($khoai_returns) }.
    What is the total cost of one box?
practice-khoai-low = Not enough. Did you add all four amounts?
practice-khoai-high = Too much. Add the amounts again, one by one.
practice-khoai-right = One box costs { MONEY($khoai_cost) }.
practice-khoai-hint-1 = Add four amounts: khoai, carton, work, returns.
practice-khoai-hint-2 = Khoai plus carton first, then work, then returns.

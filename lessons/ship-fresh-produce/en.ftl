# Lesson: ship-fresh-produce (English)
# Facts from shared/domain/BRIEF.md, section 5 (Shopee fresh-food window).
# Packing tips for fruit and dry goods are everyday practice, not a platform rule:
# the brief found no packing standard of the platforms.

title = Send tangerines, custard apples and dry goods
summary = Choose whole fruit and pack it with air. Keep dry goods sealed tight.

## Step 1: fresh goods

fresh-intro =
    Fresh goods are fruit, vegetables and roots just picked.
    For example: tangerines, custard apples, khoai sâm.
    Fresh goods can spoil on the way.
    If the fruit spoils, the buyer asks to send it back.
    This lesson helps fresh goods arrive in good shape.

## Step 2: Shopee and fresh food

# source: ghn.vn blog on Shopee return policy [M], as of 19 Jun 2025
fresh-24h =
    On Shopee, from 19 June 2025:
    for fresh food, the buyer has 24 hours after receiving it.
    In those 24 hours they may ask to return it and get their money back.
    For other goods, the time is longer.
    TikTok Shop, Lazada and Voso/Postmart have their own rules.
    Rules can change. Check in your seller management page.

## Step 3: how long for fresh food

# source: ghn.vn blog on Shopee return policy [M], as of 19 Jun 2025
fresh-window = On Shopee (from 19 June 2025), how long does a buyer of tangerines have to ask for a return?
# source: ghn.vn blog on Shopee return policy [M], as of 19 Jun 2025
fresh-window-15d = 15 days
# source: ghn.vn blog on Shopee return policy [M], as of 19 Jun 2025
fresh-window-24h = 24 hours after receiving
fresh-window-never = No return allowed
# source: ghn.vn blog on Shopee return policy [M], as of 19 Jun 2025
fresh-window-15d-no = 15 days is for ordinary goods. Fresh food has much less time.
# source: ghn.vn blog on Shopee return policy [M], as of 19 Jun 2025
fresh-window-24h-yes =
    Fresh food has only 24 hours (from 19 June 2025).
    The buyer will open the box and look at once.
fresh-window-never-no = Fresh goods can be returned, but the time is very short.
# source: ghn.vn blog on Shopee return policy [M], as of 19 Jun 2025
fresh-window-hint-1 = Fruit spoils fast. The time is counted in hours, not days.

## Step 4: choose the fruit

# Everyday practice for fruit; not a platform rule.
pick-fruit =
    Choose the fruit carefully before packing.
    Take only whole fruit: not bruised, not too ripe.
    Custard apples bruise very easily and ripen fast.
    Choose custard apples that are mature but still firm.
    Wipe the fruit dry before packing.
    Wet fruit goes mouldy easily in a box.

## Step 5: what helps tangerines arrive fresh

fruit-box = What helps tangerines arrive fresh? Choose all that are right.
fruit-box-whole = Send only whole fruit, not bruised
fruit-box-wet = Wash them and pack them while still wet
fruit-box-paper = Wrap each fruit in a sheet of paper
fruit-box-holes = Use a box with small holes for air
fruit-box-sealed = Tie them tightly in a plastic bag
fruit-box-whole-why = One bruised fruit can spoil the ones next to it.
fruit-box-wet-why = Wet fruit easily goes mouldy in a closed box.
fruit-box-paper-why = Paper softens knocks and takes up some damp.
fruit-box-holes-why = Fruit needs air so it does not sweat.
fruit-box-sealed-why = In a sealed bag, water gathers on the fruit and it rots fast.
fruit-box-hint-1 = Three answers are right.
fruit-box-hint-2 = Fruit needs to be dry and to have air.

## Step 6: dry goods

# Everyday practice for dry goods; not a platform rule.
dry-goods =
    Dry goods are the opposite: they must be sealed tight.
    Shan tuyết tea, cardamom and smoked buffalo meat all fear damp.
    Tea and cardamom: put them in a zip bag and press out the air.
    Smoked meat: put it in a vacuum bag.
    Then put the bag in a firm box.

## Step 7: smoked buffalo meat

meat-bag = You send smoked buffalo meat far away. How do you pack it?
meat-bag-newspaper = Wrapped in newspaper
meat-bag-rubber = A plastic bag tied with a rubber band
meat-bag-vacuum = A vacuum bag, then into a box
meat-bag-newspaper-no = Newspaper does not keep out damp or hold in the smell.
meat-bag-rubber-no = A bag tied with a band still lets air in. The meat can get damp and mouldy.
meat-bag-vacuum-yes = A bag with no air keeps the meat dry. A firm box keeps the bag from tearing.
meat-bag-hint-1 = Dry goods need to be sealed, with no air inside.

## Step 8: tell the buyer

tell-buyer =
    Message the buyer through the platform's chat.
    Say clearly that these are fresh goods.
    Ask them to open the box as soon as it arrives.
    If some fruit is spoiled, ask them to send you a photo.
    The sooner you know, the sooner you can fix it.

## Practice round

practice =
    Now a little practice.
    There are three short questions.

practice-air = Which goods need a box with air holes?
practice-air-tea = Dry shan tuyết tea
practice-air-fruit = Fresh tangerines
practice-air-cardamom = Dry cardamom
practice-air-tea-no = Dry tea must be sealed tight. Damp takes away its smell.
practice-air-fruit-yes = Fresh fruit needs to breathe. An airy box stops it sweating.
practice-air-cardamom-no = Dry cardamom needs a sealed bag, not air.
practice-air-hint-1 = Choose the goods that are fresh, just picked.

practice-order = Put the steps for sending tangerines in the right order.
practice-order-pick = Choose whole fruit, not bruised
practice-order-dry = Wipe each fruit dry
practice-order-wrap = Wrap each fruit in paper
practice-order-box = Put them in a box with air holes
practice-order-note = Message the buyer to open it at once
practice-order-wrong = Work on the fruit first, then the box, and the message last.
practice-order-right = The tangerines are chosen with care, packed dry and airy. The buyer knows to check at once.
practice-order-hint-1 = The first step is choosing the fruit.
practice-order-hint-2 = The last step comes after the goods are sent.

practice-na = You send custard apples to a buyer far away. Which fruit do you choose?
practice-na-soft = Ripe and soft, ready to eat
practice-na-firm = Mature but still firm
practice-na-soft-no = Soft custard apples get crushed on the way.
practice-na-firm-yes = Firm fruit survives the long trip, then ripens at the buyer's home.
practice-na-hint-1 = Custard apples ripen fast and bruise very easily.

# Lesson: ship-glass-jars (English)
# Facts from shared/domain/BRIEF.md, section 5 (causes of returns) and 4.1 (fees).
# The packing steps are everyday practice, not a platform rule:
# the brief found no packing standard of the platforms.

title = Pack glass jars so they do not break
summary = Pack a honey jar in layers so it reaches the buyer whole.

## Step 1: why packing matters

intro =
    Hello { $learner }! This lesson is about packing.
    A platform is a market on the internet.
    For example: TikTok Shop, Shopee, Lazada, Voso/Postmart.
    Goods sold there travel far, on many trucks, through many hands.
    Mountain roads are bumpy, too.
    A glass jar packed carelessly breaks easily.

## Step 2: what broken goods cost

# source: nld.com.vn article 196251117213408858, one kitchenware seller [M], as of Nov 2025
broken-cost =
    A seller of kitchenware told her real story.
    Out of every 100 orders, 10 were sent back.
    Most of them because the goods broke.
    Each returned order cost her about { MONEY($per_return) }.
    The newspaper Người Lao Động reported this in November 2025.

## Step 3: add up the loss

# source: nld.com.vn, about 50,000 đ per return [M], as of Nov 2025
broken-loss =
    The kitchenware seller had { $returns } orders sent back.
    Each one cost her about { MONEY($per_return) }.
    How much did she lose in all, in đồng?
broken-loss-low = Too little. There are { $returns } orders, each costing the same.
broken-loss-high = Too much. Multiply the number of orders by the money per order.
broken-loss-right =
    She lost about { MONEY($loss) } just from broken goods.
    Careful packing saves this money.
broken-loss-hint-1 = Multiply the returned orders by the money lost on each.
broken-loss-hint-2 = For example: 4 orders at 20,000 đồng each is 80,000 đồng.

## Step 4: packing a jar in layers

# Everyday packing practice, not a platform rule (BRIEF: no packing standard found).
jar-layers =
    Pack a honey jar in layers.
    Screw the lid on tight and tape around it.
    Put the jar in a plastic bag, so honey cannot run out if it breaks.
    Wrap it many times in bubble wrap.
    Put it in a firm box and fill every gap.
    Last, shake the box to test it.

## Step 5: put the steps in order

jar-steps = Put the steps for packing a honey jar in the right order.
jar-steps-lid = Screw the lid tight, tape it
jar-steps-bag = Put the jar in a plastic bag
jar-steps-wrap = Wrap it many times in bubble wrap
jar-steps-box = Put it in a firm box, fill the gaps
jar-steps-shake = Shake the box to test it
jar-steps-wrong = Go from the inside out: the lid first, the box later.
jar-steps-right = The honey jar is protected in layers, from the lid to the box.
jar-steps-hint-1 = The first step is about the lid.
jar-steps-hint-2 = The last step tests the packed box.

## Step 6: the box rattles

rattle = You shake the box and hear a rattle inside. What do you do?
rattle-send = Send it anyway, the courier will be careful
rattle-tape = Put more tape around the outside of the box
rattle-fill = Open it and push in more paper until it is tight
rattle-send-no = The box goes through many trucks and hands. A jar with room to move breaks easily.
rattle-tape-no = Tape on the outside does not hold the jar inside. It still moves.
rattle-fill-yes = The jar has no room to move. It is less likely to break.
rattle-hint-1 = A rattle means the jar still has room to move.

## Step 7: a label on the box

# Everyday practice; no platform rule about labels was found.
fragile-label =
    Write big on the box: "Fragile" ("Hàng dễ vỡ").
    These words help the courier take care.
    But words do not replace careful packing.
    Pack well first, then write the words.

## Practice round

practice =
    Now a little practice.
    There are three short questions.

practice-test = After packing, what do you do to the box to know the jar is tight? Type one word.
# Accepted answers, one per line. Matching ignores case.
practice-test-accept =
    shake
    shake it
    shake the box
    rattle
    rattle it
    jiggle
practice-test-right = If the box does not rattle, the jar is packed tight.
practice-test-wrong = Remember the last step of packing a jar.
practice-test-hint-1 = You pick the box up and move it.
practice-test-hint-2 = You listen for a rattle.

practice-lose = A honey jar broke and was sent back. What do you lose? Choose all that are right.
practice-lose-honey = The broken jar of honey
# source: danviet, TikTok Shop fixed fee 3,000 đ per delivered order, not refunded on return [M], as of 27 Oct 2025
practice-lose-fee = The platform fee for that order, for example on TikTok Shop
practice-lose-nothing = Nothing, the courier pays for everything
practice-lose-buyer = Maybe that buyer too
practice-lose-honey-why = Honey that has run out cannot be sold again.
# source: danviet, TikTok Shop fixed fee per delivered order, not refunded on return [M], as of 27 Oct 2025
practice-lose-fee-why =
    A platform fee is money the platform takes on each order.
    From 27 Oct 2025, TikTok Shop does not give this fee back when an order is returned.
    Fees can change. Check in your seller management page, where you see your orders.
practice-lose-nothing-why = Do not count on someone else to pay. Careful packing is the surest way.
practice-lose-buyer-why = A buyer who gets a broken jar may not buy again.
practice-lose-hint-1 = Three answers are right.
practice-lose-hint-2 = Leave out the idea that someone else pays for everything.

practice-wrap = Which way keeps a glass jar safest?
practice-wrap-paper = One sheet of newspaper around the jar
practice-wrap-layers = A plastic bag, much bubble wrap, a firm box with no gaps
practice-wrap-none = The jar in a box, no wrapping needed
practice-wrap-paper-no = One sheet is too thin. The jar still hits the side of the box.
practice-wrap-layers-yes = Each layer does one job: the bag holds the honey, the wrap softens knocks, the box keeps its shape.
practice-wrap-none-no = An unwrapped jar knocks against the box and breaks easily.
practice-wrap-hint-1 = Choose the way with the most layers.

# A new lesson made by `chophien new lesson`. Change the text after each "=". Never change an id.
# Made-up example, not real prices.
title = New lesson
summary = One sentence on what this lesson teaches.

intro =
    Hello { $learner }! This is a read step.
    Each line indented with 4 spaces is a line on the screen.

best-place = Where is the best place to photograph a honey jar?
best-place-window = Near a window, in the daytime
best-place-bulb = Under a light bulb, at night
best-place-window-yes = Daylight is soft and even.
best-place-bulb-no = A bulb at night is often dim and yellow.
best-place-hint = The best light is natural light.

good-photo = What does a good main photo need? Choose all that are right.
good-photo-plain = A plain, light background
good-photo-big = The product is big, filling the photo
good-photo-clutter = Many other things around the product
good-photo-clutter-why = Things around the product make it hard to see.
good-photo-hint = Two answers are right.

pack-order = Put the packing steps in the right order.
pack-order-cool = Let the tea cool down fully
pack-order-bag = Put the tea in a closed bag
pack-order-box = Put the bag in a firm box
pack-order-wrong = Not the right order yet. What comes first?
pack-order-right = The tea will reach the buyer dry and fragrant.
pack-order-hint = The first step is to wait for the tea to cool.

cost-plus-fee =
    One jar of honey costs { MONEY($cost) }.
    Each order costs { MONEY($order_fee) } more in fees.
    What is the total, in đồng?
cost-plus-fee-low = Too little. Did you add the fee?
cost-plus-fee-high = Too much. Add only these two numbers.
cost-plus-fee-right = Right. Each order needs at least { MONEY($cost_with_fee) }.
cost-plus-fee-hint = Take { MONEY($cost) } and add { MONEY($order_fee) }.

background = Which background colour is best? Type the colour.
# One accepted answer per line.
background-accept =
    white
    white background
background-right = A white background makes the product stand out.
background-hint = It is the colour of clean paper.

late-scene = A buyer writes: the parcel is late.
late-open-say = Why is my parcel so late?
late-open-sorry = I am sorry, I will check right away.
late-open-sorry-why = Saying sorry first calms the buyer.
late-open-blame = It is the courier's fault, not mine.
late-open-blame-why = Blaming others makes the buyer angrier.
late-good-say = Thank you, I will wait a little longer.
late-poor-say = I will not buy here again.
late-hint = Start with an apology.

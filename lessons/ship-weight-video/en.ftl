# Lesson: ship-weight-video (English)
# Facts from shared/domain/BRIEF.md, sections 1.1 (description), 1.2 (Law 19/2023),
# 3 (field practice) and 5 (returns and evidence).
# The weights in this lesson are a made-up teaching example.

title = Weight, size and a packing video
summary = Weigh the whole parcel, measure the box, and film while you pack.

unit-gram = grams

## Step 1: why weigh

# source: Law 19/2023/QH15 Art. 37 (vi.wikisource.org) [H], in force 1 Jul 2024;
# TikTok Shop description guide (ecommercewithram 2022; tt123) [M]
weigh-why =
    Buyers need to know how heavy the goods are.
    The Consumer Protection Law, in force from 1 July 2024, asks for this.
    You must state the weight, the size and the shipping cost.
    TikTok Shop also advises stating the parcel's weight and size.
    So weigh the whole parcel once it is packed.

## Step 2: weigh the whole parcel

total-weight =
    One parcel holds:
    honey { $honey_g } grams,
    a glass jar { $jar_g } grams,
    bubble wrap and box { $box_g } grams.
    How many grams does the whole parcel weigh?
total-weight-low = Too little. Did you add the jar and the box?
total-weight-high = Too much. Add only these three numbers.
total-weight-right = The whole parcel weighs 1250 grams. The jar and box weigh almost as much as the honey.
total-weight-hint-1 = Add all three: honey, jar, box.
total-weight-hint-2 = For example: 100 grams plus 200 grams plus 50 grams is 350 grams.

## Step 3: what to put on the scale

weigh-what = What do you weigh to write the parcel's weight?
weigh-what-honey = Only the honey
weigh-what-hand = Lift it in your hand and guess
weigh-what-parcel = The whole parcel, fully packed
weigh-what-honey-no = The jar, the wrap and the box have weight too. Count them.
weigh-what-hand-no = A guess by hand is easily wrong. Use a scale.
weigh-what-parcel-yes = The packed parcel is what the courier carries.
weigh-what-hint-1 = Think about what the courier carries away.

## Step 4: measure the box

# The brief could not verify how couriers price by box size: no formula is taught.
measure-box =
    Measure the box with a ruler: length, width, height.
    Write the sizes in centimetres.
    A compact box is easy to stack and is crushed less.
    A courier may charge by weight and by box size.
    Each courier counts differently. Ask at the post office near you.

## Step 5: a packing video

# source: vietnamnews.vn/society/1766505 [H], as of 2 Mar 2026;
# Shopee help article 79233 (buyer evidence includes unboxing video) [H]
video-why =
    Film a video while you pack.
    Some Mông sellers even stream the packing live.
    A buyer can send an unboxing video to the platform.
    You need your own video too.
    If a buyer says the goods were broken or missing, your video helps you prove it.

## Step 6: what the video shows

video-shows = What must the packing video show? Choose all that are right.
video-shows-code = The order code on the label, easy to read
video-shows-whole = The product whole, before packing
video-shows-closed = Only the box after it is taped shut
video-shows-layers = Every layer of packing, until the box is sealed
video-shows-cut = Cut out the middle to make it short
video-shows-code-why = The order code says which order this video belongs to.
video-shows-whole-why = Viewers see the goods were whole when they left your hands.
video-shows-closed-why = Once a box is taped, nobody knows what is inside.
video-shows-layers-why = Viewers see you packed carefully and left nothing out.
video-shows-cut-why = If a video is cut, viewers do not fully trust it.
video-shows-hint-1 = Three answers are right.
video-shows-hint-2 = A good video runs without a break, from start to end.

## Step 7: video in order

video-order = Put the shots in the right order.
video-order-code = Film the order code on the label
video-order-whole = Film the product, whole
video-order-wrap = Film wrapping each layer
video-order-seal = Film sealing the box and putting on the label
video-order-wrong = The video follows your work: the code, the goods, the packing, then the sealing.
video-order-right = Your video tells the packing from start to end.
video-order-hint-1 = The first shot tells which order this is.

## Step 8: keep the video

# source: ghn.vn blog on Shopee return policy (15 days after receipt) [M], as of 19 Jun 2025
video-keep =
    Name the video after the order code.
    Keep it at least until the return time is over.
    For example Shopee, from 19 June 2025: 15 days after the buyer receives the goods.
    Keeping it a little longer is safer.
    The time can change. Check in your seller management page.

## Practice round

practice =
    Now a little practice.
    There are three short questions.

practice-code = In the packing video, which code on the label do you film clearly? Type your answer.
# Accepted answers, one per line. Matching ignores case.
practice-code-accept =
    order code
    the order code
    order number
    tracking code
    tracking number
practice-code-right = The order code links the video to the right order.
practice-code-wrong = Remember the first shot of the video.
practice-code-hint-1 = Every order has its own code.
practice-code-hint-2 = It is the order's code, printed on the label on the box.

practice-cut = Your packing video has a piece cut out of the middle. Is it a good video?
practice-cut-fine = Still good, as long as it has the start and the end
practice-cut-weak = Less trusted, because not all the packing is seen
practice-cut-fine-no = Viewers will ask: what was in the cut piece?
practice-cut-weak-yes = Only a video without breaks makes viewers trust it.
practice-cut-hint-1 = Think: will viewers trust a part they cannot see?

# source: ghn.vn blog on Shopee return policy (15 days after receipt) [M], as of 19 Jun 2025
practice-keep = How long do you keep a packing video?
practice-keep-delete = Delete it as soon as the goods are sent
practice-keep-window = At least until the return time is over
practice-keep-none = No need to film a video
practice-keep-delete-no = A few days later, a buyer may report the goods as damaged. Then you have nothing to show.
practice-keep-window-yes = During the return time, you may need the video at any moment.
practice-keep-none-no = Without a video, it is hard to prove you packed everything whole.
practice-keep-hint-1 = A buyer can ask to return goods for some time after receiving them.

# Lesson: photo-frame (English)
# Facts from shared/domain/BRIEF.md, sections 1.1 and 2.1. See vi.ftl for sources.

title = Big, whole, from several sides
summary = Main photo: a big product, nothing cut off, a square photo. Then the other sides.

unit-percent = percent

## Step 1: the main photo

main-photo-what =
    Each listing has several photos.
    The first one is called the main photo.
    Buyers see the main photo first, as they scroll.
    The main photo must show the product very clearly.

## Step 2: fill the frame

fill-frame =
    The product must be big, more than half of the photo.
    TikTok Shop (guide of 2023): the product fills at least 60% of the photo.
    An older Lazada guide even asks for 80%.
fill-frame-picture =
    Two photos of one green tea packet.
    Left: the packet is big and fills nearly all the photo.
    Right: the packet is tiny in the middle of a large white space.

## Step 3

fill-small = The tea packet is tiny in the middle, with white all around. What do you do?
fill-small-fine = Leave it; a white background is enough
fill-small-closer = Move the phone closer and take it again, so the packet is big
fill-small-text = Write "TEA" in big letters on the photo
fill-small-fine-no = White is good, but the product is too small. Buyers cannot see it well.
fill-small-closer-yes = Closer means the product is big and clear, filling most of the photo.
fill-small-text-no = Do not write on photos. Photograph the product bigger.
fill-small-hint-1 = The product must fill more than half the photo.

## Step 4: square photos

square =
    Take square photos: as wide as they are tall.
    TikTok Shop and Lazada both recommend square photos.
    A square photo works on every platform.
    Many phones have a square mode, marked 1:1.

## Step 5: the whole product

whole-product =
    The main photo must show the whole product.
    Do not cut off the bag's strap or the jar's lid.
    A product with a part cut off is a faulty photo.
whole-product-picture =
    Two photos of one brocade bag.
    Left: the whole bag and strap, in the middle.
    Right: the bag slips into a corner; part of the strap and bottom are cut off.

## Step 6: angles and scale

angles =
    The main photo shows the front of the product.
    Then add the side, the back, and a close-up.
    It helps to have one photo of the product in your hand.
    Seeing the hand, buyers know if the jar is big or small.
    TikTok Shop allows up to 9 photos.
angles-picture =
    Three photos of one honey jar.
    One: the front. Two: the side, the jar looks narrow.
    Three: the jar held in a hand.

## Step 7

brocade-first = You sell a brocade bag. Which photo should be the main photo?
brocade-stitches = A close-up of a few stitches
brocade-front = The whole front of the bag, on a white cloth
brocade-pile = The bag hanging among many other bags
brocade-stitches-no = A close-up is good, but later. The main photo needs the whole bag.
brocade-front-yes = The main photo shows the whole product, from the front.
brocade-pile-no = Buyers cannot tell which bag you are selling.
brocade-first-hint-1 = The main photo shows the whole product, seen from the front.

## Step 8

main-photo = What does a good main photo need? Choose all that are right.
main-photo-plain = A plain, light background
main-photo-big = The product is big, filling most of the photo
main-photo-phone = A phone number written on the photo
main-photo-cut = A corner of the product cut off
main-photo-plain-why = A plain, light background helps buyers see the product.
main-photo-big-why = The product must be big and clear, not tiny in the middle.
main-photo-phone-why = TikTok Shop bans phone numbers in listings. Photos should have no writing either.
main-photo-cut-why = The main photo must show the whole product.
main-photo-hint-1 = Two answers are right.
main-photo-hint-2 = Buyers need to see the whole product clearly, and nothing else.

## Practice round

practice-intro =
    Now a little practice.
    Two short questions.

practice-hand = Why is it good to have a photo of the product in your hand?
practice-hand-pretty = To show off a nice hand
practice-hand-size = So buyers know if the product is big or small
practice-hand-rule = Because the platform requires it
practice-hand-pretty-no = The hand is only there to compare. Buyers need to know the product's size.
practice-hand-size-yes = Everyone knows how big a hand is. One look shows the product's size.
practice-hand-rule-no = It is advice, not a platform rule.
practice-hand-hint-1 = Think of a buyer far away who has never held the product.

practice-fill = By TikTok Shop's guide (2023), at least what percent of the photo must the product fill?
practice-fill-low = That is too small. The product must fill more than half the photo.
practice-fill-high = That is too big. TikTok Shop asks for less: a bit more than half the photo.
practice-fill-right = At least 60%: more than half the photo is the product.
practice-fill-hint-1 = More than half, that is more than 50%.
practice-fill-hint-2 = Lazada asks for 80%. TikTok Shop asks for less than 80% and more than 50%.

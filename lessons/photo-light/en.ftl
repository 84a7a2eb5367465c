# Lesson: photo-light (English)
# Facts from shared/domain/BRIEF.md, section 2 (product photos).

title = Light and background for a product photo
summary = Take bright, clear photos on a plain background.

## Step 1: why light matters

# Source: platform photo guides (Lazada guideline, fetpo.org) [M]: diffused natural light.
why-light =
    Hello { $learner }! Buyers see your product only in photos.
    A bright, clear photo helps buyers trust you.
    Look at the two photos of a honey jar.
    The dark photo makes the honey look dull.
    The bright photo shows the honey's golden colour.
why-light-picture =
    Two photos of one honey jar. Left: a dark photo, brown-grey, the jar is dim.
    Right: a bright photo, light background, the honey is clearly golden.

## Step 2: where to take the photo

best-place = Where is the best place to photograph a honey jar?
best-place-window = Near a window, in the daytime
best-place-bulb = Under a light bulb, at night
best-place-fire = Next to the cooking fire indoors
best-place-window-yes =
    Daylight from a window is soft and even.
    The product's colour looks true.
best-place-bulb-no =
    A bulb at night is often dim and yellow.
    The honey will look a different colour.
best-place-fire-no =
    Indoors near the fire is often dark and smoky.
    The photo will be blurry and dull.
best-place-hint-1 = The best light is natural light.
best-place-hint-2 = Choose a place with daylight.

## Step 3: a plain background

# Source: Lazada guideline via scribd, fetpo.org [M]; TikTok SEA recommends white (tkfff, 2023) [M].
plain-background =
    The background is where you put the product.
    The background should be plain and light.
    A white cloth or a sheet of white paper is enough.
    Move everything else away.
    Wipe dust and fingerprints off the jar.

## Step 4: type the background colour

background-color = Which background colour is most recommended? Type the colour.
# Accepted answers, one per line. Matching ignores case and diacritics.
background-color-accept =
    white
    white colour
    white color
    a white background
    white background
    pure white
background-color-right = A white background makes the product stand out.
background-color-hint-1 = It is the colour of clean paper.
background-color-hint-2 = It is also the colour of salt and of cotton.

## Step 5: a good main photo

main-photo = What does a good main photo need? Choose all that are right.
main-photo-plain = A plain, light background
main-photo-big = The product is big, filling the photo
main-photo-phone = Your phone number written on the photo
main-photo-clutter = Many other things around the product
main-photo-plain-why = A plain, light background lets buyers see the product clearly.
# Source: TikTok Shop, product at least 60% of the image (tkfff, 2023) [M].
main-photo-big-why = The product must be big and clear. Do not leave it tiny in the middle.
# Source: TikTok VN bans phone numbers and other contact details in listings (seller-vn.tiktok.com) [H];
# no text or watermark on photos (Lazada guideline, fetpo.org) [M].
main-photo-phone-why =
    Do not write your phone number on the photo.
    TikTok Shop does not allow phone numbers in a listing.
main-photo-clutter-why = Things around the product make it hard to see.
main-photo-hint-1 = Two answers are right.
main-photo-hint-2 = Buyers need to see the product clearly, nothing else.

## Step 6: more photos after the main one

# Source: TikTok Shop, up to 9 images, main image = front view (tkfff; tt123) [M].
# Scale reference: item in a hand (Etsy advice) [L].
more-photos =
    The main photo shows the front of the product.
    Then add photos of the side and the back.
    Add one close-up photo that shows the details.
    Add one photo of the product in your hand.
    Buyers will know if it is big or small.
    TikTok Shop lets you post up to 9 photos.

## Step 7: brocade bag, which photo first

brocade-first = You sell a brocade bag. Which photo should be the main one?
brocade-front = The whole bag front, on white cloth
brocade-stitches = A very close shot of some stitches
brocade-pile = The bag hanging among many other bags
brocade-front-yes = The main photo shows the whole product, from the front.
brocade-stitches-no = A close-up is good, but put it later. The main photo needs the whole bag.
brocade-pile-no = Buyers cannot tell which bag you are selling.
brocade-first-hint-1 = The main photo shows the whole product, seen from the front.

## Step 8: put the steps in order

photo-steps = Put the photo steps in the right order.
photo-steps-clean = Clean the product
photo-steps-place = Set it on white cloth
photo-steps-shoot = Take a photo of the front
photo-steps-check = Check that the photo is sharp
photo-steps-wrong = Not the right order yet. Think: what do you do before the photo?
photo-steps-right = You are ready to photograph your product.
photo-steps-hint-1 = The first step is to clean the product.
photo-steps-hint-2 = The last step is to look at the photo you took.

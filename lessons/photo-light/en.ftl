# Lesson: photo-light (English)
# Facts from shared/domain/BRIEF.md, section 2.1. See vi.ftl for sources.

title = Light and background for product photos
summary = Bright photos, on a plain background, of a clean product.

## Step 1

why-light =
    Hello { $learner }! Buyers see your product only in photos.
    A bright, clear photo helps buyers trust you.
    Look at the two photos of a honey jar.
    A dark photo makes the honey look dull.
why-light-picture =
    Two photos of one honey jar.
    Left: bright, white background, the honey clearly golden.
    Right: dark, grey-brown, hard to see.

## Step 2

best-place = Where is the best place to photograph a honey jar?
best-place-window = Near a window, in the daytime
best-place-bulb = Under a light bulb, at night
best-place-fire = Next to the cooking fire indoors
best-place-window-yes =
    Daylight from a window is soft and even.
    The product's colours look true.
best-place-bulb-no =
    At night a bulb gives weak, yellow light.
    The honey will look a different colour.
best-place-fire-no =
    Near the fire there is little light, and smoke.
    The photo will be blurred and dull.
best-place-hint-1 = The best light is natural light.
best-place-hint-2 = Choose a place with daylight.

## Step 3

plain-background =
    The background is where you put the product for the photo.
    It should be plain and light.
    A white cloth or a sheet of white paper is enough.
    Move everything else away.
plain-background-picture =
    Two photos of one honey jar.
    Left: the jar on a plain white background.
    Right: the jar among a pot, a bottle, a bag and leaves, on a patterned mat.

## Step 4

background-color = Which background colour is most recommended? Type the colour.
# Accepted answers, one per line.
background-color-accept =
    white
    white background
    pure white
background-color-right = A white background makes the product stand out.
background-color-hint-1 = It is the colour of clean paper.
background-color-hint-2 = It is also the colour of salt and of cotton.

## Step 5

clean-product =
    Before the photo, wipe the product clean.
    No dust and no fingerprints on the jar.
    Keep direct sun off the jar, so it does not shine.
    A shiny patch hides the honey's colour.

## Step 6

before-shoot = What should you do before the photo? Choose all that are right.
before-shoot-wipe = Wipe off dust and fingerprints
before-shoot-bulb = Wait for night and turn on the light
before-shoot-cloth = Lay out a white cloth as background
before-shoot-pots = Put pots and pans around the product to look lively
before-shoot-wipe-why = A clean product looks good and trustworthy.
before-shoot-bulb-why = Daylight is better than a bulb at night.
before-shoot-cloth-why = A white cloth is a plain background, easy to find.
before-shoot-pots-why = Things around the product make it hard to see.
before-shoot-hint-1 = Two answers are right.
before-shoot-hint-2 = Remember: daylight, a plain background, a clean product.

## Step 7

photo-steps = Put the photo steps in the right order.
photo-steps-clean = Wipe the product clean
photo-steps-place = Put it on a white cloth, near a window
photo-steps-shoot = Take a photo of the front
photo-steps-check = Check that the photo is clear
photo-steps-wrong = Think: what must you do before taking the photo?
photo-steps-right = You are ready to photograph your product.
photo-steps-hint-1 = The first step is to clean the product.
photo-steps-hint-2 = The last step is to look at the photo you took.

## Practice round

practice-intro =
    Now a little practice.
    Look at the two photos of a brocade bag.
practice-intro-picture =
    Two photos of one brocade bag.
    Left: the bag in clear red, yellow and green on white.
    Right: the same bag, dark and dull.

practice-bag = What is wrong with the photo on the right?
practice-bag-clutter = Many things around it
practice-bag-dark = It is too dark
practice-bag-cut = Part of the bag is cut off
practice-bag-clutter-no = The background is still plain, with nothing else on it.
practice-bag-dark-yes = Too little light makes the brocade colours dull.
practice-bag-cut-no = The whole bag and its strap are there. Look at the colours.
practice-bag-hint-1 = Compare the two photos: which is brighter?

practice-cloth = You have no background yet. What is quickest to use?
practice-cloth-blanket = A blanket with a flower pattern
practice-cloth-ground = The ground in the yard
practice-cloth-white = A sheet of white paper or a white cloth
practice-cloth-blanket-no = The pattern is busy and mixes with the product.
practice-cloth-ground-no = The ground has soil and leaves. It is not plain.
practice-cloth-white-yes = White paper or cloth is a plain, light background.
practice-cloth-hint-1 = A good background is plain and light.

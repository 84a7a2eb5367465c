# Lesson: photo-sharp (English)
# Facts from shared/domain/BRIEF.md, sections 1.1 and 2.1-2.2. See vi.ftl for sources.

title = Sharp and big enough
summary = Photos that are not blurred, big enough, with no writing over them.

unit-pixel = pixels

## Step 1

sharp =
    A blurred photo makes buyers doubt you.
    Hold the phone very still, with both hands.
    Tap the product on the screen so the phone makes that part sharp.
    Wipe the phone's lens before you take the photo.
sharp-picture =
    Two photos of one honey jar.
    Left: sharp; the lid and label are clear.
    Right: blurred; the jar's edges and the label are fuzzy.

## Step 2

blur-fix = Your photo of the honey jar is blurred. What do you do?
blur-fix-post = Post it anyway; buyers will not notice
blur-fix-darker = Make it darker so the blur shows less
blur-fix-again = Wipe the lens, hold the phone still, take it again
blur-fix-post-no = Buyers notice at once. A blurred photo may also be rejected by the platform.
blur-fix-darker-no = Dark and blurred is even worse. Take it again.
blur-fix-again-yes = Taking it again is the quickest way to a sharp photo.
blur-fix-hint-1 = What do you do with a spoiled photo?

## Step 3

size =
    A photo is made of many tiny dots. Each dot is called a pixel.
    A photo with few pixels breaks into squares when made bigger.
    TikTok Shop, since August 2023: at least 600 x 600 pixels.
    An older Lazada guide: at least 500 x 500.
    Photos sent by chat apps may be made smaller. Use the original photo on your phone.
size-picture =
    Two photos of one tea packet.
    Left: clear and big enough.
    Right: a too-small photo made bigger; it breaks into large squares.

## Step 4

min-size = TikTok Shop (since August 2023): at least how many pixels must each side of a photo have?
min-size-low = That is too small. 500 is the older Lazada figure.
min-size-high = That is too big. TikTok Shop asks for less.
min-size-right = At least 600 x 600 pixels. Phone photos are usually much bigger.
min-size-hint-1 = It has three digits and ends in 00.
min-size-hint-2 = It is one hundred more than Lazada's 500.

## Step 5

no-writing =
    Do not write words or a phone number on photos.
    Do not stamp your shop's name over a photo.
    Do not use black-and-white photos.
    A photo must show the product's true colours.

## Step 6

reject-reasons = Which photos are likely to be rejected by a platform? Choose all that are right.
reject-small = A photo smaller than 600 x 600 pixels
reject-blur = A blurred, fuzzy photo
reject-good = A square, bright, sharp photo on white
reject-grey = A black-and-white photo
reject-stamp = A photo with the shop's name stamped over it
reject-small-why = Below 600 x 600, TikTok Shop does not accept it.
reject-blur-why = Blur is a common reason for rejection.
reject-good-why = This is a good photo. Platforms do not reject it.
reject-grey-why = Black and white does not show the true colours.
reject-stamp-why = Writing or stamps over a photo are a reason for rejection.
reject-reasons-hint-1 = Four answers are right.
reject-reasons-hint-2 = Leave out only the square, bright, sharp photo.

## Practice round

practice-intro =
    Now a little practice.
    Two short questions.

practice-size = Your photo is only 400 x 400 pixels. Can you post it on TikTok Shop?
practice-size-ok = Yes, you can still see it
practice-size-too-small = No, it is smaller than 600 x 600
practice-size-ok-no = 400 is less than 600. The platform will not accept it.
practice-size-too-small-yes = Take it again with your phone and use the original photo.
practice-size-hint-1 = Compare 400 with the smallest size TikTok Shop accepts.

practice-stamp = You want to write your shop's name big across the photo. Should you?
practice-stamp-yes = Yes, so nobody takes the photo
practice-stamp-no = No
practice-stamp-yes-no = Writing over the photo hides the product and may get the photo rejected.
practice-stamp-no-yes = Your shop's name is already on the page. The photo needs only the product.
practice-stamp-hint-1 = Remember the reasons photos get rejected.

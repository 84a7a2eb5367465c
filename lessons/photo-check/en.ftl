# Lesson: photo-check (English)
# Review of module 2 with one picture per question. See vi.ftl for sources.

title = Check your photos before you post
summary = Look at each photo, find what is wrong, fix it before posting.

## Step 1

check-intro =
    Before you post, look at each photo again.
    Ask yourself five questions:
    Is the photo bright?
    Is the background plain?
    Is the product big and whole, nothing cut off?
    Is the photo sharp?
    Is the photo square and big enough?

## The four answers used by every question below

fault-dark = It is too dark
fault-blur = It is blurred
fault-small = The product is too small in the photo
fault-none = It is a good photo, nothing wrong

## Photo 1

check-1 = Photo 1: a brocade bag. Look carefully.
check-1-picture = A brocade bag on a dark grey background. The bag's red and yellow look dull.
check-1-fault = What is wrong with photo 1?
check-1-dark-yes = Too little light. Take it again near a window, in the daytime.
check-1-blur-no = The bag's lines are still sharp. Look at how bright it is.
check-1-small-no = The bag is still big in the photo. Look at how bright it is.
check-1-none-no = The bag's colours are dull. Buyers cannot see the true colours.
check-1-hint-1 = Compared with the white backgrounds before, what colour is this one?

## Photo 2

check-2 = Photo 2: a tea packet. Look carefully.
check-2-picture = A green tea packet on white. The packet's edges and label are all fuzzy.
check-2-fault = What is wrong with photo 2?
check-2-dark-no = The background is white and bright. Look at the packet's edges.
check-2-blur-yes = It is blurred. Wipe the lens, hold the phone still, take it again.
check-2-small-no = The packet is still big. Look at its edges.
check-2-none-no = The packet's edges and label are fuzzy. It is not sharp.
check-2-hint-1 = Look at the packet's edges: sharp or fuzzy?

## Photo 3

check-3 = Photo 3: a honey jar. Look carefully.
check-3-picture = A very small honey jar in the middle, with a large white space around it.
check-3-fault = What is wrong with photo 3?
check-3-dark-no = It is bright. Look at how big the jar is.
check-3-blur-no = The jar is small but not fuzzy. Look at how big it is.
check-3-small-yes = The jar is too small. Move closer so it fills more than half the photo.
check-3-none-no = The jar takes very little of the photo. Buyers can hardly see it.
check-3-hint-1 = Does the product fill more than half the photo?

## Photo 4

check-4 = Photo 4: a honey jar. Look carefully.
check-4-picture = A big, clear, golden honey jar on plain white. The lid and label show.
check-4-fault = How is photo 4?
check-4-dark-no = It is bright, on white. Not dark.
check-4-blur-no = The jar's edges and label are clear. Not blurred.
check-4-small-no = The jar fills most of the photo. Not small.
check-4-none-yes = Bright, plain background, the jar big and clear. It can be the main photo.
check-4-hint-1 = Not every photo has something wrong.

## Practice round

practice-intro =
    Now a little practice.
    Two short questions.

practice-checklist = Put the five check questions in the order of this lesson.
checklist-light = Is the photo bright?
checklist-background = Is the background plain?
checklist-whole = Is the product big and whole?
checklist-sharp = Is the photo sharp?
checklist-size = Is the photo square and big enough?
practice-checklist-wrong = Follow the order from the start: light, background, product, sharpness, size.
practice-checklist-right = Checking in this order, you will not miss anything.
practice-checklist-hint-1 = The first question is about light.
practice-checklist-hint-2 = The last question is about the photo's size.

practice-fix-dark = Your photo of tea is dark. How do you fix it?
practice-fix-dark-window = Take it again near a window, in the daytime
practice-fix-dark-fire = Take it again next to the fire
practice-fix-dark-post = Post it; the platform will brighten it
practice-fix-dark-window-yes = Daylight makes the tea's colour true and clear.
practice-fix-dark-fire-no = By the fire there is little light, and smoke.
practice-fix-dark-post-no = The platform does not fix photos for you. Take it again.
practice-fix-dark-hint-1 = Where does the best light come from?

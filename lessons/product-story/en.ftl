# Lesson: product-story (English)
# Facts from shared/domain/BRIEF.md, section 3. See vi.ftl for sources.
# Example products and people in this lesson are made up for teaching.

title = Tell your product's true story
summary = A true description: what it is, where it is from, how it is made.

## Step 1

story-why =
    { $learner }, buyers want to know where a product comes from.
    Who made it? How was it made?
    On a platform, the text under the photos is the product description.
    There, you tell your product's story.

## Step 2

story-true =
    The story must be true.
    Buyers trust you because you tell the truth.
    If the goods are not as described, buyers may send them back.
    And they will not buy from you again.

## Step 3

story-film =
    Many Mông sellers film their real work.
    Pigs roaming the hill. Meat hanging over the kitchen fire.
    Greens picked in the morning mist. Packing in front of the camera.
    Buyers see it with their own eyes, so they trust it.

## Step 4

story-parts =
    A good description has seven parts.
    One: what the product is, how heavy.
    Two: where it is made, and who makes it.
    Three: how it is made, how long it takes, which season.
    Four: what makes it different, told as facts.

## Step 5

story-parts-more =
    Five: how to use it and how to store it.
    Six: what the law says to state, like origin and use-by date.
    Seven: certificates, if you have them.
    The next lessons explain each part.

## Step 6

story-order = Put the first five parts of a description in the right order.
story-order-what = What it is, how heavy
story-order-place = Where it's made, who makes it
story-order-how = How it's made, which season
story-order-different = What is different, told as facts
story-order-use = How to use and store it
story-order-wrong = Follow the order you just read.
story-order-right = Your description will be clear and easy to read.
story-order-hint-1 = First, say what the product is.
story-order-hint-2 = Last, say how to use and store it.

## Step 7

true-fact = Mai sells smoked buffalo meat. Which sentence is a fact buyers can check?
true-fact-empty = A one-of-a-kind delicious dish
true-fact-smoke = Hung over a wood fire for one month
true-fact-health = Eat it and live long and healthy
true-fact-empty-no = This is empty praise. Buyers cannot check it.
true-fact-smoke-yes = This is how it is really made. Buyers can ask, and watch a video.
true-fact-health-no = This is a health promise. Do not write it.
true-fact-hint-1 = Choose the sentence about how the product is made.

## Practice round

practice-intro =
    Now a little practice.
    Two short questions.

practice-first = What should the first sentence of a description say?
practice-first-use = How to store it
practice-first-what = What the product is, how heavy
practice-first-ocop = Certificates
practice-first-use-no = How to store it comes near the end.
practice-first-what-yes = Buyers need to know at once what it is, and how much.
practice-first-ocop-no = Certificates come last.
practice-first-hint-1 = What is part one of the seven?

practice-true = Your tea is picked on the slope next to your village. Should you write "tea from a famous mountain top"?
practice-true-famous = Yes, it sounds better
practice-true-real = No, write the real place it is picked
practice-true-famous-no = It sounds nice but it is not true. Buyers who find out stop trusting you.
practice-true-real-yes = The slope by your village is the truth. The truth keeps buyers.
practice-true-hint-1 = What kind of story must it be?

# Lesson: product-story (English)
# Facts from shared/domain/BRIEF.md, sections 1.3 (prohibited claims), 1.4 (OCOP) and 3 (storytelling).
# Example products and people in this lesson are made up for teaching.

title = Tell a true story about your product
summary = Write a true story: what it is, where it comes from, how it is made.

## Step 1: why a story

# Source: baohoabinh.com.vn [H]: in OCOP (criteria of Decision 148/QĐ-TTg, 24 Feb 2023)
# the product story is worth 10 of 100 points and must be true.
story-why =
    { $learner }, buyers want to know where a product comes from.
    Who made it? How was it made?
    A true story helps buyers trust you.
    In OCOP star ratings, the story is worth 10 of 100 points.
    The story must be true.

## Step 2: the parts of a story

# Source: BRIEF section 3, suggested structure (author's synthesis, not a platform rule).
story-parts =
    A good story tells four things, in this order.
    One: what the product is, and how heavy.
    Two: where it is made, and who makes it.
    Three: how it is made, and in which season.
    Four: how to use it and how to store it.

## Step 3: put the parts in order

story-order = Put the parts of the story in the right order.
story-order-what = What it is, how heavy
story-order-place = Where it's made, who makes it
story-order-how = How it's made, which season
story-order-use = How to use and store it
story-order-wrong = Follow the order you just read.
story-order-right = Your story will be clear and easy to read.
story-order-hint-1 = First, say what the product is.
story-order-hint-2 = Last, say how to use and store it.

## Step 4: food, not medicine

# Source: Decree 15/2018/NĐ-CP; food ads that look like medicine are fined (vnfinance.vn) [H];
# TikTok Shop bans superlatives and cure claims (thucblog.com, 2022) [L].
food-not-medicine =
    Honey, tea and cardamom are food.
    They are not medicine.
    Write about the taste, where it grows, when it is harvested.
    Never write "cures illness" or "treats disease".
    Advertising food as if it were medicine is fined.
    Also do not write "the best" or "number one".

## Step 5: which lines can you write

honey-lines = When you sell honey, which lines may you write? Choose all that are right.
honey-line-origin = Wild flower honey, collected in Sìn Hồ
honey-line-cure = Honey cures stomach pain
honey-line-taste = Mild sweet taste, bright golden colour
honey-line-best = The best honey in Vietnam
honey-line-origin-why = Where the honey was collected is a true fact. Write it.
honey-line-cure-why = Do not write this. Honey is food, not medicine.
honey-line-taste-why = Taste and colour are what buyers want to know. Write it.
# Source: TikTok Shop word rules, no superlatives (thucblog.com, 2022) [L].
honey-line-best-why = Do not write "the best". Buyers cannot check it, and the platform bans it.
honey-lines-hint-1 = Two lines are right.
honey-lines-hint-2 = Drop the line about illness. Drop the line that boasts "best".

## Step 6: a fact you can check

true-fact = Mai sells smoked meat. Which line is a fact you can check?
true-fact-empty = A one-of-a-kind delicious dish
true-fact-smoke = Hung over a wood fire for a month
true-fact-health = Eat it for health and long life
true-fact-empty-no = This is empty praise. Buyers cannot check it.
true-fact-smoke-yes = This is how it is really made. Buyers can ask and watch a video.
true-fact-health-no = Do not write this. It is a promise about health.
true-fact-hint-1 = Choose the line about how the product is made.

## Step 7: write your own story

write-story =
    Write 2 to 4 sentences about one of your products.
    Say what it is, where it is made, how it is made.
    Write only true things. Do not write about illness.
idea-what = What the product is (honey, tea, cardamom...)
idea-place = Where it is made, who makes it (village, commune, mountain, field...)
idea-how = How it is made, which season (pick, dry, smoke...)
# Keywords, one per line; any one counts. Matching ignores case and diacritics.
idea-what-words =
    honey
    tea
    cardamom
    cinnamon
    ginger
    meat
    pork
    sausage
    tangerine
    tangerines
    orange
    oranges
    plum
    plums
    potato
    potatoes
    yam
    rice
    corn
    bamboo
    mushroom
    mushrooms
    vegetables
    brocade
    bag
    scarf
    skirt
    cloth
idea-place-words =
    village
    commune
    district
    mountain
    mountains
    hill
    hills
    forest
    field
    fields
    garden
    farm
    stream
    Sìn Hồ
    Mường Khương
    Điện Biên
    Lai Châu
    Lào Cai
    Hà Giang
    Sơn La
    Yên Bái
    Cao Bằng
    Hmong
    Mông
    Dao
    Thái
    Tày
    Nùng
    Giáy
idea-how-words =
    pick
    picked
    harvest
    harvested
    grow
    grown
    raise
    raised
    dry
    dried
    smoke
    smoked
    hang
    hung
    fire
    weave
    woven
    embroider
    embroidered
    cook
    cooked
    collect
    collected
    by hand
    season
    month
    spring
    summer
    autumn
    winter
write-story-hint-1 = First sentence: what the product is, and how heavy.
write-story-hint-2 = Next: which village, commune or mountain it comes from.
write-story-hint-3 =
    Example: Dried cardamom, 500 gram bag.
    Picked under the forest trees near my village.
    Dried over a wood fire.

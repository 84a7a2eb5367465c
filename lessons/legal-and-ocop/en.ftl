# Lesson: legal-and-ocop (English)
# Facts from shared/domain/BRIEF.md, sections 1.2, 1.4 and 3. See vi.ftl for sources.
# The example description and the people in it are made up for teaching.

title = Required facts and OCOP stars
summary = End with what the law asks for, and OCOP stars only with a valid certificate.

unit-month = months

## Step 1

legal-in-story =
    At the end of the description, give what the law asks for.
    Origin: where it was made.
    Ingredients: what it is made of.
    The use-by date, and how to exchange or return.
    Also say how to use it and how to store it.

## Step 2

ocop-what =
    OCOP is the state's "One Commune One Product" programme.
    Products get points, then 3 to 5 stars.
    The product story is worth 10 of 100 points.
    That story must be true as well.

## Step 3

ocop-rules =
    Only write the stars printed on a certificate that is still valid.
    Give the date of the certificate too.
    A certificate lasts 36 months.
    After that, the product must be rated again before you show stars.
    A product that was never rated gets no stars.

## Step 4

ocop-new-jar =
    Your honey has 3 OCOP stars.
    Now you sell it in a new kind of jar, not yet rated.
    What do you write for the new jar?
ocop-new-jar-same = 3 stars, because the honey is the same
ocop-new-jar-more = 4 stars, it looks better
ocop-new-jar-none = No stars; ask the OCOP officer first
ocop-new-jar-same-no = The new jar is a product that was not rated. You cannot show stars.
ocop-new-jar-more-no = Never write stars you do not have.
ocop-new-jar-none-yes = Show stars only when that product has a valid certificate.
ocop-new-jar-hint-1 = What about a product that was not rated?
ocop-new-jar-hint-2 = Stars come only from the certificate of that exact product.

## Step 5

ocop-months = How many months does an OCOP certificate last?
ocop-months-low = That is too few. It lasts three years.
ocop-months-high = That is too many. It lasts three years.
ocop-months-right = 36 months, that is three years. Check the date on the certificate.
ocop-months-hint-1 = It lasts three years.
ocop-months-hint-2 = A year has 12 months. How many months are three years?

## Step 6

story-example =
    Here is a sample description, made up for learning:
    Wild-flower honey, 500 ml jar.
    The bees live at the forest edge, near Mai's village in Sìn Hồ.
    The honey is collected in April, once a year.
    Mild sweet taste, bright golden colour.
    Keep the lid closed, in a dry, cool place.
    Origin: Sìn Hồ, Lai Châu. Use-by date on the lid.

## Step 7

write-story =
    Write 2 to 4 sentences about one of your products.
    Say what it is, where it is made, and how.
    Write only the truth. Nothing about illness.
idea-what = What the product is (honey, tea, cardamom...)
idea-place = Where it is made, who makes it (village, commune, mountain, field...)
idea-how = How it is made, which season (picked, sun-dried, dried, smoked...)
# Keywords, one per line; any one counts.
idea-what-words =
    honey
    tea
    cardamom
    cinnamon
    ginger
    meat
    buffalo
    pork
    sausage
    orange
    oranges
    tangerine
    tangerines
    custard apple
    custard apples
    plum
    plums
    khoai
    rice
    corn
    bamboo
    mushroom
    mushrooms
    brocade
    bag
    scarf
    skirt
    cloth
idea-place-words =
    village
    my village
    commune
    hamlet
    district
    mountain
    mountains
    hill
    forest
    field
    fields
    garden
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
    grow
    grown
    raise
    raised
    dry
    dried
    sun-dried
    smoke
    smoked
    fire
    kitchen
    weave
    woven
    embroider
    embroidered
    cook
    cooked
    by hand
    season
    month
    months
write-story-right = Your story has all three: the product, the place, how it is made. Keep it for your listing.
write-story-hint-1 = First sentence: what the product is, how heavy.
write-story-hint-2 = Next: which village, commune or mountain it comes from.
write-story-hint-3 =
    An example about meat: Smoked buffalo meat, 500 g bag.
    Made in my village, Điện Biên.
    Hung over a wood fire for one month.

## Practice round

practice-intro =
    Now a little practice.
    Two short questions.

practice-ocop-old =
    Your tea has 4 OCOP stars.
    The certificate is from March 2021, and it was not rated again.
    May you show 4 stars now?
practice-ocop-old-yes = Yes, it got 4 stars
practice-ocop-old-no = No, the certificate is more than 36 months old
practice-ocop-old-yes-no = A certificate lasts only 36 months. From March 2021, it ran out in March 2024.
practice-ocop-old-no-yes = The certificate ran out. Ask to be rated again, then show stars.
practice-ocop-old-hint-1 = How many months does an OCOP certificate last?
practice-ocop-old-hint-2 = March 2021 plus three years is March 2024.

practice-end = What belongs at the end of a honey description? Choose all that are right.
practice-end-shelf = The use-by date
practice-end-origin = The origin
practice-end-cough = Honey cures coughs
practice-end-return = How to exchange or return
practice-end-shelf-why = The law asks for the use-by date.
practice-end-origin-why = The law asks for the origin.
practice-end-cough-why = Never write that honey cures illness.
practice-end-return-why = The law asks how to exchange or return.
practice-end-hint-1 = Three answers are right.
practice-end-hint-2 = Leave out the line about illness.

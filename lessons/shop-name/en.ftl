# Lesson: shop-name (English)
# Facts from shared/domain/BRIEF.md, section 1.1. See vi.ftl for sources.
# Shop names and people in examples are made up for teaching.

title = Name your shop and your products
summary = A short name that says what you sell. No phone numbers.

## Step 1

name-why =
    Your shop name is the first thing buyers see.
    A good name says what you sell and where.
    For example: Mật Ong Sìn Hồ Nhà Mai (Mai's Sìn Hồ Honey).
    Buyers understand it at once.

## Step 2: softened, the only source is a 2022 copy of a TikTok rule [L]

name-rules =
    Many sellers advise: a short name, easy to read and remember.
    No more than 40 letters, spaces included.
    Do not put a platform's name, like "TikTok" or "Shopee", in it.
    Do not put a phone number in it.

## Step 3

name-best = Which shop name is best?
name-best-platform = TikTok Chè Ngon 0987 654 321
name-best-good = Chè Shan Tuyết Nhà A Páo
name-best-cheap = Hàng Rẻ Nhất Chợ!!! (Cheapest in the Market!!!)
name-best-platform-no = This name has a platform's name and a phone number. Do not use it.
name-best-good-yes = Short, and it says which tea and whose family.
name-best-cheap-no = This name does not say what you sell. Avoid "!!!" and "cheapest" too.
name-best-hint-1 = Choose the name that says what is sold.
name-best-hint-2 = Leave out names with a phone number or exclamation marks.

## Step 4: write your own shop name

my-shop-name =
    Type a shop name for yourself.
    The name must say what you sell.
    No more than 40 letters.
idea-product = The name says what you sell (honey, tea, brocade...)
# Keywords, one per line; any one counts.
idea-product-words =
    honey
    tea
    cardamom
    cinnamon
    ginger
    meat
    buffalo
    smoked
    tangerine
    tangerines
    orange
    custard apple
    plum
    khoai
    rice
    corn
    bamboo
    mushroom
    mushrooms
    vegetables
    brocade
    bag
    bags
    scarf
    skirt
    cloth
    produce
my-shop-name-right = This name says what you sell. Write it down for when you open your shop.
my-shop-name-hint-1 = Start with the product, for example: Cardamom.
my-shop-name-hint-2 = Add your village, commune or family name, for example: Lý Family Khoai Sâm.

## Step 5: what a listing is

listing-what =
    Each product has its own page on the platform.
    The page has photos, the product name, the price and a description.
    That page is called a listing.

## Step 6: product titles
# Source: nguyenanhtung.vn; ecommercewithram.blogspot.com 2022 [M].

title-what =
    A product name says three things.
    What it is, what it is made of, and how much.
    For example: Dried cardamom from Sìn Hồ, 500 g bag.

## Step 7

title-not =
    By TikTok Shop's guide (2022), a product name must not have:
    offers, like "50% off";
    web links, or the seller's name;
    the name TikTok or any other platform;
    symbols, like ★ or !!!

## Step 8

title-ok = Which product names can you write? Choose all that are right.
title-ok-honey = Wild-flower honey from Sìn Hồ, 500 ml jar
title-ok-sale = 50% off today, good tea
title-ok-bag = Hand-woven brocade bag, hemp cloth, 30 x 25 cm
title-ok-phone = Khoai sâm ★★★ call 0987 654 321
title-ok-honey-why = It says which honey, from where, and how much.
title-ok-sale-why = No offers in a product name.
title-ok-bag-why = It says which bag, what it is made of, and how big.
title-ok-phone-why = No symbols and no phone number in a product name.
title-ok-hint-1 = Two answers are right.
title-ok-hint-2 = A good name says: what it is, what it is made of, how much.

## Practice round

practice-intro =
    Now a little practice.
    Two short questions.

practice-title = Sùng sells smoked buffalo meat. Which product name can she write?
practice-title-best = Best buffalo meat, 30% off
practice-title-other = Buffalo meat, cheaper on Shopee
practice-title-good = Smoked buffalo meat from Điện Biên, 500 g bag
practice-title-best-no = This name has an offer and the word "best". Do not write it.
practice-title-other-no = Do not name another platform in a product name.
practice-title-good-yes = It says which meat, from where, and how much.
practice-title-hint-1 = Choose the name that says what it is and how much.

# Source: seller-vn.tiktok.com [H]; help.shopee.vn article 138173 [H].
practice-phone = May you put a phone number in a listing on TikTok Shop?
practice-phone-yes = Yes, so buyers can call
practice-phone-no = No
practice-phone-yes-no = TikTok Shop bans phone numbers in listings. Buyers message you on the platform.
practice-phone-no-yes = TikTok Shop bans phone numbers. Shopee also bans them in selling videos.
practice-phone-hint-1 = Remember the shop name with a phone number in it, earlier in this lesson.

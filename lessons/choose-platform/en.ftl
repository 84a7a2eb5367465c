# Lesson: choose-platform (English)
# Facts from shared/domain/BRIEF.md, section 7 (training practice from the field).
# The people named in questions are made up for teaching.

title = Choose where to sell
summary = A platform is a market online. Choose one to start.

## Step 1: what a platform is

what-is-san =
    Hello { $learner }! This lesson is about selling platforms.
    A selling platform is like a market day, but online.
    Buyers go there to look at goods and buy them.
    On the platform, you open a shop.
    Your shop is your own stall on the platform.

## Step 2: check the word

san-means = What is a selling platform?
san-means-floor = A floor for drying goods
san-means-market = A market online, where buyers look and buy
san-means-town = A shop in the town
san-means-floor-no = Here a platform is not a floor. It is a market online.
san-means-market-yes = A platform is like a market day. Only, the market is online.
san-means-town-no = For a shop in town, buyers must go there. A platform is online.
san-means-hint-1 = Think of the market day. Where is this market?

## Step 3: four platforms

# Source: sggpnews.org.vn …99821 [M]: 5.2 million households had Voso/Postmart accounts by Feb 2022.
four-platforms =
    There are many platforms. This course talks about four.
    TikTok Shop: buyers watch short videos, then buy.
    Shopee and Lazada: buyers search for goods, then order.
    Voso and Postmart: platforms for farm produce.
    By February 2022, 5.2 million households had a Voso or Postmart account.

## Step 4: the Sìn Hồ example

# Source: kenh14.vn 2025-10-29; dantri.com.vn 2025-12-05 [H].
sin-ho-story =
    In Sìn Hồ, Lai Châu, people sell khoai sâm on TikTok Shop.
    In September and October 2025 they sold more than 300 tonnes.
    Many of the sellers are Mông, Dao and Thái women.
    Before, khoai sold at the field for only { MONEY($farm_low) } to { MONEY($farm_high) } a kilo.
    On TikTok Shop, the price is { MONEY($tiktok_low) } to { MONEY($tiktok_high) } a kilo.

## Step 5: how much more per kilo

# Source: as above (kenh14.vn; dantri.com.vn, 2025) [H].
sin-ho-gain =
    The highest price at the field was { MONEY($farm_high) } a kilo.
    The highest price on TikTok Shop was { MONEY($tiktok_high) } a kilo.
    How many đồng more is one kilo on the platform?
sin-ho-gain-low = That is too small. Take the big price minus the small price.
sin-ho-gain-high = That is too big. Take the big price minus the small price, once.
sin-ho-gain-right = Each kilo brings { MONEY($gain) } more. Selling online can bring a better price.
sin-ho-gain-hint-1 = Take { MONEY($tiktok_high) } minus { MONEY($farm_high) }.
sin-ho-gain-hint-2 = Another example: { MONEY($ex_big) } minus { MONEY($ex_small) } is { MONEY($ex_diff) }. Do the same.

## Step 6: how to choose (teaching advice, not a platform rule)

how-to-choose =
    Which platform? Ask yourself three questions.
    One: which platform do my buyers use?
    Two: in my commune, does a class or the post office help with one platform?
    Three: how much does that platform charge?
    Platform fees are the money a platform takes when you sell.
    Module 4 explains platform fees.

## Step 7: which questions help

choose-questions = Which questions help you choose? Choose all that are right.
choose-buyers = Which platform do my buyers use?
choose-logo = Which platform has the nicest logo?
choose-help = Who in my commune can help with which platform?
choose-fees = How much does the platform charge?
choose-buyers-why = Sell where your buyers are.
choose-logo-why = A nice logo does not help you sell.
choose-help-why = With help nearby, you learn faster.
choose-fees-why = Platform fees take part of the money from each sale.
choose-questions-hint-1 = Three answers are right.
choose-questions-hint-2 = Leave out the one about the logo.

## Practice round

practice-intro =
    Now a little practice.
    Three short questions.

practice-video = Lan likes to film her tea field. Which platform suits video best?
practice-video-lazada = Lazada
practice-video-tiktok = TikTok Shop
practice-video-none = No platform has video
practice-video-lazada-no = On Lazada, buyers mostly search for goods. Video is not the main thing.
practice-video-tiktok-yes = On TikTok Shop, buyers watch a video and buy.
practice-video-none-no = Some platforms use a lot of video. Read the part about the four platforms again.
practice-video-hint-1 = On which platform do buyers watch short videos, then buy?

practice-shop-word = What is your own stall on a platform called? Type one word.
# Accepted answers, one per line.
practice-shop-word-accept =
    shop
    store
    stall
practice-shop-word-right = Your shop is your own stall on the platform.
practice-shop-word-hint-1 = It starts with "sh".
practice-shop-word-hint-2 = At the market, each seller has a stall. Online it has another name.

practice-start = You are just starting. Which way is easier?
practice-start-all = Open all four platforms on one day
practice-start-one = Open one platform first and learn it well
practice-start-all-no = Four platforms at once is a lot of work. It is easy to get lost and give up.
practice-start-one-yes = Once you know one platform, you can open another.
practice-start-hint-1 = Learning one thing at a time is easier.

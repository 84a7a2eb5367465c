# Lesson: listing-law (English)
# Law 19/2023/QH15, Art. 37 and 39 [H]; in force 1 Jul 2024 [H]. See vi.ftl for details.

title = What a listing must say
summary = The law says a listing must tell buyers about you, the product and the sale.

## Step 1

law-intro =
    There is a law that protects buyers.
    It is the Law on Protection of Consumer Rights of 2023.
    It has applied since 1 July 2024.
    Selling through a platform must follow this law too.
    Article 37 of the law says what a listing must state.

## Step 2

law-about-you =
    Part one: about you, the seller.
    Your name, address and phone number.
    Your personal tax code.
    Platforms usually have their own boxes for these.

## Step 3

law-about-product =
    Part two: about the product.
    How heavy it is, how many pieces.
    Its quality, and what it is for.
    The price.
    Where it was made. This is called its origin.
    Until when it can be used. This is called the use-by date.

## Step 4

law-about-sale =
    Part three: about the sale.
    How much delivery costs.
    How the buyer can pay.
    How and when goods can be exchanged or returned.
    Any fees and taxes.

## Step 5

law-which = What must a listing for honey state? Choose all that are right.
law-which-weight = How heavy the jar is
law-which-house = A photo of your house
law-which-origin = Where the honey comes from
law-which-shelf = The use-by date
law-which-return = How to exchange or return it
law-which-weight-why = The law says to give the weight.
law-which-house-why = The law does not ask for this.
law-which-origin-why = Where it was made is its origin. The law asks for it.
law-which-shelf-why = The use-by date must be clear.
law-which-return-why = How to exchange or return must be clear.
law-which-hint-1 = Four answers are right.
law-which-hint-2 = Leave out the one that is not about the product or the sale.

## Step 6

shelf-life = A buyer asks: until when can I eat this honey? What must the listing state?
shelf-life-colour = The colour of the jar
shelf-life-date = The use-by date
shelf-life-old-price = Last year's price
shelf-life-colour-no = The jar's colour does not say until when the honey is good.
shelf-life-date-yes = The use-by date says until which day it can be used.
shelf-life-old-price-no = An old price says nothing about dates.
shelf-life-hint-1 = Milk cartons and noodle packets show this too.

## Step 7

origin-word = What do we call the place where a product was made? Type one word.
# Accepted answers, one per line.
origin-word-accept =
    origin
    place of origin
    source
origin-word-right = The origin is where the product was made, such as Sìn Hồ, Lai Châu.
origin-word-hint-1 = It starts with "ori".
origin-word-hint-2 = Labels often say: "Country of ...: Vietnam".

## Practice round

practice-intro =
    Now a little practice.
    Two short questions.

practice-missing =
    This is Lan's listing for tea:
    "Shan tuyết tea from Mường Khương, 200 g bag, price { MONEY($tea_price) }."
    What is still missing? Choose all that are right.
practice-missing-weight = How heavy it is
practice-missing-shelf = The use-by date
practice-missing-delivery = The delivery cost
practice-missing-return = How to exchange or return it
practice-missing-weight-why = The listing already says "200 g bag".
practice-missing-shelf-why = The listing does not give the use-by date yet.
practice-missing-delivery-why = The listing does not give the delivery cost yet.
practice-missing-return-why = The listing does not say how to exchange or return yet.
practice-missing-hint-1 = Three answers are right.
practice-missing-hint-2 = The weight is there. The others are not.

practice-platform-only = You sell only through a platform, with no shop of your own. Must you follow this law?
practice-platform-only-yes = Yes
practice-platform-only-no = No
practice-platform-only-yes-why = The law says so clearly: selling through a platform is covered.
practice-platform-only-no-why = This law also covers people who sell through a platform.
practice-platform-only-hint-1 = Think back to the start of the lesson: what about selling through a platform?

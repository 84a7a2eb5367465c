# Lesson: safe-real-goods (English)
# Facts from shared/domain/BRIEF.md, sections 1.1 (titles and brands), 1.2 (Law 19/2023 Art. 37),
# 1.3 (restricted categories), 1.4 (OCOP), 3 (true product story) and 5 (evidence).
# The people in the examples are made up for teaching. The notebook is everyday practice.

title = Real goods, with a clear origin
summary = Sell only real goods. Write where and when they were made. Show OCOP stars only with a valid certificate.

unit-year = years

## Step 1: only real goods

# source: baohoabinh.com.vn (OCOP product story must be true, checked by the authorities) [H]
real-only =
    Hello { $learner }! Buyers pay because they trust you.
    Sìn Hồ honey must be honey gathered in Sìn Hồ.
    Smoked buffalo meat must be buffalo, smoked over a real kitchen fire.
    The product's story must be true too.
    When OCOP stars are given, state officials check that story.

## Step 2: cheap honey from somewhere else

neighbour-honey = Someone offers you cheap honey from an unknown place. They say: "Just call it Sìn Hồ honey." What do you do?
neighbour-honey-sell = Buy it, label it "Sìn Hồ honey" and sell it
neighbour-honey-refuse = Do not buy it. Sell only honey whose origin you know
neighbour-honey-mix = Mix it with your own honey to have enough
neighbour-honey-sell-no = A false place of origin cheats buyers. If the honey is poor, they complain about you.
neighbour-honey-refuse-yes = You keep their trust. Buyers know your honey is real.
neighbour-honey-mix-no = Mixed honey is no longer your own honey. It is still a lie.
neighbour-honey-hint-1 = Do you know for sure where that honey comes from?

## Step 3: OCOP stars

# source: baodienbienphu.com.vn; vietnam.vn (certificate lasts 36 months, re-rating) [H];
# Decision 148/QĐ-TTg of 24 Feb 2023 (OCOP criteria) [H]; proatc.vn (3-5 stars; 1-2 below standard) [M]
ocop =
    OCOP is a programme that gives stars to local products.
    Products are given 3 to 5 stars.
    Show only the stars written on the certificate.
    A certificate lasts 36 months.
    When it runs out, the product must be rated again before you print stars.
    A product that was never rated may not show stars.

## Step 4: how many years

# source: baodienbienphu.com.vn; vietnam.vn (36 months) [H]
ocop-years = An OCOP certificate lasts 36 months. How many years is that?
ocop-years-low = Too few. A year has 12 months.
ocop-years-high = Too many. A year has 12 months.
# source: baodienbienphu.com.vn; vietnam.vn (36 months) [H]
ocop-years-right = 36 months is 3 years. Write the end date in your notebook.
ocop-years-hint-1 = A year has 12 months.
ocop-years-hint-2 = Count how many times 12 goes into 36.

## Step 5: a new jar

# source: BRIEF 1.4 lesson rule: never claim stars for a product that was not rated [H sources]
new-jar = Your honey in small jars got 3 OCOP stars. Now you also sell big jars, not yet rated. What goes on the big jar?
new-jar-stars = 3 stars, because it is the same honey
new-jar-none = No stars, because the big jar has not been rated
new-jar-more = 4 stars, because the jar is bigger
new-jar-stars-no = Stars belong only to the exact product that was rated. The big jar was not.
new-jar-none-yes = You tell the truth. Once the big jar is rated, you can show stars.
new-jar-more-no = Nobody may add stars themselves. That is a lie.
new-jar-hint-1 = Show only the stars on the certificate for that exact product.

## Step 6: brand names

# source: nguyenanhtung.vn; ecommercewithram.blogspot.com (TikTok Shop title rules) [M], as of 2022
brand =
    Do not use someone else's brand name.
    TikTok Shop allows a brand in the title only if you are allowed to use it.
    Do not print the OCOP mark without a certificate either.
    Do not take photos of other people's products.
    Use your own name and your own photos.

## Step 7: keep a notebook

# source: Law 19/2023/QH15 Art. 37 (origin, weight, shelf life in distance sales) [H], in force 1 Jul 2024
trace =
    The law from 1 July 2024 asks you to state origin, weight and shelf life.
    To get them right, keep a notebook.
    For each batch, write: the day you picked or took the honey, and where.
    Write the packing day, and how many jars or bags you made.
    When a buyer asks, you can answer at once.

## Step 8: what a listing must say

# source: Law 19/2023/QH15 Art. 37 [H], in force 1 Jul 2024
listing-must = What does the law from 1 July 2024 ask a product page to state? Choose all that are right.
listing-must-origin = Origin: where it is made
listing-must-weight = Weight
listing-must-bank = A private bank account number
listing-must-shelf = Shelf life
listing-must-cure = Illnesses the product cures
listing-must-origin-why = Buyers need to know where the goods come from.
listing-must-weight-why = Buyers need to know how much they get.
listing-must-bank-why = Money goes through the platform. Do not write a private account.
listing-must-shelf-why = Buyers need to know how long it keeps.
listing-must-cure-why = Food does not cure illness. Never write this.
listing-must-hint-1 = Three answers are right.
listing-must-hint-2 = Choose what tells where it comes from, how much, and how long it keeps.

## Step 9: papers and test reports

# source: trangnhung.tech (restricted categories need certificates or test reports) [M];
# seller-vn.tiktok.com knowledge_id=101756645132049 (test reports as dispute evidence) [H]
papers =
    Some kinds of goods need papers before you can list them.
    For example: a certificate, or a test report.
    A test report is also evidence when there is a complaint.
    Keep all your papers safe, and keep photos of them.
    Ask your cooperative or commune officer if you are not sure.

## Practice round

practice =
    Now a little practice.
    There are three short questions.

practice-origin = Where a product is made and comes from: what does the law call this? Type one word.
# Accepted answers, one per line. Matching ignores case.
practice-origin-accept =
    origin
    the origin
    place of origin
    provenance
practice-origin-right = The origin tells buyers your goods are real.
practice-origin-wrong = Look again at the first line of the notebook part.
practice-origin-hint-1 = It starts with "ori".
practice-origin-hint-2 = It says where the goods were made.

# source: baodienbienphu.com.vn; vietnam.vn (36 months, re-rating) [H]
practice-expired = Your OCOP certificate is more than 36 months old. What do you do?
practice-expired-keep = Keep printing the stars as before
practice-expired-rerate = Ask to be rated again; no stars until the new certificate
practice-expired-add = Add a star yourself to look nice
practice-expired-keep-no = Once the certificate runs out, you may not print the stars.
practice-expired-rerate-yes = Once re-rated, with a new certificate, you can print stars.
practice-expired-add-no = Nobody may add stars themselves. That is a lie.
practice-expired-hint-1 = Stars only go with a valid certificate.

practice-notebook = A buyer asks: "When was this honey taken?" What helps you answer right?
practice-notebook-memory = Try to remember it
practice-notebook-write = Write each batch in a notebook
practice-notebook-memory-no = With many batches it is hard to remember. It is easy to say something wrong.
practice-notebook-write-yes = Open the notebook: the day, the place and the amount are there.
practice-notebook-hint-1 = Choose the way that does not depend on memory.

# Lesson: food-not-medicine (English)
# Facts from shared/domain/BRIEF.md, section 1.3. See vi.ftl for sources.
# Health claims appear here ONLY as examples of what not to write.

title = Food, not medicine
summary = Never write that honey, tea or khoai sâm "cures" or "treats" anything.

## Step 1

food-not-medicine =
    Honey, tea, cardamom and khoai sâm are food.
    They are not medicine.
    Write about taste, where it grows, when it is harvested.
    Never write "cures illness" or "treats illness".

## Step 2

fines =
    Advertising food as if it were medicine is against the law.
    The food safety authority has fined many companies for this.
    A buyer who believes it may stop taking medicine. That is dangerous.

## Step 3

bad-example =
    This is a WRONG sentence. Never write like this:
    "Khoai sâm cures diabetes and treats sleeplessness."
    It promises to cure illness. Khoai sâm is food.
    Write instead: "Khoai sâm from Sìn Hồ, good boiled or steamed."

## Step 4

honey-lines = Selling honey, which lines may you write? Choose all that are right.
honey-line-origin = Wild-flower honey, collected in Sìn Hồ
honey-line-cure = Honey cures stomach pain
honey-line-taste = Mild sweet taste, bright golden colour
honey-line-best = The best honey in Vietnam
honey-line-origin-why = Where the honey comes from is true. Write it.
honey-line-cure-why = Do not write this. Honey is food, not medicine.
honey-line-taste-why = Taste and colour are what buyers want to know. Write it.
honey-line-best-why = Do not write "the best". Buyers cannot check it.
honey-lines-hint-1 = Two lines are right.
honey-lines-hint-2 = Leave out the line about illness. Leave out the one that boasts "best".

## Step 5

fix-line = "Honey treats coughs" is a wrong sentence. How do you fix it?
fix-line-faster = Honey helps your cough go away fast
fix-line-facts = Wild-flower honey, mild and sweet, collected in April
fix-line-best = The best honey for curing coughs
fix-line-faster-no = "Cough goes away" is still a promise to cure. Do not write it.
fix-line-facts-yes = It tells the kind of honey, its taste and its season. All facts.
fix-line-best-no = It still talks of curing, and adds "best".
fix-line-hint-1 = Choose the sentence that says nothing about illness.

## Step 6

supplement-warning =
    Health supplements are a separate kind of goods.
    They must carry this sentence:
    "This food is not a medicine and does not replace medicines that treat illness."
    Not sure which kind your goods are? Ask an officer at the district.

## Step 7

health-word = Type a word you must never write when selling honey.
# Accepted answers, one per line.
health-word-accept =
    cure
    cures
    treat
    treats
    heal
    heals
    medicine
health-word-right = Honey is food. Never write that it cures or treats illness.
health-word-hint-1 = The word says a product makes an illness go away.
health-word-hint-2 = Doctors do this for sick people.

## Practice round

practice-intro =
    Now a little practice.
    Two short questions.

practice-cardamom = You sell cardamom. Which sentence may you write?
practice-cardamom-stomach = Cardamom treats stomach ache
practice-cardamom-first = Number one cardamom of the North-West
practice-cardamom-cook = Dried cardamom, fragrant, for cooking phở and thắng cố
practice-cardamom-stomach-no = This promises to cure illness. Do not write it.
practice-cardamom-first-no = "Number one" cannot be checked.
practice-cardamom-cook-yes = It tells the smell and how to use it. All facts.
practice-cardamom-hint-1 = Choose the sentence about cooking.

practice-why = Why must you not write "cures illness" about honey?
practice-why-food = Because honey is food, not medicine
practice-why-long = Because the sentence is too long
practice-why-food-yes = Advertising food as medicine is against the law and is fined.
practice-why-long-no = It is not about length. Honey is not medicine.
practice-why-hint-1 = Is honey medicine, or food?

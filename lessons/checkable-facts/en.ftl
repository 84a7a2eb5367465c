# Lesson: checkable-facts (English)
# Facts from shared/domain/BRIEF.md, sections 1.3 and 3. See vi.ftl for sources.
# Example products, dates and weights in this lesson are made up for teaching.

title = What is different: say it with facts
summary = No empty praise. Say what buyers can check.

## Step 1

facts-not-praise =
    Do not use empty praise. Say what buyers can check.
    Empty praise is: "super tasty", "one of a kind", "top quality".
    Facts are: "picked by hand", "dried over a wood fire for 7 days".
    Facts help buyers trust you and choose your goods.

## Step 2

no-superlatives =
    Do not write "the best", "number one", "the first".
    Buyers cannot check those words.
    Many sellers say TikTok Shop does not allow them.

## Step 3

fact-lines = Which sentences are facts buyers can check? Choose all that are right.
fact-line-date = Tangerines picked on 10 December, sent the next day
fact-line-best = The sweetest tangerines in Vietnam
fact-line-fire = Cardamom dried over a wood fire for 7 days
fact-line-unique = Rare goods, found nowhere else
fact-line-date-why = Picking and sending dates are facts. Buyers can check them.
fact-line-best-why = "The sweetest" is empty praise. Nobody can check it.
fact-line-fire-why = How it is dried and for how many days are facts about how it is made.
fact-line-unique-why = "Rare goods" is empty praise. Say something specific instead.
fact-lines-hint-1 = Two answers are right.
fact-lines-hint-2 = Choose the sentences with dates, numbers of days, or how it is made.

## Step 4

numbers-help =
    Numbers help buyers trust you.
    How many grams. Which month it was picked. How many days it dried.
    But write only true numbers.
    A wrong number destroys trust.

## Step 5

rewrite-na = How should you rewrite "Wonderful custard apples"?
rewrite-na-number-one = Number one custard apples in the North
rewrite-na-facts = Custard apples from our garden, picked just ripe, about 300 g each
rewrite-na-sleep = Custard apples for good sleep and no tiredness
rewrite-na-number-one-no = "Number one" is praise nobody can check.
rewrite-na-facts-yes = Where, when and how heavy are all facts.
rewrite-na-sleep-no = This is a health promise. Do not write it.
rewrite-na-hint-1 = Choose the sentence with a place and a weight.

## Step 6

write-different =
    Write one sentence about what makes your product different.
    Use facts: how it is made, dates, weights.
idea-checkable = A fact buyers can check (a day, a month, grams, how it is made...)
# Keywords, one per line; any one counts.
idea-checkable-words =
    day
    days
    month
    months
    year
    years
    season
    hours
    gram
    grams
    g
    kilo
    kg
    litre
    ml
    old
    by hand
    hand-picked
    dried
    sun-dried
    smoked
    woven
    hand-woven
    embroidered
    dyed
    indigo
    hemp
    roasted
    picked
    grown
    raised
    village
    commune
    garden
    field
write-different-right = This sentence has a fact buyers can check.
write-different-hint-1 = Say how it is made: picked by hand, sun-dried, dried over a wood fire...
write-different-hint-2 = An example about cloth: Hemp cloth dyed with indigo, woven by hand over 2 months.

## Practice round

practice-intro =
    Now a little practice.
    Two short questions.

practice-word = Which words should you not write in a description?
practice-word-hand = picked by hand
practice-word-gram = 500 g
practice-word-best = the best
practice-word-hand-no = "Picked by hand" is a fact about how it is made. You may write it.
practice-word-gram-no = The weight is a fact. Write it.
practice-word-best-yes = "The best" cannot be checked. Many sellers say platforms do not allow it.
practice-word-hint-1 = Which words are praise, not a fact?

practice-tangerine = You sell tangerines. Which sentence should you write?
practice-tangerine-picked = Tangerines picked ripe from the tree, sent within 2 days
practice-tangerine-sweetest = The sweetest tangerines around
practice-tangerine-wonderful = Amazing tangerines, everyone loves them
practice-tangerine-picked-yes = It says how they are picked and how fast they are sent. Both are facts.
practice-tangerine-sweetest-no = "The sweetest" is empty praise, and a superlative.
practice-tangerine-wonderful-no = "Amazing" is empty praise. Buyers cannot check it.
practice-tangerine-hint-1 = Choose the sentence with how it is done and a number.

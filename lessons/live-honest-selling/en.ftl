# Lesson: live-honest-selling (English)
# Facts from shared/domain/BRIEF.md, sections 1.3 (prohibited claims), 3 (field practice),
# 4.3 (crossed-out prices). Tips for a live stream are everyday practice, not platform rules.

title = Sell live, honestly
summary = Show real goods, say true words, and keep your promises to buyers.

## Step 1: show, do not only tell

honest-show =
    When you stream live, show viewers the real goods.
    Put the goods on the scale so viewers see the number.
    Cut a custard apple in half to show the inside.
    Open a bag of tea and hold it close to the camera.
    If something is not perfect, like marks on tangerine skins, say so.

## Step 2: an honest demonstration

demo-na = You sell custard apples in a live stream. Which way of showing them is most honest?
demo-na-best = Film only the biggest, nicest fruit
demo-na-cut = Take any fruit from the basket and cut it in half
demo-na-other = Show photos of custard apples from another garden
demo-na-best-no = Buyers will get fruit unlike the one on screen. They feel cheated.
demo-na-cut-yes = Any fruit shows the real goods that buyers will get.
demo-na-other-no = Fruit from another garden is not yours. That is lying.
demo-na-hint-1 = Choose the way that shows exactly what buyers will get.

## Step 3: true words and true prices

# source: Decree 15/2018/NĐ-CP; vnfinance.vn (fines for food ads like medicine) [H];
# thucblog.com (no superlatives) [L], as of 2022; ecommercewithram.blogspot.com (crossed-out price) [M], as of 2022
true-words =
    What you say in a stream must be true too.
    Never say "cures".
    Many sellers advise avoiding "best", as in "the tastiest".
    Do not show a crossed-out price far above your real price.
    TikTok Shop treats that as a violation (by papers from 2022, check again).

## Step 4: which words can you say

live-words = Which sentences can you say in a stream? Choose all that are right.
live-words-origin = "Shan tuyết tea picked by hand in my village."
live-words-best = "The best tea in the world."
live-words-weight = "This bag is 200 grams, I will weigh it for you to see."
live-words-cure = "Drink this tea and your stomach ache goes away."
live-words-fewer = "Only 3 bags left!" when there are 50 bags at home
live-words-origin-why = The place and the picking are true. Say it.
# source: thucblog.com (TikTok Shop word rules, no superlatives) [L], as of 2022
live-words-best-why = Nobody can check "best". Many sellers advise avoiding it.
live-words-weight-why = A real number, weighed on camera. Viewers trust it.
live-words-cure-why = Tea is food. Never promise a cure.
live-words-fewer-why = Giving a false number to hurry buyers is a lie.
live-words-hint-1 = Two sentences can be said.
live-words-hint-2 = Choose true sentences that can be checked.

## Step 5: from viewer to buyer

viewers-to-buyers =
    Viewers only become buyers when they trust you.
    Greet people who join, by name.
    Answer every question, even the hard ones.
    From time to time, say again: what it is, how heavy, what price.
    Say clearly how to order on the platform.
    New orders show in your seller management page.
    When someone orders, thank them.

## Step 6: a hard question

viewer-question = A viewer asks: "Is this cardamom mouldy?" What do you do?
viewer-question-skip = Ignore the question and talk about something else
viewer-question-promise = Say "it never goes mouldy" without showing it
viewer-question-show = Open the bag and hold the cardamom close to the camera
viewer-question-skip-no = Ignoring the question makes viewers suspicious. They leave.
viewer-question-promise-no = A promise with no proof. Viewers want to see for themselves.
viewer-question-show-yes = Viewers see it with their own eyes. No words are better.
viewer-question-hint-1 = Showing is better than telling.

## Step 7: after the stream

after-live = Put the tasks after a live stream in the right order.
after-live-orders = Look at the new orders in your seller management page
after-live-pack = Pack each order, filming the packing
after-live-send = Send the goods
after-live-thanks = Thank the buyer through the platform's messages
after-live-wrong = Look at the orders first, then pack, then send, and thank last.
after-live-right = Buyers get the right goods, as promised in the stream.
after-live-hint-1 = The first task is knowing which orders you have.

## Practice round

practice =
    Now a little practice.
    There are three short questions.

# source: ecommercewithram.blogspot.com (TikTok Shop: crossed-out price far above recent prices is a violation) [M], as of 2022
practice-price = You still sell your honey at its real price. What crossed-out price should you show?
practice-price-real = The real price you sold at recently, or none
practice-price-fake = A very high price so buyers think the discount is big
practice-price-real-yes = Buyers see the real price. Nobody is cheated.
# source: ecommercewithram.blogspot.com (TikTok Shop rule) [M], as of 2022
practice-price-fake-no = A fake crossed-out price cheats buyers. TikTok Shop treats it as a violation (papers from 2022).
practice-price-hint-1 = Choose the way that does not cheat buyers.

practice-turn = What helps viewers become buyers? Choose all that are right.
practice-turn-name = Call viewers by name when you answer
practice-turn-repeat = Say again the goods, weight, price and how to order
practice-turn-lie = Say "almost sold out" when there is plenty
practice-turn-promise = Send goods exactly as you said
practice-turn-name-why = Viewers see that you notice them.
practice-turn-repeat-why = People who just joined learn at once what you sell and the price.
practice-turn-lie-why = Buyers will find out. They will not trust you again.
practice-turn-promise-why = Keep your promise and buyers come back.
practice-turn-hint-1 = Three answers are right.
practice-turn-hint-2 = Leave out the untrue one.

practice-scale = A viewer asks: "How heavy is this bag?" What do you put the bag on, in front of the camera? Type one word.
# Accepted answers, one per line. Matching ignores case.
practice-scale-accept =
    scale
    scales
    a scale
    the scale
    weighing scale
practice-scale-right = Viewers see the number on the scale. They trust it at once.
practice-scale-wrong = Think: what tells you how heavy a bag is?
practice-scale-hint-1 = At the market, sellers use it to sell by weight.
practice-scale-hint-2 = It has a dial or a screen showing grams.

# Lesson: get-ready (English)
# See vi.ftl for sources: only the phone number and personal tax code are backed by
# Law 19/2023/QH15 Art. 37 and 39 [H]; the rest is advice.

title = Get your papers ready
summary = What to have before you open a shop.

## Step 1

ready-intro =
    When you open a shop, the platform's app asks about you.
    Have your papers ready before you start.
    Each platform asks a little differently.
    Follow the steps in the app, one by one.

## Step 2

ready-list =
    Have these four things ready:
    One: your ID card.
    Two: your phone number.
    Three: a bank account in your name.
    Four: your personal tax code.

## Step 3

ready-which = What should you have ready? Choose all that are right.
ready-id = ID card
ready-land = Land-use certificate for your field
ready-phone = Your own phone number
ready-bank = A bank account in your name
ready-tax = Personal tax code
ready-id-why = The ID card shows who you are.
ready-land-why = That is a paper about land. You do not need it to open a shop.
ready-phone-why = Your phone number lets the platform and buyers reach you.
ready-bank-why = A bank account receives the money from your sales.
ready-tax-why = A personal tax code must be given when you sell online.
ready-which-hint-1 = Four answers are right.
ready-which-hint-2 = Leave out the paper about land.

## Step 4

# Source: Law 19/2023/QH15 Art. 37 and 39 [H].
own-name =
    Use your own phone number and your own account.
    The law says a seller must give their name, address and phone number.
    This law also covers people who sell through a platform.
    Money from sales should go to an account in your name.

## Step 5

# Source: Law 19/2023/QH15 Art. 37 [H].
tax-code =
    A personal tax code is your own number at the tax office.
    A seller who is a person must give this code when selling online.
    If you do not have one, ask the tax officer in your commune or district.

## Step 6

tax-code-missing = You have no personal tax code. What should you do?
tax-code-borrow = Borrow your neighbour's code
tax-code-skip = Skip it, no code is needed
tax-code-ask = Ask a tax officer how to get one
tax-code-borrow-no = A tax code belongs to one person. Never use someone else's.
tax-code-skip-no = A seller who is a person must give a tax code. You cannot skip it.
tax-code-ask-yes = The tax officer will show you how to get a tax code.
tax-code-missing-hint-1 = Who knows most about tax in your commune?

## Step 7

keep-safe =
    Keep your account safe.
    Never give your password to anyone.
    The platform may send you a code by text message.
    Never read that code to anyone else.
    Anyone who asks for your password or code may be a cheat.

## Step 8

scam-call =
    Someone calls and says they work for the platform.
    They ask for the code just sent to your phone.
    What do you do?
scam-call-read = Read the code to them
scam-call-hang-up = Do not read the code; hang up
scam-call-read-no = With that code, a stranger can get into your account.
scam-call-hang-up-yes = The code is only for you. Never give it to anyone.
scam-call-hint-1 = The code is like the key to your house.

## Practice round

practice-intro =
    Now a little practice.
    Two short questions.

practice-tax = What code must a seller who is a person give? Type your answer.
# Accepted answers, one per line.
practice-tax-accept =
    personal tax code
    tax code
    tax number
practice-tax-right = A personal tax code must be given when you sell online.
practice-tax-hint-1 = The tax office gives you this code.
practice-tax-hint-2 = Its name has the word "tax" in it.

practice-account = Whose account should the money from sales go to?
practice-account-stranger = A stranger who promises to sell for you
practice-account-own = Your own
practice-account-stranger-no = If the money goes to someone else, you may lose it.
practice-account-own-yes = An account in your name means the money from sales is yours.
practice-account-hint-1 = Whoever makes the goods receives the money.

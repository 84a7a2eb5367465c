# Lesson: tax-withheld (English)
# Facts from shared/domain/BRIEF.md, section 4.2. See vi.ftl for sources and what was left out.

title = Tax the platform keeps back
summary = Platforms keep back tax on every order. 2026 brings changes: ask a tax officer.

## Step 1

tax-what =
    Since 1 July 2025 there is a new rule on tax for online sales.
    It is Decree 117 of 2025.
    A platform that takes payment for you keeps back tax on every order.
    The platform pays that tax to the state, for you.

## Step 2

tax-rate =
    For goods, the platform keeps back 1.5% of each order.
    Of this, 1% is value added tax.
    And 0.5% is personal income tax.
    As of December 2025. Ask a tax officer if it has changed.

## Step 3

tax-amount =
    A jar of honey costs { MONEY($price) }.
    The platform keeps back 1.5% tax (since 1 July 2025).
    How many đồng of tax does it keep?
tax-amount-low = That is too small. 1.5% is one and a half đồng in every 100.
tax-amount-high = That is too big. 1.5% is only a very small share of the price.
tax-amount-right = The platform keeps { MONEY($tax) } tax on this jar.
tax-amount-hint-1 = Find 1% first: divide the price by 100. Then add half of that.
tax-amount-hint-2 = Another example: 1.5% of { MONEY($ex_price) } is { MONEY($ex_tax) }.

## Step 4

tax-no-double =
    Tax the platform has kept back, you do not declare again.
    Some platforms do not take payment for you.
    Selling there, you must declare tax yourself.
    If unsure, ask the tax officer in your commune or district.

## Step 5

tax-who-pays = In August 2025 you sell honey on TikTok Shop. Who pays the 1.5% tax?
tax-who-pays-you = You take the money to the tax office
tax-who-pays-platform = The platform keeps it back and pays it for you
tax-who-pays-buyer = The buyer pays it separately
tax-who-pays-you-no = The platform has already kept the tax. You do not declare it again.
tax-who-pays-platform-yes = Since 1 July 2025, a platform that takes payment keeps back and pays the tax.
tax-who-pays-buyer-no = The buyer only pays for the goods. The tax comes out of your money.
tax-who-pays-hint-1 = The platform takes the payment for you. So who keeps the tax?

## Step 6

tax-2026 =
    A new law passed on 10 December 2025 brings a big change.
    From 1 January 2026, anyone selling under { MONEY($threshold) } a year pays no tax.
    If tax was kept back but you owe none, you must apply to get it back.
    Do platforms still keep back tax? How do you get it back? Ask a tax officer.

## Step 7

tax-ask =
    In 2026 you sell little, under { MONEY($threshold) } a year.
    You see the platform still keeps back tax. What do you do?
tax-ask-nothing = Nothing; the money is lost
tax-ask-officer = Ask a tax officer how to get it back
tax-ask-outside = Sell outside the platform to avoid it
tax-ask-nothing-no = Tax kept back wrongly can be claimed back. Do not let it go.
tax-ask-officer-yes = The tax officer will show you how to apply to get it back.
tax-ask-outside-no = Selling outside the platform is not the answer. Ask a tax officer.
tax-ask-hint-1 = Who knows most about tax in your commune?

## Practice round

practice-intro =
    Now a little practice.
    Two short questions.

practice-tax =
    A bag of tea costs { MONEY($practice_price) }.
    The platform keeps back 1.5% tax (since 1 July 2025).
    How many đồng of tax is that?
practice-tax-low = That is too small. Find 1% first, then add half of it.
practice-tax-high = That is too big. 1.5% is only a very small share.
practice-tax-right = The platform keeps { MONEY($practice_tax) } tax on this bag of tea.
practice-tax-hint-1 = 1% of { MONEY($practice_price) } is the price divided by 100.
practice-tax-hint-2 = Take that 1%, and add half of it.

practice-cod = The buyer pays cash on delivery. Does the platform keep back tax?
practice-cod-no = No, because the buyer pays cash
practice-cod-yes = Yes, cash-on-delivery orders are taxed too
practice-cod-no-no = Guides to Decree 117 say cash-on-delivery orders are taxed too.
practice-cod-yes-yes = The order was still placed on the platform. Tax is kept back as for other orders.
practice-cod-hint-1 = Where did the buyer place this order?

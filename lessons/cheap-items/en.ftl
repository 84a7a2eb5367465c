# Lesson: cheap-items (English)
# Facts from shared/domain/BRIEF.md, sections 4.1 and 4.3. See vi.ftl for sources.
# All prices are made-up examples.

title = Cheap items and vouchers
summary = Why cheap items lose money. Who pays for vouchers. No fake old prices.

unit-percent = percent

## Step 1

cheap-lose =
    The fee per order is the same, for cheap goods or dear.
    For cheap goods, this fee is a big part of the price.
    News reports about online selling say so too.
    Goods under { MONEY($cheap_low) } to { MONEY($cheap_high) } easily lose all their profit to fees.

## Step 2

fee-share-cheap =
    A 1-kilo bag of khoai sâm costs { MONEY($khoai_bag) }.
    The fee per order is { MONEY($fee) } (TikTok Shop, since 27 October 2025).
    What per cent of the price is this fee?
fee-share-cheap-low = That is too small. Divide the fee by the price, then multiply by 100.
fee-share-cheap-high = That is too big. Divide the fee by the price, then multiply by 100.
fee-share-cheap-right = 10% of the price goes on the fee per order. That is a lot.
fee-share-cheap-hint-1 = Take { MONEY($fee) } divided by { MONEY($khoai_bag) }, then multiply by 100.
fee-share-cheap-hint-2 = How many times the fee is the price? Ten times means the fee is one tenth.

## Step 3

fee-share-dear =
    A brocade bag costs { MONEY($brocade_bag) }.
    The fee per order is still { MONEY($fee) }.
    What per cent of the price is this fee?
fee-share-dear-low = That is too small. Divide the fee by the price, then multiply by 100.
fee-share-dear-high = That is too big. The price is 100 times the fee.
fee-share-dear-right = Only 1%. The same fee costs dear goods much less.
fee-share-dear-hint-1 = The price is 100 times the fee. So what per cent is the fee?

## Step 4

bundle =
    A way to lose less on cheap goods: sell bigger packs.
    For example: a 5-kilo box of khoai sâm instead of a 1-kilo bag.
    One order pays the fee once, but sells more goods.
    You can also put several things in one pack, like tea with honey.

## Step 5

bundle-fee =
    A 5-kilo box of khoai sâm costs { MONEY($khoai_box) }.
    The fee per order is { MONEY($fee) }.
    What per cent of the price is this fee?
bundle-fee-low = That is too small. Divide the fee by the price, then multiply by 100.
bundle-fee-high = That is too big. The price is 50 times the fee.
bundle-fee-right = Only 2%, instead of 10% for the 1-kilo bag.
bundle-fee-hint-1 = Take { MONEY($fee) } divided by { MONEY($khoai_box) }, then multiply by 100.

## Step 6

vouchers =
    A voucher lets the buyer pay less.
    If you give a voucher, you pay for the discount.
    Shopee has its own voucher programme, which costs an extra fee.
    Since 29 December 2025, this fee is 3% to 4% by kind of goods (VTC news).
    Check it again in the platform's seller pages.

## Step 7

voucher-profit =
    A jar of honey costs { MONEY($price) }. You give a voucher of { MONEY($voucher) }.
    The buyer pays { MONEY($paid) }. The platform and tax take 15% of that: { MONEY($take_after) }.
    Fee per order { MONEY($fee) }. Cost { MONEY($cost) }.
    How much profit is left?
voucher-profit-low = That is too small. Take off only three things: the platform's share, the fee per order, the cost.
voucher-profit-high = That is too big. Start from what the buyer pays, not the old price.
voucher-profit-right = Only { MONEY($profit_after) } profit is left, instead of { MONEY($profit_before) }. The voucher eats into profit.
voucher-profit-hint-1 = Take { MONEY($paid) } minus { MONEY($take_after) }, then keep subtracting.
voucher-profit-hint-2 = Subtract in turn: the platform's share, then the fee per order, then the cost.

## Step 8

crossed-price =
    Some platforms show an old price, crossed out, beside your price.
    Do not write a made-up high old price to look like a big discount.
    For example: an old price of { MONEY($fake_old) } when you still sell at { MONEY($price) }.
    TikTok Shop treats this as a violation.

## Practice round

practice-intro =
    Now a little practice.
    Two short questions.

practice-cheap = You sell bags of tangerines at { MONEY($tangerine_bag) } an order. What helps you earn more?
practice-cheap-lower = Lower the price to get more buyers
practice-cheap-bigger = Sell bigger boxes, more fruit in each order
practice-cheap-voucher = Give extra vouchers
practice-cheap-lower-no = A lower price makes the fee per order an even bigger part. You lose more.
practice-cheap-bigger-yes = One order, one fee. In a big order, the fee is only a small part.
practice-cheap-voucher-no = Vouchers bring you less money. The profit gets thinner.
practice-cheap-hint-1 = How can one fee per order be shared by more goods?

practice-voucher = You give your own voucher of { MONEY($voucher) } on a honey jar. Who pays for that discount?
practice-voucher-platform = The platform
practice-voucher-you = You
practice-voucher-nobody = Nobody loses anything
practice-voucher-platform-no = For a voucher you give, the platform does not pay.
practice-voucher-you-yes = Your voucher comes out of your money. Work it out before you give it.
practice-voucher-nobody-no = The buyer pays less, so you receive less.
practice-voucher-hint-1 = Think back: how did the honey jar's profit change with a voucher?

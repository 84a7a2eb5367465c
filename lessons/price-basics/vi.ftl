# Lesson: price-basics (Vietnamese, base language)
# Facts from shared/domain/BRIEF.md, section 4.3 (what goes into the cost C).
# All money amounts in this lesson are a made-up teaching example, not market prices.
# Not counting returns is a common mistake (nld.com.vn) [M]; counting one's own labour is
# the brief's method (BRIEF 4.3), not a sourced observation.

title = Giá bán phải trả đủ mọi chi phí
summary = Tính hết chi phí: hàng, bao bì, công của bạn, và hàng bị trả lại.

## Step 1

price-covers =
    Giá bán phải trả đủ mọi chi phí.
    Còn dư ra mới là tiền lãi của bạn.
    Chi phí là tiền bạn bỏ ra cho một sản phẩm.
    Bài này tính chi phí của một hũ mật ong.

## Step 2

which-costs = Chi phí của một hũ mật ong gồm những gì? Chọn tất cả ý đúng.
cost-honey = Mật ong trong hũ
cost-jar = Hũ và nhãn dán
cost-tv = Tiền mua ti vi cho nhà
cost-labour = Công sức của bạn
cost-shipping = Tiền gửi hàng, nếu bạn trả
cost-honey-why = Mật ong là chi phí chính. Hãy tính vào.
cost-jar-why = Hũ và nhãn tốn tiền cho mỗi hũ. Hãy tính vào.
cost-tv-why = Ti vi là đồ trong nhà, không phải chi phí của hũ mật.
cost-labour-why = Thời gian bạn làm cũng đáng tiền. Hãy tính vào.
cost-shipping-why = Nếu bạn trả tiền gửi hàng, đó là chi phí. Hãy tính vào.
which-costs-hint-1 = Có bốn ý đúng.
which-costs-hint-2 = Chỉ bỏ thứ không dùng cho hũ mật.

## Step 3: own labour (the rate is the learner's choice; 40,000 đ/hour is made up)

own-labour =
    Công sức của bạn cũng là chi phí.
    Lọc mật, đóng hũ, gói hàng đều mất thời gian.
    Bạn tự chọn tiền công cho một giờ làm.
    Ví dụ: { MONEY($labour_rate) } một giờ.

## Step 4

labour-cost =
    Mỗi hũ mật, bạn làm mất nửa giờ.
    Tiền công một giờ là { MONEY($labour_rate) }.
    Tiền công cho một hũ là bao nhiêu?
labour-cost-low = Số này nhỏ quá. Nửa giờ là một nửa của một giờ.
labour-cost-high = Số này lớn quá. Bạn chỉ làm nửa giờ, không phải cả giờ.
labour-cost-right = Công cho một hũ là { MONEY($labour) }.
labour-cost-hint-1 = Nửa giờ thì lấy tiền một giờ chia 2.
labour-cost-hint-2 = Ví dụ khác: một giờ { MONEY($ex_hour) } thì nửa giờ { MONEY($ex_half) }.

## Step 5: returns allowance (BRIEF 4.3: expected return rate × loss per return)

returns-allowance =
    Có đơn bị người mua trả lại.
    Hũ có thể vỡ trên đường đi.
    Mỗi đơn bị trả, bạn mất tiền hàng, tiền gửi về, tiền phí.
    Vì vậy, mỗi đơn hãy để ra một khoản nhỏ.
    Khoản này bù cho những đơn bị trả.

## Step 6 (made-up rate: 1 return in 10 orders)

returns-per-order =
    Ví dụ: cứ 10 đơn thì có 1 đơn bị trả.
    Mỗi lần bị trả, bạn mất { MONEY($return_loss) }.
    Mỗi đơn cần để ra bao nhiêu để bù?
returns-per-order-low = Số này nhỏ quá. Chia số tiền mất cho 10 đơn.
returns-per-order-high = Số này lớn quá. Số tiền mất được chia cho cả 10 đơn.
returns-per-order-right = Mỗi đơn để ra { MONEY($returns_allow) }. Mười đơn bù được một lần mất.
returns-per-order-hint-1 = Lấy { MONEY($return_loss) } chia cho 10.
returns-per-order-hint-2 = Ví dụ khác: mất { MONEY($ex_loss) } trong 10 đơn thì mỗi đơn { MONEY($ex_share) }.

## Step 7: add up the cost of one jar

total-cost =
    Chi phí cho một hũ mật ong:
    mật ong { MONEY($honey) },
    hũ và nhãn { MONEY($jar) },
    hộp { MONEY($box) },
    công của bạn { MONEY($labour) },
    khoản bù hàng trả { MONEY($returns_allow) }.
    Ví dụ này, người mua trả tiền gửi hàng.
    Tổng chi phí một hũ là bao nhiêu?
total-cost-low = Còn thiếu. Bạn đã cộng đủ năm khoản chưa?
total-cost-high = Nhiều quá. Hãy cộng lại từng khoản một.
total-cost-right = Một hũ tốn { MONEY($cost) }. Học phần này sẽ dùng lại số này.
total-cost-hint-1 = Cộng cả năm khoản: mật, hũ, hộp, công, khoản bù.
total-cost-hint-2 = Cộng từng bước: mật với hũ, rồi thêm hộp, rồi công, rồi khoản bù.

## Practice round

practice-intro =
    Bây giờ luyện tập một chút.
    Có hai câu hỏi ngắn.

practice-forgot =
    Chị Lan tính giá một túi chè.
    Chị cộng tiền chè, tiền túi, tiền hộp.
    Chị còn quên khoản nào?
practice-forgot-tea = Tiền chè
practice-forgot-labour = Công của chị và khoản bù hàng trả
practice-forgot-nothing = Không quên gì cả
practice-forgot-tea-no = Chị đã cộng tiền chè rồi.
practice-forgot-labour-yes = Công sức và hàng bị trả đều làm tốn tiền.
practice-forgot-nothing-no = Chị còn thiếu hai khoản. Hãy nhớ lại bài vừa học.
practice-forgot-hint-1 = Hai khoản người bán hay quên nhất là gì?

practice-khoai =
    Một thùng khoai sâm 5 cân:
    khoai { MONEY($khoai) },
    thùng { MONEY($carton) },
    công { MONEY($khoai_labour) },
    khoản bù hàng trả { MONEY($khoai_returns) }.
    Tổng chi phí một thùng là bao nhiêu?
practice-khoai-low = Còn thiếu. Bạn đã cộng đủ bốn khoản chưa?
practice-khoai-high = Nhiều quá. Hãy cộng lại từng khoản một.
practice-khoai-right = Một thùng tốn { MONEY($khoai_cost) }.
practice-khoai-hint-1 = Cộng bốn khoản: khoai, thùng, công, khoản bù.
practice-khoai-hint-2 = Khoai với thùng trước, rồi thêm công, rồi thêm khoản bù.

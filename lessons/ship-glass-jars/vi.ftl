# Lesson: ship-glass-jars (Vietnamese, base language)
# Facts from shared/domain/BRIEF.md, section 5 (causes of returns) and 4.1 (fees).
# The packing steps are everyday practice, not a platform rule:
# the brief found no packing standard of the platforms.

title = Gói hũ thủy tinh cho khỏi vỡ
summary = Gói hũ mật ong nhiều lớp, để đến tay người mua vẫn lành.

## Step 1: why packing matters

intro =
    Chào { $learner }! Bài này nói về gói hàng.
    Sàn là chợ trên mạng.
    Ví dụ: TikTok Shop, Shopee, Lazada, Voso/Postmart.
    Hàng bán trên sàn phải đi xa, qua nhiều xe, nhiều tay.
    Đường núi lại xóc.
    Hũ thủy tinh gói sơ sài rất dễ vỡ.

## Step 2: what broken goods cost

# source: nld.com.vn article 196251117213408858, one kitchenware seller [M], as of Nov 2025
broken-cost =
    Một người bán đồ bếp kể chuyện thật.
    Cứ 100 đơn, có 10 đơn bị trả lại.
    Phần lớn là do hàng vỡ.
    Mỗi đơn trả lại làm chị mất khoảng { MONEY($per_return) }.
    Báo Người Lao Động kể chuyện này vào tháng 11/2025.

## Step 3: add up the loss

# source: nld.com.vn, about 50.000 đ per return [M], as of Nov 2025
broken-loss =
    Chị bán đồ bếp có { $returns } đơn bị trả lại.
    Mỗi đơn mất khoảng { MONEY($per_return) }.
    Chị mất tất cả bao nhiêu đồng?
broken-loss-low = Còn thiếu. Có { $returns } đơn, mỗi đơn mất một khoản như nhau.
broken-loss-high = Nhiều quá. Hãy nhân số đơn với số tiền mỗi đơn.
broken-loss-right =
    Chị mất khoảng { MONEY($loss) } chỉ vì hàng vỡ.
    Gói kỹ thì đỡ mất số tiền này.
broken-loss-hint-1 = Lấy số đơn bị trả nhân với tiền mất mỗi đơn.
broken-loss-hint-2 = Ví dụ: 4 đơn, mỗi đơn 20.000 đồng, là 80.000 đồng.

## Step 4: packing a jar in layers

# Everyday packing practice, not a platform rule (BRIEF: no packing standard found).
jar-layers =
    Gói hũ mật ong theo từng lớp.
    Vặn chặt nắp, quấn băng dính quanh nắp.
    Cho hũ vào túi ni lông, lỡ vỡ thì mật không chảy ra.
    Quấn nhiều vòng xốp hơi, loại có bong bóng nhỏ.
    Đặt hũ vào hộp cứng, chèn kín chỗ trống.
    Cuối cùng, lắc thử hộp.

## Step 5: put the steps in order

jar-steps = Xếp các bước gói hũ mật theo đúng thứ tự.
jar-steps-lid = Vặn chặt nắp, quấn băng dính
jar-steps-bag = Cho hũ vào túi ni lông
jar-steps-wrap = Quấn nhiều vòng xốp hơi
jar-steps-box = Đặt vào hộp cứng, chèn kín
jar-steps-shake = Lắc thử hộp
jar-steps-wrong = Hãy đi từ trong ra ngoài: nắp trước, hộp sau.
jar-steps-right = Hũ mật được bảo vệ nhiều lớp, từ nắp ra đến hộp.
jar-steps-hint-1 = Bước đầu tiên là làm với cái nắp.
jar-steps-hint-2 = Bước cuối cùng là thử hộp đã gói.

## Step 6: the box rattles

rattle = Bạn lắc hộp và nghe tiếng lọc cọc bên trong. Bạn làm gì?
rattle-send = Gửi luôn, người giao hàng sẽ cẩn thận
rattle-tape = Quấn thêm băng dính bên ngoài hộp
rattle-fill = Mở ra, chèn thêm giấy cho chặt
rattle-send-no = Hộp đi qua nhiều xe, nhiều tay. Hũ còn chỗ xô thì dễ vỡ.
rattle-tape-no = Băng dính bên ngoài không giữ được hũ bên trong. Hũ vẫn bị xô.
rattle-fill-yes = Hũ không còn chỗ xô đi xô lại. Hũ sẽ ít vỡ hơn.
rattle-hint-1 = Tiếng lọc cọc nghĩa là hũ còn chỗ để xô.

## Step 7: a label on the box

# Everyday practice; no platform rule about labels was found.
fragile-label =
    Viết to lên hộp: "Hàng dễ vỡ".
    Dòng chữ này giúp người giao hàng để ý.
    Nhưng chữ không thay được việc gói kỹ.
    Gói kỹ trước, rồi mới viết chữ.

## Practice round

practice =
    Bây giờ luyện tập một chút.
    Có ba câu hỏi ngắn.

practice-test = Gói xong, bạn làm gì với hộp để biết hũ đã chặt chưa? Gõ một từ.
# Accepted answers, one per line. Matching ignores case and diacritics.
practice-test-accept =
    lắc
    lắc thử
    lắc hộp
    lắc thử hộp
    lắc lắc
    rung
    rung thử
    rung hộp
    xóc
    xóc thử
practice-test-right = Hộp không kêu lọc cọc là hũ đã được chèn chặt.
practice-test-wrong = Hãy nhớ bước cuối cùng khi gói hũ.
practice-test-hint-1 = Bạn cầm hộp lên và làm cho nó chuyển động.
practice-test-hint-2 = Bạn nghe xem có tiếng lọc cọc không.

practice-lose = Hũ mật bị vỡ và bị trả lại. Bạn mất những gì? Chọn tất cả ý đúng.
practice-lose-honey = Hũ mật ong đã vỡ
# source: danviet, TikTok Shop fixed fee 3.000 đ per delivered order, not refunded on return [M], as of 27 Oct 2025
practice-lose-fee = Phí sàn lấy trên đơn đó, ví dụ TikTok Shop
practice-lose-nothing = Không mất gì, người giao hàng trả hết
practice-lose-buyer = Có thể mất luôn người mua đó
practice-lose-honey-why = Mật đã chảy ra thì không bán lại được.
# source: danviet, TikTok Shop fixed fee per delivered order, not refunded on return [M], as of 27 Oct 2025
practice-lose-fee-why =
    Phí sàn là tiền sàn lấy trên mỗi đơn.
    Từ 27/10/2025, TikTok Shop không trả lại phí này khi đơn bị trả.
    Phí có thể đổi. Hãy xem trong trang quản lý của người bán, nơi bạn xem đơn hàng.
practice-lose-nothing-why = Đừng trông chờ người khác trả. Gói kỹ là cách chắc nhất.
practice-lose-buyer-why = Người mua nhận hũ vỡ có thể không muốn mua lại.
practice-lose-hint-1 = Có ba ý đúng.
practice-lose-hint-2 = Bỏ ý cho rằng người khác sẽ trả hết.

practice-wrap = Cách nào giữ hũ thủy tinh an toàn nhất?
practice-wrap-paper = Một tờ giấy báo quanh hũ
practice-wrap-layers = Túi ni lông, nhiều vòng xốp hơi, hộp cứng chèn kín
practice-wrap-none = Cho hũ vào hộp, không cần bọc
practice-wrap-paper-no = Một tờ giấy quá mỏng. Hũ vẫn va vào thành hộp.
practice-wrap-layers-yes = Mỗi lớp che chắn một việc: túi giữ mật, xốp đỡ va, hộp giữ hình.
practice-wrap-none-no = Hũ không bọc sẽ va vào hộp và dễ vỡ.
practice-wrap-hint-1 = Chọn cách có nhiều lớp nhất.

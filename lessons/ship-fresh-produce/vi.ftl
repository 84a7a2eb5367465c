# Lesson: ship-fresh-produce (Vietnamese, base language)
# Facts from shared/domain/BRIEF.md, section 5 (Shopee fresh-food window).
# Packing tips for fruit and dry goods are everyday practice, not a platform rule:
# the brief found no packing standard of the platforms.

title = Gửi quýt, na và đồ khô
summary = Chọn quả lành, gói cho thoáng. Giữ đồ khô thật kín.

## Step 1: fresh goods

fresh-intro =
    Hàng tươi là quả, rau, củ vừa hái.
    Ví dụ: quýt, na, khoai sâm.
    Hàng tươi có thể hỏng trên đường đi.
    Quả hỏng thì người mua đòi trả lại hàng.
    Bài này giúp hàng tươi đến nơi vẫn ngon.

## Step 2: Shopee and fresh food

# source: ghn.vn blog on Shopee return policy [M], as of 19 Jun 2025
fresh-24h =
    Trên Shopee, từ ngày 19/6/2025:
    với thực phẩm tươi, người mua có 24 giờ sau khi nhận.
    Trong 24 giờ đó, họ được yêu cầu trả hàng và lấy lại tiền.
    Với hàng khác, thời hạn dài hơn.
    TikTok Shop, Lazada, Voso/Postmart có luật riêng.
    Luật có thể đổi. Hãy xem trong trang quản lý của người bán.

## Step 3: how long for fresh food

# source: ghn.vn blog on Shopee return policy [M], as of 19 Jun 2025
fresh-window = Trên Shopee (từ 19/6/2025), người mua quýt có bao lâu để yêu cầu trả hàng?
# source: ghn.vn blog on Shopee return policy [M], as of 19 Jun 2025
fresh-window-15d = 15 ngày
# source: ghn.vn blog on Shopee return policy [M], as of 19 Jun 2025
fresh-window-24h = 24 giờ sau khi nhận
fresh-window-never = Không được trả
# source: ghn.vn blog on Shopee return policy [M], as of 19 Jun 2025
fresh-window-15d-no = 15 ngày là cho hàng thường. Thực phẩm tươi thì ngắn hơn nhiều.
# source: ghn.vn blog on Shopee return policy [M], as of 19 Jun 2025
fresh-window-24h-yes =
    Thực phẩm tươi chỉ có 24 giờ (từ 19/6/2025).
    Người mua sẽ mở hàng và xem ngay.
fresh-window-never-no = Hàng tươi vẫn được trả, nhưng thời gian rất ngắn.
# source: ghn.vn blog on Shopee return policy [M], as of 19 Jun 2025
fresh-window-hint-1 = Quả hỏng rất nhanh. Thời hạn tính bằng giờ, không phải bằng ngày.

## Step 4: choose the fruit

# Everyday practice for fruit; not a platform rule.
pick-fruit =
    Chọn quả thật kỹ trước khi gói.
    Chỉ lấy quả lành, không dập, không chín quá.
    Na rất dễ dập và chín nhanh.
    Hãy chọn na đã già nhưng còn cứng.
    Lau khô quả trước khi gói.
    Quả ướt dễ bị mốc trong hộp.

## Step 5: what helps tangerines arrive fresh

fruit-box = Điều gì giúp quýt đến nơi vẫn tươi? Chọn tất cả ý đúng.
fruit-box-whole = Chỉ gửi quả lành, không dập
fruit-box-wet = Rửa nước rồi gói ngay khi quả còn ướt
fruit-box-paper = Gói mỗi quả trong một tờ giấy
fruit-box-holes = Dùng hộp có lỗ nhỏ cho thoáng khí
fruit-box-sealed = Buộc thật kín trong túi ni lông
fruit-box-whole-why = Một quả dập có thể làm hỏng cả những quả bên cạnh.
fruit-box-wet-why = Quả còn ướt dễ bị mốc trong hộp kín.
fruit-box-paper-why = Giấy đỡ va chạm và hút bớt hơi ẩm.
fruit-box-holes-why = Quả cần thoáng khí để không bị hấp hơi.
fruit-box-sealed-why = Trong túi kín, quả đọng hơi nước và nhanh thối.
fruit-box-hint-1 = Có ba ý đúng.
fruit-box-hint-2 = Quả cần khô và thoáng khí.

## Step 6: dry goods

# Everyday practice for dry goods; not a platform rule.
dry-goods =
    Đồ khô thì ngược lại: cần thật kín.
    Chè shan tuyết, thảo quả, thịt trâu gác bếp đều sợ ẩm.
    Chè và thảo quả: cho vào túi có khóa kéo, ép hết khí.
    Thịt gác bếp: cho vào túi hút chân không.
    Sau đó đặt túi vào hộp cứng.

## Step 7: smoked buffalo meat

meat-bag = Bạn gửi thịt trâu gác bếp đi xa. Gói thế nào?
meat-bag-newspaper = Gói trong giấy báo
meat-bag-rubber = Túi ni lông, buộc dây chun
meat-bag-vacuum = Túi hút chân không, rồi cho vào hộp
meat-bag-newspaper-no = Giấy báo không giữ được hơi ẩm và mùi.
meat-bag-rubber-no = Túi buộc chun vẫn lọt khí. Thịt dễ ẩm, dễ mốc.
meat-bag-vacuum-yes = Túi hút hết khí giữ thịt khô. Hộp cứng giữ túi khỏi bị rách.
meat-bag-hint-1 = Đồ khô cần thật kín, không còn không khí.

## Step 8: tell the buyer

tell-buyer =
    Nhắn cho người mua qua tin nhắn trên sàn.
    Nói rõ đây là hàng tươi.
    Mời họ mở hộp ngay khi nhận.
    Nếu có quả hỏng, xin họ chụp ảnh gửi cho bạn.
    Bạn biết sớm thì giải quyết sớm.

## Practice round

practice =
    Bây giờ luyện tập một chút.
    Có ba câu hỏi ngắn.

practice-air = Hàng nào cần hộp có lỗ thoáng khí?
practice-air-tea = Chè shan tuyết khô
practice-air-fruit = Quýt tươi
practice-air-cardamom = Thảo quả khô
practice-air-tea-no = Chè khô cần thật kín. Hơi ẩm làm chè mất mùi.
practice-air-fruit-yes = Quả tươi cần thở. Hộp thoáng giúp quả không bị hấp hơi.
practice-air-cardamom-no = Thảo quả khô cần túi kín, không cần thoáng.
practice-air-hint-1 = Chọn hàng còn tươi, vừa hái.

practice-order = Xếp các bước gửi quýt theo đúng thứ tự.
practice-order-pick = Chọn quả lành, không dập
practice-order-dry = Lau khô từng quả
practice-order-wrap = Gói mỗi quả trong giấy
practice-order-box = Xếp vào hộp có lỗ thoáng
practice-order-note = Nhắn người mua mở hàng ngay
practice-order-wrong = Hãy làm với quả trước, rồi đến hộp, cuối cùng là nhắn tin.
practice-order-right = Quýt được chọn kỹ, gói khô và thoáng. Người mua biết kiểm tra ngay.
practice-order-hint-1 = Bước đầu tiên là chọn quả.
practice-order-hint-2 = Bước cuối cùng làm sau khi đã gửi hàng.

practice-na = Bạn gửi na cho người mua ở xa. Chọn quả nào?
practice-na-soft = Quả đã chín mềm, ăn được ngay
practice-na-firm = Quả đã già nhưng còn cứng
practice-na-soft-no = Na chín mềm sẽ dập nát trên đường đi.
practice-na-firm-yes = Na cứng chịu được đường xa, rồi chín dần ở nhà người mua.
practice-na-hint-1 = Na chín nhanh và rất dễ dập.

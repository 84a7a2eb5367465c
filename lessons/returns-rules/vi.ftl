# Lesson: returns-rules (Vietnamese, base language)
# Facts from shared/domain/BRIEF.md, sections 1.2 (Law 19/2023) and 5 (returns and complaints).
# Platform rules change often: re-check every time limit in the seller management page before release.

title = Trả hàng: thời hạn và bằng chứng
summary = Mỗi sàn cho người mua một thời hạn. Bạn cần bằng chứng và trả lời đúng hạn.

unit-day = ngày

## Step 1: words

words =
    Chào { $learner }! Bài này có ba từ mới.
    Trả hàng: người mua gửi hàng lại cho bạn.
    Hoàn tiền: trả lại tiền cho người mua.
    Khiếu nại: người mua báo với sàn là đơn hàng có vấn đề.
    Sàn là chợ trên mạng, như TikTok Shop hay Shopee.

## Step 2: why buyers send goods back

# source: nld.com.vn (breakage) [M], as of Nov 2025; tiktokpartner.vn (return reasons) [L];
# thanhnien, nghean24h (abuse, change of mind) [M]
why-returns =
    Vì sao người mua trả hàng?
    Thường gặp là hàng vỡ hoặc hỏng trên đường.
    Có khi hàng không giống như lời tả.
    Có khi gửi nhầm, gửi thiếu, hoặc giao chậm.
    Cũng có người đổi ý, hoặc cố tình lợi dụng.

## Step 3: Shopee's time limits

# source: ghn.vn blog on Shopee return policy [M], as of 19 Jun 2025; older 3-day rule (giaban.info) [L]
shopee-rules =
    Shopee, từ ngày 19/6/2025:
    người mua có 15 ngày sau khi nhận để yêu cầu trả hàng.
    Thực phẩm tươi hoặc đông lạnh: chỉ 24 giờ.
    Tài liệu cũ ghi 3 ngày. Số đó đã cũ.
    Luật có thể đổi. Hãy xem trong trang quản lý của người bán, nơi bạn xem đơn hàng.

## Step 4: how many days

# source: ghn.vn blog on Shopee return policy [M], as of 19 Jun 2025
shopee-days =
    Shopee, từ 19/6/2025.
    Người mua túi thổ cẩm có mấy ngày để yêu cầu trả hàng?
shopee-days-low = Ít quá. Số nhỏ đó là luật cũ hoặc luật cho hàng tươi.
shopee-days-high = Nhiều quá. Hãy đọc lại phần vừa rồi.
# source: ghn.vn blog on Shopee return policy [M], as of 19 Jun 2025
shopee-days-right =
    Người mua có 15 ngày sau khi nhận hàng (từ 19/6/2025).
    Túi thổ cẩm không phải hàng tươi.
shopee-days-hint-1 = Túi thổ cẩm là hàng thường, không phải thực phẩm tươi.
shopee-days-hint-2 = Số này lớn hơn một tuần, nhỏ hơn ba tuần.

## Step 5: TikTok Shop's rules

# source: seller-vn.tiktok.com/university/essay?knowledge_id=1766935302801169 [H], as of 24 Oct 2025
tiktok-rules =
    TikTok Shop, theo trang luật ngày 24/10/2025:
    bạn quyết định hai lần.
    Lần đầu: đồng ý hay từ chối yêu cầu trả hàng.
    Lần sau: đồng ý hay từ chối hoàn tiền, khi hàng đã về tay bạn.
    Nếu bạn im lặng quá hạn, sàn tự động đồng ý.
    Hàng bị trả về, bạn kiểm tra trong 14 ngày.

## Step 6: silence on TikTok Shop

# source: seller-vn.tiktok.com knowledge_id=1766935302801169 [H], as of 24 Oct 2025
tiktok-silent =
    TikTok Shop, luật ngày 24/10/2025.
    Bạn không trả lời yêu cầu trả hàng đúng hạn.
    Điều gì xảy ra?
tiktok-silent-wait = Sàn chờ bạn mãi
tiktok-silent-auto = Sàn tự động đồng ý cho người mua
tiktok-silent-cancel = Yêu cầu tự hủy, bạn giữ tiền
tiktok-silent-wait-no = Sàn không chờ mãi. Quá hạn là sàn tự quyết.
# source: seller-vn.tiktok.com knowledge_id=1766935302801169 [H], as of 24 Oct 2025
tiktok-silent-auto-yes =
    Im lặng là mất quyền chọn (luật ngày 24/10/2025).
    Hãy xem tin nhắn và đơn hàng mỗi ngày.
tiktok-silent-cancel-no = Im lặng không giúp bạn giữ tiền. Sàn đồng ý cho người mua.
tiktok-silent-hint-1 = Trên TikTok Shop, không làm gì cũng là một câu trả lời.

## Step 7: evidence and its deadline

# source: seller-vn.tiktok.com knowledge_id=101756645132049 (24 h, listing and order copies, test reports) [H];
# magiamgiashopee.com citing help.shopee.vn (3-5 working days, 24 h) [M]; as of the brief, early 2026
evidence =
    Bằng chứng là thứ cho sàn thấy sự thật.
    Trên TikTok Shop, bạn thêm bằng chứng trong 24 giờ.
    Trên Shopee, sàn xét trong 3 đến 5 ngày làm việc.
    Nếu sàn xin thêm bằng chứng, bạn gửi trong 24 giờ.
    Luật tính đến đầu năm 2026. Hãy xem lại trong trang quản lý của người bán.

## Step 8: which evidence helps

evidence-which = Bằng chứng nào giúp bạn khi có khiếu nại? Chọn tất cả ý đúng.
evidence-which-video = Video đóng gói có mã đơn
evidence-which-neighbour = Lời kể của hàng xóm
evidence-which-listing = Ảnh chụp trang bán hàng và đơn hàng
evidence-which-insult = Tin nhắn mắng người mua
evidence-which-photos = Ảnh sản phẩm trước khi gửi
evidence-which-video-why = Video cho thấy hàng lành và gói kỹ khi rời tay bạn.
evidence-which-neighbour-why = Sàn không biết hàng xóm của bạn. Lời kể không đủ.
# source: seller-vn.tiktok.com knowledge_id=101756645132049 [H]
evidence-which-listing-why = TikTok Shop nói rõ: bản chụp trang bán và đơn hàng là bằng chứng tốt.
evidence-which-insult-why = Tin nhắn mắng người mua chỉ làm bạn thiệt thêm.
evidence-which-photos-why = Ảnh cho thấy hàng lúc còn ở nhà bạn.
evidence-which-hint-1 = Có ba ý đúng.
evidence-which-hint-2 = Chọn những thứ sàn xem được và tin được.

## Step 9: other platforms, and your own rules

# source: BRIEF section 5 (no Lazada return window found); Law 19/2023/QH15 Art. 37 [H], in force 1 Jul 2024
other-platforms =
    Lazada và Voso/Postmart cũng có luật trả hàng.
    Bài này chưa có số liệu chắc chắn cho hai sàn đó.
    Hãy xem trong trang quản lý của người bán.
    Luật từ 1/7/2024 cũng yêu cầu bạn ghi cách đổi trả.
    Ghi rõ trong trang bán hàng: khi nào đổi, đổi thế nào.

## Practice round

practice =
    Bây giờ luyện tập một chút.
    Có ba câu hỏi ngắn.

# source: ghn.vn blog on Shopee return policy [M], as of 19 Jun 2025
practice-fresh = Trên Shopee (từ 19/6/2025), người mua na tươi có bao lâu để yêu cầu trả hàng?
# source: ghn.vn blog on Shopee return policy [M], as of 19 Jun 2025
practice-fresh-24h = 24 giờ
# source: ghn.vn blog on Shopee return policy [M], as of 19 Jun 2025
practice-fresh-15d = 15 ngày
# source: giaban.info copy of an older Shopee rule [L]
practice-fresh-3d = 3 ngày
# source: ghn.vn blog on Shopee return policy [M], as of 19 Jun 2025
practice-fresh-24h-yes = Na là thực phẩm tươi. Từ 19/6/2025, thời hạn chỉ 24 giờ.
# source: ghn.vn blog on Shopee return policy [M], as of 19 Jun 2025
practice-fresh-15d-no = 15 ngày là cho hàng thường. Na tươi thì ngắn hơn nhiều.
# source: giaban.info copy of an older Shopee rule [L]
practice-fresh-3d-no = Số 3 ngày là luật cũ, và không dành cho hàng tươi.
practice-fresh-hint-1 = Na hỏng nhanh. Thời hạn tính bằng giờ.

# source: seller-vn.tiktok.com knowledge_id=101756645132049 [H], as of the brief, early 2026
practice-evidence = Trên TikTok Shop (đầu năm 2026), bạn có bao lâu để thêm bằng chứng?
practice-evidence-week = Một tuần
practice-evidence-month = Một tháng
# source: seller-vn.tiktok.com knowledge_id=101756645132049 [H], as of the brief, early 2026
practice-evidence-24h = 24 giờ
practice-evidence-week-no = Lâu quá. Thời hạn ngắn hơn nhiều.
practice-evidence-month-no = Lâu quá. Hãy chuẩn bị bằng chứng ngay từ lúc gói hàng.
practice-evidence-24h-yes = Thời gian rất ngắn. Vì vậy hãy giữ sẵn video và ảnh cho mỗi đơn.
practice-evidence-hint-1 = Thời hạn này tính bằng giờ.

# source: Law 19/2023/QH15 Art. 37 [H], in force 1 Jul 2024
practice-where = Luật từ 1/7/2024 yêu cầu ghi cách đổi trả. Bạn ghi ở đâu?
practice-where-listing = Trong trang bán hàng, trước khi người mua đặt
practice-where-later = Chỉ nói khi người mua đòi trả hàng
practice-where-nowhere = Không cần ghi
practice-where-listing-yes = Người mua đọc trước khi mua. Ai cũng biết luật từ đầu.
practice-where-later-no = Nói sau thì người mua thấy bất ngờ và dễ giận.
practice-where-nowhere-no = Luật yêu cầu ghi rõ cách đổi trả khi bán qua mạng.
practice-where-hint-1 = Người mua cần biết trước khi bấm đặt hàng.

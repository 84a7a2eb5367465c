# Chợ Phiên interface text, Tày (tyz-Latn-VN), Latin Tày orthography.
# DRAFT: translated from Vietnamese (English as a cross-check) without a native speaker.
# Every line must be reviewed by a fluent Tày reader before this draft is trusted.
# Modern and technical words are kept in Vietnamese, as Tày speakers use them.
# The diag-* messages (for trainers who write lessons) are left out on purpose:
# they fall back to Vietnamese.

## Command line

cli-about = Chợ Phiên: slon mở gian hàng vạ khai hàng nưa mạng, đeo bước đeo bước, bấu cần mạng.
cli-data-dir = Thư mục lưu tiến độ cúa cần slon (mặc định: thư mục dữ liệu cúa máy; lụ CHOPHIEN_DATA)
cli-pack = Chạy gói bài slon nẩy, bấu chạy khoá slon mì sẵn
cli-lang = Phuối cúa giao diện vạ bài slon (mã pện vi lụ en)
cli-ascii = Vẽ giao diện bằng ký tự ASCII (hẩư terminal bấu mì phông Unicode; lụ CHOPHIEN_ASCII=1)
cli-check-about = Ngòi gói bài slon (lụ khoá slon mì sẵn), bảo láo lúng lỗi vạ tệp:dòng:cột
cli-check-path = Thư mục gói bài slon (thư mục mì course.toml); bấu tẻm lẻ ngòi khoá slon mì sẵn
cli-format = Kiểu đầu ra: text lụ json
cli-lessons-about = Bảo học phần vạ bài slon, vạ kỉ lai chữ dá dịch cúa mọi phuối
cli-unknown-format = Bấu chắc kiểu "{ $found }": dùng text lụ json.
cli-error = Lỗi: { $detail }

## check

check-summary = { $errors ->
    [0] Bấu mì lỗi
   *[other] { $errors } lỗi
}, { $warnings ->
    [0] bấu mì cảnh báo
   *[other] { $warnings } cảnh báo
} dầu { $path }.
check-severity-error = lỗi
check-severity-warning = cảnh báo
check-help = sửa pền rừ

## lessons

lessons-header = Bài slon dầu { $path }
lessons-module = Học phần: { $title } ({ $id })
lessons-steps = { $count } bước
lessons-unavailable = bấu mở đảy: { $errors } lỗi, chạy "chophien check"

## The tutor

app-name = Chợ Phiên
too-small = Cửa sổ nọi lai. Hết hẩư cửa sổ cải them (ít nhất { $width } × { $height }).
run-needs-terminal = Chợ Phiên cần cửa sổ dòng lệnh (terminal). Mở dú terminal.
run-no-data-dir = Bấu hăn thư mục sle lưu tiến độ. Dùng --data-dir THƯ-MỤC lụ đặt CHOPHIEN_DATA.

languages-title = Lưởc phuối cúa pỉ noọng
language-draft = (bản dịch xằng kiểm tra)
name-title = Pỉ noọng tên lăng?
rename-title = Đổi tên
name-hint = Gõ tên cúa pỉ noọng, dá bấm Enter.
profiles-title = Cần hâư slon?
profiles-new = Cần slon mới

home-greeting = Chào { $name }! Lưởc bài slon đeo.
home-empty = Bấu mở đảy bài slon hâư. Thăm cần hướng dẫn.
lesson-new = mới
lesson-started = { $done } dầu { $total } bước
lesson-finished = slon lẹo dá
lesson-unavailable = xằng mở đảy

step-counter = Bước { $current } / { $total }
multi-instruction = Lưởc láo lúng câu đúng, dá bấm Enter.
number-instruction = Gõ số, dá bấm Enter.
number-invalid = Gõ số bằng chữ số, pện { $example }.
number-too-low = Số nẩy nọi lai.
number-too-high = Số nẩy cải lai.
text-counts = { $words } từ
text-min-words = ít nhất { $count }
text-max-words = lai nhất { $count }
text-no-match = Nẩy xằng lẻ câu táp cần chắc.
text-missing-ideas = Câu táp cúa pỉ noọng xằng phuối:
text-too-short = Tẻm them nọi: ít nhất { $count } từ.
text-too-long = Rì lai: lai nhất { $count } từ.
text-too-short-chars = Tẻm them nọi: ít nhất { $count } chữ cái.
text-too-long-chars = Rì lai: lai nhất { $count } chữ cái.
text-chars = { $chars } chữ cái
text-ideas-expected = Câu táp đây phuối thâng:
text-ideas-forbidden = Nắm tẻm:
order-yours = Thứ tự cúa pỉ noọng:
order-empty = (xằng mì lăng: bấm số cúa fiệc hết cón)
order-left = Nhằng xằng xếp:
order-ready = Xếp lẹo dá. Bấm Enter sle kiểm tra.
order-wrong = Bước mì dấu nhân dú bấu đúng tỉ. Bấm Backspace sle au oóc.
scenario-buyer = Khách:
scenario-you = Pỉ noọng:
scenario-your-reply = Pỉ noọng táp pền rừ? Lưởc câu đeo, dá bấm Enter.
scenario-debrief = Ngòi tẻo mọi câu táp cúa pỉ noọng:
scenario-poor-ending = Phuối căn lẹo dá, tọ bấu đây. Bấm Backspace sle au câu vừa táp, dá lưởc câu ún.
prompt-choose-reply = Lưởc câu táp đeo, dá bấm Enter.
prompt-tick-something = Lưởc ít nhất câu đeo: bấm số cúa câu tỉ. Dá bấm Enter.
prompt-place-every = Xếp lẹo láo lúng, dá bấm Enter sle kiểm tra.
prompt-type-something = Gõ câu táp dầu ô, dá bấm Enter.
multi-missed = Nhằng { $count } câu đúng pỉ noọng xằng lưởc.
multi-wrongly-picked = Mì { $count } câu pỉ noọng lưởc xằng đúng.

feedback-right = Đúng dá!
feedback-wrong = Xằng đúng.
feedback-try-again = Thử tẻo.
feedback-revealed = Câu táp đúng lẻ:
feedback-go-on = Bấm Enter sle pây tiếp.
hint-label = Gợi ý { $number }:

finished-title = Đây lai, { $name }! Pỉ noọng dá slon lẹo bài "{ $title }".
finished-body = Tiến độ cúa pỉ noọng dá lưu. Bấm Enter sle pây bài lăng.
finished-body-last = Nẩy lẻ bài cuối. Tiến độ cúa pỉ noọng dá lưu. Bấm Enter sle mừa danh sách bài.

notice-database-moved = Tệp tiến độ cũ hỏng dá. Tệp tỉ dá cất an toàn dú { $path }, vạ mì tệp mới dá. Bảo cần hướng dẫn.
notice-save-failed = Bước vừa dá xằng lưu đảy ({ $detail }). Bảo cần hướng dẫn.
notice-lessons-unavailable = { $count } bài slon mì lỗi, xằng mở đảy. Cần hướng dẫn hăn lỗi bằng lệnh "chophien check".
notice-continue = Bấm Enter sle pây tiếp.

## Help bar

key-enter = Enter
key-esc = Esc
key-space = Dấu cách
key-backspace = Backspace
key-delete = Delete
help-choose = Lưởc
help-ok = Đảy
help-open = Mở bài
help-next = Tiếp
help-check = Kiểm tra
help-continue = Pây tiếp
help-move = Di chuyển
help-digits-pick = Lưởc
help-digits-tick = Đánh dấu
help-digits-place = Xếp
help-place = Xếp dầu
help-undo = Au tẻo
help-undo-reply = Lưởc tẻo
help-reply = Táp
help-previous = Bước cón
help-back = Mừa
help-cancel = Huỷ
help-home = Danh sách bài
help-language = Phuối
help-learners = Cần slon
help-new = Cần slon mới
help-rename = Đổi tên
help-quit = Oóc
help-new-line = Xuống dòng
help-input-method = Telex/VNI/Tắt
help-tone-style = hoà/hòa
typing-telex = Telex
typing-vni = VNI
typing-off = Gõ thường
typing-tone-new = hoà
typing-tone-old = hòa

## Tiến độ, lời bảo

store-waiting = Mì cửa sổ Chợ Phiên ún nhằng dùng tiến độ cúa pỉ noọng. Nhằng thả…
store-busy = Cửa sổ Chợ Phiên ún nhằng dùng tiến độ cúa pỉ noọng. Đóng cửa sổ tỉ, dá mở tẻo.
store-disk-full = Ổ đĩa tẫm dá. Tiến độ cúa pỉ noọng nhằng an toàn, tọ Chợ Phiên bấu mở đảy. Xoá tệp bấu cần, dá mở tẻo. (Thư mục: { $path })
store-no-access = Chợ Phiên bấu đảy phép mở tiến độ cúa pỉ noọng. Bấu mì lăng đổi. Bảo cần hướng dẫn kiểm tra quyền cúa { $path }.
store-folder = Bấu dùng đảy thư mục tiến độ { $path }. Bấu mì lăng đổi. ({ $detail })
store-cannot-move-aside = Tệp tiến độ hỏng dá vạ bấu cất oóc đảy: { $path }. Bấu xoá lăng. Bảo cần hướng dẫn. ({ $detail })
store-failed = Bấu mở đảy tiến độ cúa pỉ noọng. Bấu mì lăng đổi. Bảo cần hướng dẫn. ({ $detail })

claim-cure = Pỉ noọng tẻm "{ $words }": nắm phuối sản phẩm chữa bệnh. Nẩy lẻ thực phẩm, bấu lẻ ya.
claim-superlative = Pỉ noọng tẻm "{ $words }": nắm khen "nhất", "số một". Phuối lăng khách kiểm tra đảy.
claim-phone = Pỉ noọng tẻm số điện thoại "{ $words }": sàn cấm tẻm số điện thoại. Khách nhắn tin nưa sàn.
claim-link = Pỉ noọng tẻm đường dẫn "{ $words }": nắm tẻm đường dẫn pây nọc sàn.
claim-email = Pỉ noọng tẻm địa chỉ thư "{ $words }": nắm tẻm cách liên hệ nọc sàn.
claim-off-platform-contact = Pỉ noọng tẻm "{ $words }": nắm mời khách pây Zalo lụ Facebook. Phuối căn nưa sàn.

## Help bar, more

help-sort = Xếp
help-workshop = Pan háng cúa khỏi
help-open-tool = Mở
help-next-field = Ô tiếp
help-fields = Di chuyển
help-check-photo = Kiểm tra ảnh
help-scroll = Cuộn

## Trainer and class screen

trainer-title = Giảng viên
trainer-pin-enter = Gõ mã PIN giảng viên, dá bấm Enter.
trainer-pin-choose = Xằng mì mã PIN giảng viên. Lưởc mã đeo: 4 thâng 8 chữ số.
trainer-pin-hint = Lừm mã PIN thì xoá đảy bằng "chophien class reset-pin".
class-title = Lớp slon: { $learners } cần slon, { $help } cần ái chuồi
class-sorted = Xếp tam { $order }. Bấm S sle đổi.
class-sort-help = cần ái chuồi
class-sort-name = tên
class-sort-lesson = bài
class-sort-score = điểm
class-no-lesson = xằng slon bài lăng
class-help-mark = ! ái chuồi: sai bước đeo 3 pày, lụ bài slon bấu lẹo 2 vằn dá.

## Workshops

step-workshop-open-price-sheet = Bấm Enter sle mở bảng giá cúa pỉ noọng.
step-workshop-open-story = Bấm Enter sle tẻm câu chuyện sản phẩm.
step-workshop-open-photo = Bấm Enter sle kiểm tra ảnh.
step-workshop-open-listing = Bấm Enter sle ngòi tin đăng khai.
step-workshop-done = Bài hết cúa pỉ noọng dá lưu.
ws-menu-title = Pan háng cúa khỏi
ws-menu-hint = Lăng pỉ noọng hết dú nẩy dá lưu. Pỉ noọng sửa đảy mọi lúc.
ws-made = hết dá
ws-tool-price-sheet = Bảng giá
ws-tool-story = Câu chuyện sản phẩm
ws-tool-photo = Kiểm tra ảnh
ws-tool-listing = Tin đăng khai
ws-error-empty = Tẻm số dầu nẩy.
ws-error-not-a-number = Nẩy bấu lẻ số. Tẻm chữ số, pện 50000.
ws-error-negative = Số nẩy bấu đảy dưới 0.
ws-error-absurd = Số nẩy cải lai. Lai nhất lẻ { $max }.
ws-error-no-room = Phí vạ lãi au { $percent } % giá khai. Bấu mì giá lăng đủ. Au lãi nọi lồng.
ws-price-title = Bảng giá
ws-price-intro = Tẻm chi phí hẩư sản phẩm đeo. Ngần tính bằng đồng.
ws-price-produce-cost = Ngần hàng
ws-price-own-hours = Số giờ pỉ noọng hết
ws-price-hourly-value = Công giờ đeo
ws-price-packaging = Bao bì
ws-price-shipping = Phí ship pỉ noọng trả
ws-price-return-rate = Hàng khách trả mừa (%)
ws-price-platform = Tỉ khai
ws-price-margin = Lãi ái mì (%)
ws-price-discount = Voucher (đồng lụ %)
ws-price-waiting = Tẻm dầu láo lúng ô. Giá khai oóc dú nẩy.
ws-price-result = Giá khai:
ws-price-break-even = Giá tắm nhất bấu lỗ:
ws-price-shares = Dầu pày khai đeo:
ws-share-produce = ngần hàng
ws-share-labour = công cúa pỉ noọng
ws-share-packaging = bao bì
ws-share-shipping = phí ship
ws-share-returns = hàng trả mừa
ws-share-fee = phí { $fee }
ws-share-profit = ngần lãi
ws-price-voucher = Mì voucher, khách trả { $pays }. Pỉ noọng lãi { $profit }.
ws-price-voucher-loss = Mì voucher, khách trả { $pays }. Pỉ noọng lãi { $profit }. Pỉ noọng lỗ dá.
ws-results-below = Lăng ô cuối, bấm ↓ sle ngòi lẹo kết quả.
ws-fee-payment = thanh toán
ws-fee-commission = hoa hồng
ws-fee-handling = mọi đơn
ws-fee-category-fixed = tam ngành hàng
ws-fee-infrastructure = hạ tầng mọi đơn
ws-fee-piship = PiShip
ws-fee-content-xtra = Content Xtra
ws-fee-voucher-xtra = Voucher Xtra
ws-fee-tax-withheld = thuế sàn giữ lại
ws-fee-affiliate = hẩư cần khai chuồi
ws-story-title = Câu chuyện sản phẩm
ws-story-intro = Táp mọi câu thảm bằng mấy từ. Tẻm lăng mì thật.
ws-story-name = Tên sản phẩm
ws-story-place = Bản lụ vùng
ws-story-quantity = Khối lượng
ws-story-product = Nẩy lẻ lăng?
ws-story-place-people = Cần lăng hết, dú tỉ lăng?
ws-story-process = Hết pền rừ?
ws-story-difference = Mì lăng đặc biệt?
ws-story-use-store = Dùng vạ cất pền rừ?
ws-story-legal = Xuất xứ, hạn dùng, đổi trả
ws-story-certificates = Chứng nhận (mì thì tẻm)
ws-story-result = Tên vạ mô tả cúa pỉ noọng:
ws-story-good = Đây. Bấu mì lăng cần sửa.
ws-issue-title-short = Tên slẳn lai: { $chars } chữ. Cần ít nhất { $min }.
ws-issue-title-long = Tên rì lai: { $chars } chữ. Lai nhất { $max }.
ws-issue-few-words = Mô tả mì { $words } từ. Tẻm ít nhất { $min } từ.
ws-issue-description-short = Mô tả slẳn lai: { $chars } chữ. Cần ít nhất { $min }.
ws-issue-description-long = Mô tả rì lai: { $chars } chữ. Lai nhất { $max }.
ws-issue-unanswered = Táp câu nẩy: { $question }
ws-issue-ocop = Ngòi tẻo số sao OCOP vạ vằn nưa giấy chứng nhận.
ws-in-title = dầu tên
ws-in-description = dầu mô tả
ws-claim-cure = "{ $text }" { $where }: thực phẩm bấu chữa đảy bệnh. Phuối vị vạ tỉ hết oóc.
ws-claim-superlative = "{ $text }" { $where }: nắm phuối "tốt nhất" lụ "số một".
ws-claim-phone = "{ $text }" { $where }: nắm tẻm số điện thoại. Khách đặt hàng nưa sàn.
ws-claim-link = "{ $text }" { $where }: nắm tẻm đường link.
ws-claim-email = "{ $text }" { $where }: nắm tẻm địa chỉ email.
ws-claim-marketplace = "{ $text }" { $where }: nắm tẻm tên tỉ khai ún.
ws-claim-off-platform-contact = "{ $text }" { $where }: nắm tẻm Zalo, Facebook lụ cách liên lạc ún.
ws-claim-ocop-without-date = "{ $text }" { $where }: tẻm vằn cúa giấy chứng nhận OCOP.
ws-photo-title = Kiểm tra ảnh
ws-photo-intro = Tẻm lụ dán tỉ cất ảnh. Lụ lưởc ảnh đeo dầu danh sách.
ws-photo-path = Tệp ảnh
ws-photo-found = Ảnh dú máy nẩy:
ws-photo-none-found = Bấu hăn ảnh lăng dầu thư mục cúa pỉ noọng.
ws-kit-title = Tin đăng khai
ws-kit-no-story = Xằng mì câu chuyện sản phẩm. Hết câu chuyện cón.
ws-kit-no-price = Xằng mì giá. Hết bảng giá cón.
ws-kit-story-issues = Câu chuyện nhằng mì tỉ cần sửa.
ws-kit-photos = Ảnh:
ws-kit-no-photos = Xằng kiểm tra ảnh lăng.
ws-kit-legal = Luật bắt mọi tin đăng tẻm:
ws-legal-seller = tên, địa chỉ vạ số điện thoại cúa pỉ noọng
ws-legal-tax-code = mã số thuế cá nhân
ws-legal-quantity = khối lượng, số lượng, chất lượng
ws-legal-origin = xuất xứ
ws-legal-shelf-life = hạn sử dụng
ws-legal-price = giá khai
ws-legal-delivery = phí giao hàng
ws-legal-payment = cách thanh toán
ws-legal-returns = cách đổi trả
ws-kit-description = Mô tả:
ws-kit-export = Giảng viên lưu tin nẩy oóc tệp đảy bằng lệnh: chophien export listing

## photo-check: ảnh đeo, lời bảo đeo, phuối dễ chắc.

photo-check-passed = { $file }: ảnh đây, đăng đảy.
photo-check-advice = { $file }: dùng đảy, tọ hết đây ngòi them đảy:
photo-check-failed = { $file }: xằng đăng đảy:
photo-check-summary = { $passed } dầu { $total } ảnh đăng đảy.
photo-status-too-small = Ảnh nọi lai: cạnh slẳn { $measured } điểm ảnh, cần ít nhất { $limit }.
photo-status-not-square = Ảnh xằng vuông. Ảnh vuông hợp mọi sàn.
photo-status-file-too-big = Tệp nặng lai: { $measured } KB, lai nhất { $limit } KB.
photo-status-too-dark = Sản phẩm đăm lai. Chụp cạnh cửa sổ, lúc vằn.
photo-status-too-bright = Ảnh rủng lai, sản phẩm bạc màu. Nắm hẩư đét chiếu thẳng.
photo-status-blown-highlights = Mì tỉ sản phẩm khao lóa. Xoay sản phẩm lụ hết hẩư ánh sáng dịu lồng.
photo-status-low-contrast = Ảnh xám vạ nhạt. Hẩư ánh sáng chiếu tẳng bên đeo.
photo-status-blurry = Ảnh mờ. Cằm máy hẩư yên lai lụ tựa nưa ăn lăng, vạ chạm sản phẩm sle lấy nét.
photo-status-plain-not-white = Nền trơn tọ xằng khao. Dùng nền khao đây them.
photo-status-busy-background = Nền rối mắt. Đặt sản phẩm nưa phải lụ chỉa khao trơn.
photo-status-product-too-small = Sản phẩm nọi dầu ảnh: au { $measured } %, cần au ít nhất { $limit } %. Chụp gần them.
photo-error-not-found = { $file }: bấu mì tệp nẩy.
photo-error-unreadable = { $file }: bấu mở đảy tệp nẩy.
photo-error-not-an-image = { $file }: tệp nẩy bấu lẻ ảnh.
photo-error-wrong-format = { $file }: nẩy lẻ ảnh { $format }. Lưu tẻo pền JPG lụ PNG.
photo-error-truncated = { $file }: tệp bấu đủ, chép xằng lẹo; chép tẻo tẳng điện thoại.
photo-error-file-too-large = { $file }: tệp cải lai, bấu pền ảnh đeo đảy.
photo-error-too-many-pixels = { $file }: ảnh cải lai ({ $width } × { $height } điểm ảnh).
photo-error-damaged = { $file }: ảnh hỏng, bấu đọc đảy.

## Câu chuyện vạ tin đăng khai tẻm them dầu lời cúa cần slon.

story-title = { $name } { $place } { $quantity }
story-heading-product = Sản phẩm
story-heading-place-people = Tỉ hết oóc vạ cần hết
story-heading-process = Cách hết
story-heading-difference = Tỉ khác
story-heading-use-store = Cách dùng vạ cất
story-heading-legal = Thông tin sản phẩm
story-heading-certificates = Chứng nhận
story-ocop = Sản phẩm OCOP { $stars } sao, giấy chứng nhận vằn { $day }/{ $month }/{ $year }.
listing-price = Giá: { MONEY($price) }
listing-photos = Ảnh:
listing-photo-ready = - { $file }
listing-photo-not-ready = - { $file } (xằng đạt: cần ngòi tẻo ảnh nẩy)

## Command line, more

cli-usage-line = Cách dùng: { $usage }
cli-commands-heading = Lệnh
cli-arguments-heading = Đối số
cli-options-heading = Tuỳ chọn
cli-help = In phần trợ giúp nẩy
cli-version = In số phiên bản
cli-value-options = TUỲ-CHỌN
cli-value-command = LỆNH
cli-value-lang = MÃ-PHUỐI
cli-value-folder = THƯ-MỤC
cli-value-format = KIỂU
cli-value-file = TỆP
cli-value-platform = SÀN
cli-value-name = TÊN
cli-err-unknown-argument = bấu chắc tham số "{ $arg }".
cli-err-unknown-command = bấu mì lệnh "{ $arg }".
cli-err-invalid-value = "{ $value }" bấu lẻ giá trị dùng đảy hẩư { $arg }.
cli-err-missing-value = { $arg } cần giá trị đeo.
cli-err-used-twice = { $arg } dùng pày đeo thôi.
cli-err-conflict = bấu dùng đảy { $arg } vạ { $other } căn.
cli-err-other = dòng lệnh bấu đúng ({ $arg }).
cli-err-other-plain = dòng lệnh bấu đúng.
cli-err-valid-values = Giá trị dùng đảy: { $values }
cli-err-suggest = Pỉ noọng ái gõ "{ $suggestion }" lỏ?
cli-err-more = Ngòi hướng dẫn: { $command }
cli-lang-unknown = Cảnh báo: bấu mì phuối "{ $requested }" (đặt bằng { $source }). Láo lúng phuối mì: { $available }. Dùng { $used }.
cli-photo-check-about = Kiểm tra ảnh sản phẩm cón đăng: kích thước, vuông, ánh sáng, độ nét, nền
cli-photo-check-files = Láo lúng ảnh cần kiểm tra (JPG lụ PNG)
cli-photo-check-platform = Tam quy định cúa sàn lăng: tiktok-shop (mặc định), shopee lụ lazada
cli-export-about = Lưu bài hết cúa cần slon oóc tệp
cli-export-listing-about = Lưu tin đăng khai cúa cần slon pền văn bản vạ dòng CSV đeo
cli-export-profile = Tên cần slon
cli-export-out = Tệp văn bản tọ tẻm (tệp CSV dú cạnh)
export-no-profile = Bấu mì cần slon lăng tên { $name }.
export-not-ready = { $name } xằng mì câu chuyện sản phẩm lụ bảng giá.
export-written = Dá tẻm tin đăng khai: { $text } vạ { $csv }

## Class mode (chophien class …)

cli-class-about = Chế độ lớp slon: au tiến độ tẳng lai máy, báo cáo, chứng nhận
cli-class-export-about = Tẻm cần slon cúa máy nẩy vạ tiến độ cúa khẩu dầu tệp đeo (sle chép pây USB)
cli-class-out = Tệp cần tẻm
cli-class-import-about = Thêm tệp tiến độ tẳng máy ún dầu máy nẩy
cli-class-files = Láo lúng tệp tiến độ cần thêm
class-write-failed = Bấu tẻm đảy { $path } ({ $detail }).
class-exported = Dá tẻm { $learners } cần slon vạ { $answers } câu táp dầu { $path }.
class-import-file = { $file }: cần slon mới { $new }, cập nhật { $updated }. Mới: câu táp { $answers }, bước lẹo { $steps }, bài lẹo { $lessons }.
class-import-kept = { $count } cần slon mà tẳng tệp cũ them. Tỉ khẩu nhằng slon giữ nguyên.
class-import-already = { $file }: tệp nẩy dá thêm cón. Bấu mì lăng đổi.
class-import-own = { $file }: tệp nẩy lẻ cúa máy nẩy. Bấu mì lăng sle thêm.
class-import-truncated = { $file } bấu đủ: chép xằng lẹo. Chép tẻo tẳng máy cúa tệp. Xằng thêm lăng tẳng tệp nẩy.
class-import-damaged = { $file } hỏng dá. Xằng thêm lăng tẳng tệp nẩy. ({ $detail })
class-import-not-export = { $file } bấu lẻ tệp tiến độ cúa Chợ Phiên. Xằng thêm lăng tẳng tệp nẩy.
class-import-newer = { $file } tẳng Chợ Phiên mới them (phiên bản tệp { $version }). Cập nhật chương trình nẩy cón. Xằng thêm lăng tẳng tệp nẩy.
class-import-checksum = { $file } dá sửa lụ hỏng lăng tẻm: mã kiểm tra bấu khớp. Xằng thêm lăng tẳng tệp nẩy.
class-import-too-large = { $file } cải lai, bấu pền tệp tiến độ đảy. Xằng thêm lăng tẳng tệp nẩy.
class-import-unreadable = Bấu đọc đảy { $file } ({ $detail }).
class-import-total = Dá thêm { $files } dầu { $total } tệp. Máy nẩy mì { $learners } cần slon vạ { $answers } câu táp.
cli-class-export-format = Tẻm lăng: class (tệp tiến độ hẩư "class import") lụ xapi (láo lúng câu lệnh xAPI)
cli-class-report-about = Ngòi tiến độ cúa mọi cần slon dầu mọi bài: mức lẹo, điểm, thời gian slon
cli-class-report-format = Kiểu đầu ra: table (bảng), csv (hẩư LibreOffice vạ Excel) lụ json
cli-class-report-out = Tẻm báo cáo dầu tệp nẩy, bấu hiện nưa màn hình
cli-class-pack = Gói bài slon lớp nhằng dùng (mặc định: khoá slon mì sẵn)
class-exported-xapi = Dá tẻm { $count } câu lệnh xAPI về { $learners } cần slon dầu { $path }.
class-report-written = Dá tẻm báo cáo ({ $rows } dòng) dầu { $path }.
report-no-learners = Xằng mì cần slon lăng. Thêm tệp tiến độ bằng "chophien class import".
report-col-laptop = Máy
report-col-learner-id = Số cần slon
report-col-learner = Cần slon
report-col-module = Học phần
report-col-lesson = Bài
report-col-lesson-title = Tên bài
report-col-status = Trạng thái
report-col-steps-done = Bước lẹo dá
report-col-steps-total = Số bước cúa bài
report-col-right = Táp đúng
report-col-answers = Số câu táp
report-col-score = Điểm %
report-col-minutes = Số phút
report-col-last = Pày slon cuối (UTC)
report-status-not-started = xằng slon
report-status-started = nhằng slon
report-status-done = lẹo dá
pin-current = Mã PIN giảng viên mì dú nẩy:
pin-new = Mã PIN giảng viên mới (4 thâng 8 chữ số):
pin-again = Gõ tẻo mã PIN mới:
pin-invalid = Mã PIN mì 4 thâng 8 chữ số. Xằng đổi lăng.
pin-mismatch = Slong mã PIN bấu pện căn. Xằng đổi lăng.
pin-set = Dá đặt mã PIN giảng viên.
pin-wrong = Sai mã PIN. Nhằng { $left } pày thử.
pin-locked = Sai lai pày lai. Thả { $seconds } giây dá thử tẻo.
pin-reset = Dá xoá mã PIN giảng viên. Đặt mã mới bằng "chophien class set-pin".
pin-none = Máy nẩy xằng mì mã PIN giảng viên.
cli-class-set-pin-about = Đặt mã PIN giảng viên sle mở màn hình lớp slon (ái đổi thì gõ mã cũ)
cli-class-reset-pin-about = Xoá mã PIN giảng viên dá lừm (cần lăng dùng đảy tài khoản cúa máy nẩy cũng hết đảy)
cert-title = Giấy chứng nhận slon lẹo
cert-intro = Chứng nhận
cert-completed = dá slon lẹo láo lúng học phần nẩy cúa khoá slon khai hàng online Chợ Phiên:
cert-no-modules = Xằng slon lẹo học phần lăng.
cert-lessons = Số bài slon lẹo: { $done } dầu { $total }.
cert-date = vằn { $day } bươn { $month } pi { $year }
cert-given = Cấp dú { $centre }, { $date }.
cert-given-no-centre = Cấp { $date }.
cert-signature = Giảng viên
cli-class-certificate-about = Tẻm giấy chứng nhận hẩư cần slon đeo: trang HTML đeo sle in khổ A4
cli-class-certificate-profile = Cần slon: tên, lụ MÁY:SỐ mì slong cần tên pện căn
cli-class-certificate-out = Tệp HTML cần tẻm (mặc định: certificate-MÁY-SỐ.html)
cli-class-certificate-date = Vằn tẻm nưa giấy, kiểu NNNN-TT-NN (mặc định: vằn nẩy)
cli-class-set-centre-about = Đặt tên trung tâm đào tạo, in nưa giấy chứng nhận
cli-class-set-centre-name = Tên trung tâm
class-centre-set = Tên trung tâm ngoảng nẩy lẻ "{ $name }".
class-no-centre = Trung tâm xằng mì tên. Đặt tên bằng: chophien class set-centre "TÊN"
class-no-such-learner = Bấu mì cần slon lăng tên "{ $name }". Ngòi láo lúng tên bằng "chophien class report".
class-several-learners = Mì lai cần slon tên "{ $name }". Lưởc cần đeo bằng --profile vạ mã đeo dầu: { $keys }
class-bad-date = "{ $date }" bấu lẻ vằn. Tẻm kiểu NNNN-TT-NN, pện 2026-11-05.
class-certificate-written = Dá tẻm giấy chứng nhận cúa { $name } dầu { $path }.
cli-class-send-about = Sống tiến độ cúa lớp pền câu lệnh xAPI pây kho dữ liệu học tập (LRS) cúa tổ chức (cần mạng)
cli-class-send-lrs = Địa chỉ LRS, pện https://lrs.example.org/xAPI/
cli-class-send-user = Tên đăng nhập LRS
cli-class-send-password-file = Tệp mì dòng đầu lẻ mật khẩu LRS
cli-class-send-timeout = Số giây thả LRS táp
class-password-unreadable = Bấu đọc đảy tệp mật khẩu { $file } ({ $detail }).
class-send-progress = Dá sống { $sent } dầu { $total } câu lệnh.
class-send-nothing = Bấu mì lăng mới sle sống: LRS dá mì đủ { $total } câu lệnh.
class-send-done = Lẹo dá: pày nẩy dá sống { $sent } câu lệnh. LRS dá mì đủ { $total }.
class-send-already = { $count } câu lệnh dá mì dú LRS vạ mã pện căn (409). LRS giữ bản cón.
class-send-resume = LRS dá mì { $sent } dầu { $total } câu lệnh. Chạy tẻo lệnh nẩy lăng sle sống phần nhằng.
lrs-bad-url = "{ $url }" bấu lẻ địa chỉ web. Địa chỉ cần bắt đầu bằng http:// lụ https://.
lrs-unauthorized = LRS bấu nhận tên đăng nhập lụ mật khẩu (401). Kiểm tra --user vạ tệp mật khẩu.
lrs-forbidden = Tài khoản LRS nẩy bấu đảy phép lưu câu lệnh (403). Thảm cần quản lý LRS.
lrs-conflict = LRS dá mì câu lệnh ún vạ mã pện căn (409).
lrs-server = LRS nhằng mì lỗi cúa LRS (lỗi { $status }). Thử tẻo lăng.
lrs-rejected = LRS bấu nhận láo lúng câu lệnh (lỗi { $status }): { $detail }
lrs-timeout = LRS bấu táp kịp. Kiểm tra kết nối vạ thử tẻo.
lrs-unreachable = Bấu kết nối đảy pây LRS dú { $url }. Kiểm tra mạng vạ địa chỉ. ({ $detail })

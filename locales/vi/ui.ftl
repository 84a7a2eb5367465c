# Chữ giao diện của Chợ Phiên, tiếng Việt. Mã đoạn chữ giống nhau ở mọi ngôn ngữ.

## Dòng lệnh

cli-about = Chợ Phiên: học mở và bán hàng online, từng bước một, không cần mạng.
cli-data-dir = Thư mục lưu tiến độ của người học (mặc định: thư mục dữ liệu của máy; hoặc CHOPHIEN_DATA)
cli-pack = Chạy một gói bài học thay cho khoá học có sẵn
cli-lang = Ngôn ngữ của giao diện và bài học (mã như vi hoặc en)
cli-ascii = Vẽ giao diện bằng ký tự ASCII đơn giản (cho cửa sổ dòng lệnh thiếu phông Unicode; hoặc CHOPHIEN_ASCII=1)
cli-check-about = Kiểm tra một gói bài học (hoặc khoá học có sẵn) và liệt kê mọi lỗi kèm tệp:dòng:cột
cli-check-path = Thư mục gói bài học (thư mục có course.toml); bỏ trống để kiểm tra khoá học có sẵn
cli-format = Kiểu đầu ra: text hoặc json (mặc định: text)
cli-lessons-about = Liệt kê học phần và bài học, kèm phần chữ đã dịch của mỗi ngôn ngữ
cli-unknown-format = Không biết kiểu "{ $found }": dùng text hoặc json.
cli-error = Lỗi: { $detail }

# Phần trợ giúp (--help) và lỗi dòng lệnh. Tên lệnh và tên tham số (--lang, check) giữ nguyên.
# $usage là chỗ chương trình điền cách dùng vào; giữ nguyên { $usage }.
cli-usage-line = Cách dùng: { $usage }
cli-commands-heading = Lệnh
cli-arguments-heading = Đối số
cli-options-heading = Tuỳ chọn
cli-help = In phần trợ giúp này
cli-version = In số phiên bản
cli-value-options = TUỲ-CHỌN
cli-value-command = LỆNH
cli-value-lang = MÃ-NGÔN-NGỮ
cli-value-folder = THƯ-MỤC
cli-value-format = KIỂU
cli-value-file = TỆP
cli-value-platform = SÀN
cli-err-unknown-argument = không hiểu tham số "{ $arg }".
cli-err-unknown-command = không có lệnh "{ $arg }".
cli-err-invalid-value = "{ $value }" không phải giá trị dùng được cho { $arg }.
cli-err-missing-value = { $arg } cần một giá trị.
cli-err-used-twice = { $arg } chỉ được dùng một lần.
cli-err-conflict = không dùng { $arg } cùng với { $other } được.
cli-err-other = dòng lệnh không đúng ({ $arg }).
cli-err-other-plain = dòng lệnh không đúng.
cli-err-valid-values = Giá trị dùng được: { $values }
cli-err-suggest = Có phải bạn muốn gõ "{ $suggestion }"?
cli-err-more = Xem hướng dẫn: { $command }
cli-lang-unknown = Cảnh báo: không có ngôn ngữ "{ $requested }" (đặt bằng { $source }). Các ngôn ngữ có: { $available }. Dùng { $used }.

## check

check-summary = { $errors ->
    [0] Không có lỗi
   *[other] { $errors } lỗi
}, { $warnings ->
    [0] không có cảnh báo
   *[other] { $warnings } cảnh báo
} trong { $path }.
check-severity-error = lỗi
check-severity-warning = cảnh báo
check-help = cách sửa

## lessons

lessons-header = Bài học trong { $path }
lessons-module = Học phần: { $title } ({ $id })
lessons-steps = { $count } bước
lessons-unavailable = không mở được: { $errors } lỗi, hãy chạy "chophien check"

## Lỗi trong tệp: diag-<mã> là lỗi, diag-<mã>-help là cách sửa.

diag-unreadable = không đọc được tệp hoặc thư mục này { $detail }
diag-unreadable-help = Xem tệp có tồn tại không và bạn có quyền đọc không.
diag-not-utf8 = tệp này không phải chữ UTF-8
diag-not-utf8-help = Trong trình soạn thảo, lưu tệp dạng UTF-8.
diag-file-too-large = tệp lớn hơn { $limit } byte nên không được đọc
diag-file-too-large-help = Chia chữ thành các bài nhỏ hơn, hoặc làm ảnh nhỏ lại.
diag-pack-too-large = gói bài học lớn hơn { $limit } byte; phần còn lại không được đọc
diag-pack-too-large-help = Bỏ các tệp lớn không cần, hoặc chia gói ra.
diag-too-many-files = gói có hơn { $limit } tệp; các tệp còn lại không được đọc
diag-too-many-files-help = Bỏ các tệp khoá học không dùng.
diag-too-deep = thư mục lồng nhau quá sâu; thư mục này không được đọc
diag-too-deep-help = Mỗi bài học chỉ một thư mục; ảnh chỉ nằm sâu thêm vài thư mục.
diag-missing-file = thiếu tệp này
diag-missing-file-help = Hãy tạo tệp; mỗi thư mục cần chữ bằng ngôn ngữ gốc của khoá học.
diag-toml-syntax = { $kind ->
    [duplicate] tên này bị dùng hai lần trong cùng một khối
    [quote] chữ này chưa có dấu ngoặc kép thẳng bao quanh
    [unclosed] dấu ngoặc kép hoặc ngoặc mở ở đây chưa được đóng
    [line-end] sau giá trị còn thừa chữ trên dòng này
    [equals] dòng này thiếu dấu "=" giữa tên và giá trị
   *[other] dòng này viết sai dạng TOML
}
diag-toml-syntax-help = Tìm dấu ngoặc kép, ngoặc vuông hoặc dấu "=" bị thiếu ở dòng này hoặc dòng trên.
diag-unknown-field = trường lạ "{ $field }" trong { $context }
diag-unknown-field-help = Xem lại chính tả. Các trường được dùng ở đây: { $expected }.
diag-missing-field = thiếu trường bắt buộc "{ $field }"
diag-missing-field-help = Thêm { $field } = ... vào đây.
diag-wrong-type = { $kind ->
    [number-or-text] giá trị trong [vars] là một số nguyên, như 7000, hoặc chữ trong dấu nháy thẳng, như "mật ong"
    [number] trường này cần một số nguyên, chỉ có chữ số, như 7000
    [text] trường này cần chữ trong dấu ngoặc kép thẳng, như "photo-light"
    [list] trường này cần một danh sách trong ngoặc vuông, như ["a", "b"]
    [bool] trường này cần true hoặc false
    [table] trường này cần một khối các trường, như {"{"} text = "..." {"}"}
    [other] giá trị ở đây sai loại
   *[example] giá trị sai; hãy viết như sau: { $detail }
}
diag-wrong-type-help = Xem lessons/README.md để biết trường này cần loại giá trị nào.
diag-format-too-new = format_version { $found } mới hơn mức chương trình này hiểu ({ $supported })
diag-format-too-new-help = Hãy cập nhật Chợ Phiên, hoặc xin tác giả gói bản dùng phiên bản { $supported }.
diag-unknown-step-type = loại bước lạ "{ $found }"
diag-unknown-step-type-help = Dùng một trong các loại: { $expected }.
diag-bad-id = "{ $id }" không phải mã hợp lệ
diag-bad-id-help = Mã chỉ dùng chữ thường a-z, chữ số và một dấu gạch ngang, như photo-light hay hint-2.
diag-duplicate-id = mã "{ $id }" bị dùng hai lần
diag-duplicate-id-help = Đặt cho mỗi cái một mã khác nhau.
diag-missing-lesson = bài "{ $id }" có trong danh sách nhưng không có { $file }
diag-missing-lesson-help = Tạo thư mục bài học có lesson.toml, hoặc bỏ bài này khỏi danh sách.
diag-unlisted-lesson = thư mục bài "{ $id }" không có trong học phần nào của course.toml
diag-unlisted-lesson-help = Thêm "{ $id }" vào lessons của một học phần, hoặc bỏ thư mục đi.
diag-empty-module = học phần "{ $id }" chưa có bài nào
diag-empty-module-help = Ghi ít nhất một bài trong lessons = [...].
diag-ftl-syntax = dòng này viết sai dạng Fluent
diag-ftl-syntax-help = Mỗi đoạn chữ là "mã = chữ"; dòng nối tiếp bắt đầu bằng dấu cách; ngoặc nhọn phải đủ cặp.
diag-ftl-too-deep = ngoặc nhọn lồng nhau sâu hơn { $limit } tầng; tệp không được đọc
diag-ftl-too-deep-help = Đoạn chữ chỉ cần vài tầng ngoặc. Hãy bỏ bớt.
diag-duplicate-message = đoạn chữ "{ $id }" được viết hai lần trong tệp này
diag-duplicate-message-help = Bỏ hoặc đổi tên một cái; chỉ cái đầu tiên được dùng.
diag-missing-message = không có đoạn chữ "{ $id }" trong { $file }
diag-missing-message-help = Thêm "{ $id } = ..." vào tệp đó, hoặc sửa mã ở đây.
diag-unused-message = đoạn chữ "{ $id }" không có trong ngôn ngữ gốc ({ $base })
diag-unused-message-help = Có thể đây là mã cũ hoặc viết sai: so với tệp { $base }.
diag-undeclared-variable = đoạn chữ "{ $id }" dùng biến ${ $name } chưa được khai báo
diag-undeclared-variable-help = Khai báo biến trong [vars] của lesson.toml, hoặc dùng $learner.
diag-unknown-function = hàm lạ { $name }()
diag-unknown-function-help = Các hàm dùng được: { $expected }.
diag-unknown-language = ngôn ngữ lạ "{ $tag }"
diag-unknown-language-help = Dùng mã có trong locales/languages.toml, hoặc thêm ngôn ngữ vào đó.
diag-bad-language-tag = "{ $tag }" không phải mã ngôn ngữ hợp lệ
diag-bad-language-tag-help = Dùng mã BCP 47 như vi, en hay hnj-Latn-VN.
diag-choice-correct-count = bước chọn một cần đúng một phương án đúng; bước này có { $count }
diag-choice-correct-count-help = Đánh dấu một phương án bằng correct = true. Nếu có nhiều đáp án đúng, dùng type = "multi".
diag-no-correct-option = chưa có phương án nào được đánh dấu đúng
diag-no-correct-option-help = Đánh dấu ít nhất một phương án bằng correct = true.
diag-too-few-options = câu hỏi cần ít nhất 2 phương án; câu này có { $count }
diag-too-few-options-help = Thêm options = [ {"{"} text = "..." {"}"}, ... ].
diag-too-few-items = bước sắp xếp cần ít nhất 2 mục; bước này có { $count }
diag-too-few-items-help = Ghi các mục theo thứ tự đúng: items = ["thứ nhất", "thứ hai", ...].
diag-no-hints = bước "{ $id }" chưa có gợi ý
diag-no-hints-help = Thêm hints = ["..."]: người học bị kẹt cần biết làm gì tiếp.
diag-bad-tolerance = tolerance không được là số âm
diag-bad-tolerance-help = Dùng 0 nếu cần đúng chính xác, hoặc mức chênh lệch cho phép.
diag-text-no-check = bước viết chữ cần đáp án được chấp nhận hoặc các ý cần có
diag-text-no-check-help = Thêm accept = ["mã-đoạn-chữ"] hoặc ideas = [ {"{"} label = "...", words = "..." {"}"} ].
diag-text-both-checks = bước viết chữ có cả accept lẫn ideas
diag-text-both-checks-help = Giữ một cái: accept cho câu trả lời ngắn, ideas cho bài viết dài hơn.
diag-bad-length-limits = giới hạn độ dài phải là số nguyên, và mức tối thiểu không lớn hơn mức tối đa
diag-bad-length-limits-help = Ví dụ min_words = 10 và max_words = 80.
diag-missing-media = không có ảnh { $path }
diag-missing-media-help = Đặt tệp vào đó, hoặc sửa đường dẫn (tính từ thư mục bài học).
diag-bad-media-path = đường dẫn "{ $path }" không được phép
diag-bad-media-path-help = Dùng đường dẫn trong thư mục bài học, như media/honey.png, không có "..".
diag-missing-picture-alt = ảnh này chưa có picture_alt
diag-missing-picture-alt-help = Thêm picture_alt = "mã-đoạn-chữ" tả những gì có trong ảnh.
diag-empty-answer-list = danh sách đang trống
diag-empty-answer-list-help = Thêm ít nhất một mục.
diag-unknown-step = không có bước nào tên "{ $id }" trong bài này
diag-unknown-step-help = next = "..." phải là id của một bước trong cùng bài. Kiểm tra lại chính tả.
diag-step-loop = các bước đi vòng tròn, quay lại bước "{ $id }" và không bao giờ hết bài
diag-step-loop-help = Sửa next = "..." để đường đi của bài có điểm kết thúc.
diag-unknown-node = không có nút nào tên "{ $id }" trong tình huống này
diag-unknown-node-help = next = "..." và start = "..." phải là id của một nút trong nodes. Kiểm tra lại chính tả.
diag-unreachable-node = không câu trả lời nào dẫn tới nút "{ $id }"
diag-unreachable-node-help = Thêm một câu trả lời có next = "{ $id }", hoặc xoá nút này.
diag-node-never-ends = từ nút "{ $id }" người học đi vòng mãi, không tới được đoạn kết nào
diag-node-never-ends-help = Cho ít nhất một câu trả lời dẫn tới một nút có ending = "good" hoặc ending = "poor".
diag-no-good-ending = tình huống không có đường nào tới một đoạn kết tốt
diag-no-good-ending-help = Thêm một nút có ending = "good" và một đường trả lời dẫn tới nó.
diag-node-choices-or-ending = nút "{ $id }" phải có choices (các câu trả lời) hoặc ending, và chỉ một trong hai
diag-node-choices-or-ending-help = Nút giữa chừng có choices = [...]. Nút kết thúc có ending = "good" hoặc ending = "poor".
diag-too-many-problems = còn { $count } vấn đề khác trong tệp này không được liệt kê
diag-too-many-problems-help = Sửa các vấn đề ở trên rồi kiểm tra lại; thường một lỗi gây ra nhiều vấn đề.

## Chương trình học

app-name = Chợ Phiên
too-small = Cửa sổ nhỏ quá. Hãy làm cửa sổ to hơn (ít nhất { $width } × { $height }).
run-needs-terminal = Chợ Phiên cần một cửa sổ dòng lệnh (terminal). Hãy mở từ terminal.
run-no-data-dir = Không tìm thấy thư mục để lưu tiến độ. Dùng --data-dir THƯ-MỤC hoặc đặt CHOPHIEN_DATA.

store-waiting = Một cửa sổ Chợ Phiên khác đang dùng tiến độ của bạn. Đang chờ…
store-busy = Một cửa sổ Chợ Phiên khác vẫn đang dùng tiến độ của bạn. Hãy đóng nó, rồi mở lại.
store-disk-full = Ổ đĩa đã đầy. Tiến độ của bạn vẫn an toàn, nhưng Chợ Phiên không mở được. Hãy xoá bớt tệp không cần, rồi mở lại. (Thư mục: { $path })
store-no-access = Chợ Phiên không được phép mở tiến độ của bạn. Không có gì bị thay đổi. Hãy nhờ người hướng dẫn kiểm tra quyền của { $path }.
store-folder = Không dùng được thư mục tiến độ { $path }. Không có gì bị thay đổi. ({ $detail })
store-cannot-move-aside = Tệp tiến độ bị hỏng và không cất riêng ra được: { $path }. Không có gì bị xoá. Hãy báo cho người hướng dẫn. ({ $detail })
store-failed = Không mở được tiến độ của bạn. Không có gì bị thay đổi. Hãy báo cho người hướng dẫn. ({ $detail })

languages-title = Chọn ngôn ngữ của bạn
language-draft = (bản dịch nháp)
name-title = Bạn tên là gì?
rename-title = Đổi tên
name-hint = Gõ tên của bạn, rồi bấm Enter.
profiles-title = Ai đang học?
profiles-new = Người học mới

home-greeting = Chào { $name }! Hãy chọn một bài.
home-empty = Không mở được bài nào. Hãy hỏi người hướng dẫn.
lesson-new = mới
lesson-started = { $done } trên { $total } bước
lesson-finished = xong
lesson-unavailable = chưa mở được

step-counter = Bước { $current } / { $total }
multi-instruction = Chọn tất cả các câu đúng, rồi bấm Enter.
number-instruction = Gõ con số, rồi bấm Enter.
number-invalid = Hãy gõ con số bằng chữ số, ví dụ { $example }.
number-too-low = Số này thấp quá.
number-too-high = Số này cao quá.
text-counts = { $words } từ
text-min-words = ít nhất { $count }
text-max-words = nhiều nhất { $count }
text-no-match = Đây chưa phải câu trả lời cần tìm.
text-missing-ideas = Câu trả lời của bạn chưa nói:
text-too-short = Viết thêm một chút: ít nhất { $count } từ.
text-too-long = Dài quá: nhiều nhất { $count } từ.
text-too-short-chars = Viết thêm một chút: ít nhất { $count } chữ cái.
text-too-long-chars = Dài quá: nhiều nhất { $count } chữ cái.
text-chars = { $chars } chữ cái
text-ideas-expected = Một câu trả lời tốt nói về:
text-ideas-forbidden = Không được viết:
claim-cure = Bạn viết "{ $words }": không được nói sản phẩm chữa hay trị bệnh. Đây là thực phẩm, không phải thuốc.
claim-superlative = Bạn viết "{ $words }": không nên khen "nhất", "số một". Hãy nói điều người mua kiểm tra được.
claim-phone = Bạn viết số điện thoại "{ $words }": sàn cấm ghi số điện thoại. Người mua nhắn tin trên sàn.
claim-link = Bạn viết đường dẫn "{ $words }": không ghi đường dẫn ra ngoài sàn.
claim-email = Bạn viết địa chỉ thư "{ $words }": không ghi cách liên hệ ngoài sàn.
claim-off-platform-contact = Bạn viết "{ $words }": không mời người mua sang Zalo hay Facebook. Hãy nói chuyện trên sàn.
order-yours = Thứ tự của bạn:
order-empty = (chưa có gì: bấm số của việc làm trước tiên)
order-left = Còn phải xếp:
order-ready = Đã xếp hết. Bấm Enter để kiểm tra.
order-wrong = Các bước có dấu nhân đang sai chỗ. Bấm Backspace để lấy bớt ra.
scenario-buyer = Khách:
scenario-you = Bạn:
scenario-your-reply = Bạn trả lời thế nào? Chọn một câu, rồi bấm Enter.
scenario-debrief = Nhìn lại từng câu trả lời của bạn:
scenario-poor-ending = Cuộc nói chuyện kết thúc chưa tốt. Bấm Backspace để lấy lại câu vừa trả lời, rồi chọn câu khác.
prompt-choose-reply = Hãy chọn một câu trả lời, rồi bấm Enter.
prompt-tick-something = Hãy chọn ít nhất một câu: bấm số của câu đó. Rồi bấm Enter.
prompt-place-every = Hãy xếp hết các mục, rồi bấm Enter để kiểm tra.
prompt-type-something = Hãy gõ câu trả lời vào ô, rồi bấm Enter.
multi-missed = Còn { $count } câu đúng bạn chưa chọn.
multi-wrongly-picked = Có { $count } câu bạn chọn chưa đúng.

feedback-right = Đúng rồi!
feedback-wrong = Chưa đúng.
feedback-try-again = Hãy thử lại.
feedback-revealed = Đây là đáp án:
feedback-go-on = Bấm Enter để đi tiếp.
hint-label = Gợi ý { $number }:

finished-title = Giỏi lắm, { $name }! Bạn đã học xong bài "{ $title }".
finished-body = Tiến độ của bạn đã được lưu. Bấm Enter để sang bài tiếp theo.
finished-body-last = Đây là bài cuối cùng. Tiến độ của bạn đã được lưu. Bấm Enter để về danh sách bài.

notice-database-moved = Tệp tiến độ cũ bị hỏng. Tệp đó được cất an toàn ở { $path }, và một tệp mới đã được tạo. Hãy báo cho người hướng dẫn.
notice-save-failed = Bước vừa rồi chưa lưu được ({ $detail }). Hãy báo cho người hướng dẫn.
notice-lessons-unavailable = { $count } bài học có lỗi nên chưa mở được. Người hướng dẫn có thể tìm lỗi bằng lệnh "chophien check".
notice-continue = Bấm Enter để tiếp tục.

## Thanh hướng dẫn phím

key-enter = Enter
key-esc = Esc
key-space = Dấu cách
key-backspace = Backspace
key-delete = Delete
help-choose = Chọn
help-ok = Xong
help-open = Mở bài
help-next = Tiếp
help-check = Kiểm tra
help-continue = Tiếp tục
help-move = Di chuyển
help-digits-pick = Chọn
help-digits-tick = Đánh dấu
help-digits-place = Xếp
help-place = Xếp vào
help-undo = Lấy lại
help-undo-reply = Chọn lại
help-reply = Trả lời
help-previous = Bước trước
help-back = Quay lại
help-cancel = Huỷ
help-home = Danh sách bài
help-language = Ngôn ngữ
help-learners = Người học
help-new = Người học mới
help-rename = Đổi tên
help-quit = Thoát
help-new-line = Xuống dòng
help-input-method = Telex/VNI/Tắt
help-tone-style = hoà/hòa
typing-telex = Telex
typing-vni = VNI
typing-off = Gõ thường
typing-tone-new = hoà
typing-tone-old = hòa

## photo-check: mỗi ảnh một nhận xét, bằng lời dễ hiểu.

cli-photo-check-about = Kiểm tra ảnh sản phẩm trước khi đăng: kích thước, hình vuông, ánh sáng, độ nét, nền
cli-photo-check-files = Các ảnh cần kiểm tra (JPG hoặc PNG)
cli-photo-check-platform = Theo quy định của sàn nào: tiktok-shop (mặc định), shopee hoặc lazada
photo-check-passed = { $file }: ảnh tốt, đăng được.
photo-check-advice = { $file }: dùng được, nhưng có thể đẹp hơn:
photo-check-failed = { $file }: chưa đăng được:
photo-check-summary = { $passed } trên { $total } ảnh đăng được.
photo-status-too-small = Ảnh nhỏ quá: cạnh ngắn { $measured } điểm ảnh, cần ít nhất { $limit }.
photo-status-not-square = Ảnh chưa vuông. Ảnh vuông hợp với mọi sàn.
photo-status-file-too-big = Tệp nặng quá: { $measured } KB, tối đa { $limit } KB.
photo-status-too-dark = Sản phẩm tối quá. Hãy chụp cạnh cửa sổ, lúc ban ngày.
photo-status-too-bright = Ảnh sáng quá, sản phẩm bị bạc màu. Tránh nắng chiếu thẳng.
photo-status-blown-highlights = Một phần sản phẩm bị lóa trắng. Xoay sản phẩm hoặc làm ánh sáng dịu hơn.
photo-status-low-contrast = Ảnh xám và nhạt. Cho ánh sáng chiếu từ một bên.
photo-status-blurry = Ảnh bị mờ. Giữ máy thật yên hoặc tựa vào vật gì đó, và chạm vào sản phẩm để lấy nét.
photo-status-plain-not-white = Nền trơn nhưng chưa trắng. Nên dùng nền trắng.
photo-status-busy-background = Nền rối mắt. Đặt sản phẩm trên vải hoặc giấy trắng trơn.
photo-status-product-too-small = Sản phẩm nhỏ trong ảnh: chiếm { $measured } %, nên chiếm ít nhất { $limit } %. Hãy chụp gần hơn.
photo-error-not-found = { $file }: không có tệp này.
photo-error-unreadable = { $file }: không mở được tệp này.
photo-error-not-an-image = { $file }: tệp này không phải là ảnh.
photo-error-wrong-format = { $file }: đây là ảnh { $format }. Hãy lưu lại thành JPG hoặc PNG.
photo-error-truncated = { $file }: tệp bị cắt dở; hãy chép lại từ điện thoại.
photo-error-file-too-large = { $file }: tệp quá lớn, không thể là một tấm ảnh.
photo-error-too-many-pixels = { $file }: ảnh quá lớn ({ $width } × { $height } điểm ảnh).
photo-error-damaged = { $file }: ảnh bị hỏng, không đọc được.

## Những câu mà phần viết câu chuyện và bộ tin đăng bán thêm vào lời của người học.

story-title = { $name } { $place } { $quantity }
story-heading-product = Sản phẩm
story-heading-place-people = Nơi làm ra và người làm
story-heading-process = Cách làm
story-heading-difference = Điểm khác biệt
story-heading-use-store = Cách dùng và bảo quản
story-heading-legal = Thông tin sản phẩm
story-heading-certificates = Chứng nhận
story-ocop = Sản phẩm OCOP { $stars } sao, giấy chứng nhận ngày { $day }/{ $month }/{ $year }.
listing-price = Giá: { MONEY($price) }
listing-photos = Ảnh:
listing-photo-ready = - { $file }
listing-photo-not-ready = - { $file } (chưa đạt: cần xem lại ảnh này)

## Chế độ lớp học (chophien class …)

cli-class-about = Chế độ lớp học: gom tiến độ từ nhiều máy, báo cáo, chứng nhận
cli-class-export-about = Ghi người học của máy này và tiến độ của họ vào một tệp (để chép sang USB)
cli-class-out = Tệp cần ghi
cli-class-import-about = Thêm các tệp tiến độ từ máy khác vào máy này
cli-class-files = Các tệp tiến độ cần thêm
class-write-failed = Không ghi được { $path } ({ $detail }).
class-exported = Đã ghi { $learners } người học và { $answers } câu trả lời vào { $path }.
class-import-file = { $file }: người học mới { $new }, được cập nhật { $updated }. Mới: câu trả lời { $answers }, bước xong { $steps }, bài xong { $lessons }.
class-import-kept = { $count } người học đến từ một tệp cũ hơn. Chỗ đang học của họ được giữ nguyên.
class-import-already = { $file }: tệp này đã được thêm trước đây. Không có gì thay đổi.
class-import-own = { $file }: tệp này là của chính máy này. Không có gì để thêm.
class-import-truncated = { $file } bị thiếu: nó bị cắt ngang khi chép. Hãy chép lại từ máy của nó. Chưa thêm gì từ tệp này.
class-import-damaged = { $file } bị hỏng. Chưa thêm gì từ tệp này. ({ $detail })
class-import-not-export = { $file } không phải tệp tiến độ của Chợ Phiên. Chưa thêm gì từ tệp này.
class-import-newer = { $file } được tạo bởi Chợ Phiên mới hơn (phiên bản tệp { $version }). Hãy cập nhật chương trình này trước. Chưa thêm gì từ tệp này.
class-import-checksum = { $file } đã bị sửa hoặc bị hỏng sau khi ghi: mã kiểm tra không khớp. Chưa thêm gì từ tệp này.
class-import-too-large = { $file } quá lớn, không thể là tệp tiến độ. Chưa thêm gì từ tệp này.
class-import-unreadable = Không đọc được { $file } ({ $detail }).
class-import-total = Đã thêm { $files } trên { $total } tệp. Máy này hiện có { $learners } người học và { $answers } câu trả lời.
cli-class-export-format = Ghi gì: class (tệp tiến độ cho "class import") hoặc xapi (các câu lệnh xAPI)
cli-class-report-about = Xem tiến độ của mọi người học trong mọi bài: mức hoàn thành, điểm, thời gian học
cli-class-report-format = Kiểu đầu ra: table (bảng), csv (cho LibreOffice và Excel) hoặc json
cli-class-report-out = Ghi báo cáo vào tệp này thay vì hiện ra màn hình
cli-class-pack = Gói bài học lớp đang dùng (mặc định: khoá học có sẵn)
class-exported-xapi = Đã ghi { $count } câu lệnh xAPI về { $learners } người học vào { $path }.
class-report-written = Đã ghi báo cáo ({ $rows } dòng) vào { $path }.
report-no-learners = Chưa có người học nào. Hãy thêm tệp tiến độ bằng "chophien class import".
report-col-laptop = Máy
report-col-learner-id = Số người học
report-col-learner = Người học
report-col-module = Học phần
report-col-lesson = Bài
report-col-lesson-title = Tên bài
report-col-status = Trạng thái
report-col-steps-done = Bước đã xong
report-col-steps-total = Số bước của bài
report-col-right = Trả lời đúng
report-col-answers = Số câu trả lời
report-col-score = Điểm %
report-col-minutes = Số phút
report-col-last = Lần học cuối (UTC)
report-status-not-started = chưa bắt đầu
report-status-started = đang học
report-status-done = đã xong
cli-class-send-about = Gửi tiến độ của lớp dưới dạng câu lệnh xAPI tới kho dữ liệu học tập (LRS) của tổ chức (cần mạng)
cli-class-send-lrs = Địa chỉ LRS, ví dụ https://lrs.example.org/xAPI/
cli-class-send-user = Tên đăng nhập LRS
cli-class-send-password-file = Tệp có dòng đầu là mật khẩu LRS
cli-class-send-timeout = Số giây chờ LRS trả lời
class-password-unreadable = Không đọc được tệp mật khẩu { $file } ({ $detail }).
class-send-progress = Đã gửi { $sent } trên { $total } câu lệnh.
class-send-nothing = Không có gì mới để gửi: LRS đã có đủ { $total } câu lệnh.
class-send-done = Xong: lần này đã gửi { $sent } câu lệnh. LRS đã có đủ { $total }.
class-send-already = { $count } câu lệnh đã có sẵn trong LRS với cùng mã (409). LRS giữ bản đầu tiên.
class-send-resume = LRS đã có { $sent } trên { $total } câu lệnh. Hãy chạy lại đúng lệnh này sau để gửi phần còn lại.
lrs-bad-url = "{ $url }" không phải địa chỉ web. Địa chỉ phải bắt đầu bằng http:// hoặc https://.
lrs-unauthorized = LRS không chấp nhận tên đăng nhập hoặc mật khẩu (401). Hãy kiểm tra --user và tệp mật khẩu.
lrs-forbidden = Tài khoản LRS này không được phép lưu câu lệnh (403). Hãy hỏi người quản lý LRS.
lrs-conflict = LRS đã có một câu lệnh khác với cùng mã (409).
lrs-server = LRS đang gặp lỗi của chính nó (lỗi { $status }). Hãy thử lại sau.
lrs-rejected = LRS từ chối các câu lệnh (lỗi { $status }): { $detail }
lrs-timeout = LRS không trả lời kịp. Hãy kiểm tra kết nối và thử lại.
lrs-unreachable = Không kết nối được tới LRS ở { $url }. Hãy kiểm tra mạng và địa chỉ. ({ $detail })
cli-class-certificate-about = Viết giấy chứng nhận cho một người học: một trang HTML để in khổ A4
cli-class-certificate-profile = Người học: tên, hoặc MÁY:SỐ khi có hai người trùng tên
cli-class-certificate-out = Tệp HTML cần ghi (mặc định: certificate-MÁY-SỐ.html)
cli-class-certificate-date = Ngày ghi trên giấy, dạng NNNN-TT-NN (mặc định: hôm nay)
cli-class-set-centre-about = Đặt tên trung tâm đào tạo, in trên giấy chứng nhận
cli-class-set-centre-name = Tên trung tâm
class-centre-set = Tên trung tâm bây giờ là "{ $name }".
class-no-centre = Trung tâm chưa có tên. Hãy đặt tên bằng: chophien class set-centre "TÊN"
class-no-such-learner = Không có người học nào tên "{ $name }". Xem các tên bằng "chophien class report".
class-several-learners = Có nhiều người học tên "{ $name }". Hãy chọn một người bằng --profile và một trong các mã: { $keys }
class-bad-date = "{ $date }" không phải là ngày. Hãy viết dạng NNNN-TT-NN, ví dụ 2026-11-05.
class-certificate-written = Đã ghi giấy chứng nhận của { $name } vào { $path }.
cert-title = Giấy chứng nhận hoàn thành
cert-intro = Chứng nhận
cert-completed = đã hoàn thành các học phần sau của khoá học bán hàng online Chợ Phiên:
cert-no-modules = Chưa hoàn thành học phần nào.
cert-lessons = Số bài đã học xong: { $done } trên { $total }.
cert-date = ngày { $day } tháng { $month } năm { $year }
cert-given = Cấp tại { $centre }, { $date }.
cert-given-no-centre = Cấp { $date }.
cert-signature = Giảng viên
cli-class-set-pin-about = Đặt mã PIN giảng viên để mở màn hình lớp học (muốn đổi phải nhập mã cũ)
cli-class-reset-pin-about = Xoá mã PIN giảng viên bị quên (ai dùng được tài khoản của máy này cũng làm được)
pin-current = Mã PIN giảng viên hiện tại:
pin-new = Mã PIN giảng viên mới (4 đến 8 chữ số):
pin-again = Nhập lại mã PIN mới:
pin-invalid = Mã PIN gồm 4 đến 8 chữ số. Chưa thay đổi gì.
pin-mismatch = Hai mã PIN không giống nhau. Chưa thay đổi gì.
pin-set = Đã đặt mã PIN giảng viên.
pin-wrong = Sai mã PIN. Còn { $left } lần thử.
pin-locked = Sai quá nhiều lần. Hãy chờ { $seconds } giây rồi thử lại.
pin-reset = Đã xoá mã PIN giảng viên. Đặt mã mới bằng "chophien class set-pin".
pin-none = Máy này chưa có mã PIN giảng viên.
help-sort = Sắp xếp
trainer-title = Giảng viên
trainer-pin-enter = Nhập mã PIN giảng viên rồi bấm Enter.
trainer-pin-choose = Chưa có mã PIN giảng viên. Hãy chọn một mã: 4 đến 8 chữ số.
trainer-pin-hint = Mã PIN bị quên có thể xoá bằng "chophien class reset-pin".
class-title = Lớp học: { $learners } người học, { $help } người cần giúp
class-sorted = Xếp theo { $order }. Bấm S để đổi.
class-sort-help = người cần giúp
class-sort-name = tên
class-sort-lesson = bài
class-sort-score = điểm
class-no-lesson = chưa học bài nào
class-help-mark = ! cần giúp: sai cùng một bước 3 lần, hoặc bỏ dở bài học 2 ngày.
## Xưởng: người học làm gian hàng của mình.

help-workshop = Gian hàng của tôi
help-open-tool = Mở
help-next-field = Ô tiếp
help-fields = Di chuyển
help-check-photo = Kiểm tra ảnh
help-scroll = Cuộn
diag-unknown-tool = công cụ lạ "{ $found }"
diag-unknown-tool-help = Dùng một trong các công cụ: { $expected }.
step-workshop-open-price-sheet = Bấm Enter để mở bảng giá của bạn.
step-workshop-open-story = Bấm Enter để viết câu chuyện sản phẩm.
step-workshop-open-photo = Bấm Enter để kiểm tra ảnh.
step-workshop-open-listing = Bấm Enter để xem tin đăng bán.
step-workshop-done = Bài làm của bạn đã được lưu.
ws-menu-title = Gian hàng của tôi
ws-menu-hint = Những gì bạn làm ở đây được lưu lại. Bạn có thể sửa lúc nào cũng được.
ws-made = đã làm
ws-tool-price-sheet = Bảng giá
ws-tool-story = Câu chuyện sản phẩm
ws-tool-photo = Kiểm tra ảnh
ws-tool-listing = Tin đăng bán
ws-error-empty = Hãy viết một con số vào đây.
ws-error-not-a-number = Đây không phải con số. Chỉ dùng chữ số, ví dụ 50000.
ws-error-negative = Số này không được nhỏ hơn 0.
ws-error-absurd = Số này quá lớn. Nhiều nhất là { $max }.
ws-error-no-room = Phí và lãi chiếm { $percent } % giá bán. Không giá nào đủ. Hãy lấy lãi ít hơn.
ws-price-title = Bảng giá
ws-price-intro = Viết chi phí cho một sản phẩm. Tiền tính bằng đồng.
ws-price-produce-cost = Tiền hàng
ws-price-own-hours = Số giờ bạn làm
ws-price-hourly-value = Một giờ công
ws-price-packaging = Bao bì
ws-price-shipping = Phí ship bạn trả
ws-price-return-rate = Hàng bị trả (%)
ws-price-platform = Nơi bán
ws-price-margin = Lãi muốn có (%)
ws-price-discount = Voucher (đồng hoặc %)
ws-price-waiting = Điền vào các ô. Giá bán sẽ hiện ở đây.
ws-price-result = Giá bán:
ws-price-break-even = Giá thấp nhất không lỗ:
ws-price-shares = Trong một lần bán:
ws-share-produce = tiền hàng
ws-share-labour = công của bạn
ws-share-packaging = bao bì
ws-share-shipping = phí ship
ws-share-returns = hàng trả lại
ws-share-fee = phí { $fee }
ws-share-profit = tiền lãi
ws-price-voucher = Có voucher, người mua trả { $pays }. Bạn lãi { $profit }.
ws-price-voucher-loss = Có voucher, người mua trả { $pays }. Bạn lãi { $profit }. Bạn bị lỗ.
ws-story-title = Câu chuyện sản phẩm
ws-story-intro = Trả lời mỗi câu hỏi bằng vài từ. Chỉ viết điều có thật.
ws-story-name = Tên sản phẩm
ws-story-place = Bản hoặc vùng
ws-story-quantity = Khối lượng
ws-story-product = Đây là gì?
ws-story-place-people = Ai làm, ở đâu?
ws-story-process = Làm thế nào?
ws-story-difference = Có gì đặc biệt?
ws-story-use-store = Dùng và giữ thế nào?
ws-story-legal = Xuất xứ, hạn dùng, đổi trả
ws-story-certificates = Chứng nhận (nếu có)
ws-story-result = Tên và mô tả của bạn:
ws-story-good = Tốt. Không có gì phải sửa.
ws-issue-title-short = Tên ngắn quá: { $chars } chữ. Cần ít nhất { $min }.
ws-issue-title-long = Tên dài quá: { $chars } chữ. Nhiều nhất { $max }.
ws-issue-few-words = Mô tả có { $words } từ. Hãy viết ít nhất { $min } từ.
ws-issue-description-short = Mô tả ngắn quá: { $chars } chữ. Cần ít nhất { $min }.
ws-issue-description-long = Mô tả dài quá: { $chars } chữ. Nhiều nhất { $max }.
ws-issue-unanswered = Hãy trả lời: { $question }
ws-issue-ocop = Xem lại số sao OCOP và ngày trên giấy chứng nhận.
ws-in-title = trong tên
ws-in-description = trong mô tả
ws-claim-cure = "{ $text }" { $where }: thực phẩm không chữa được bệnh. Hãy nói về vị và nơi làm ra.
ws-claim-superlative = "{ $text }" { $where }: không nói "tốt nhất" hay "số một".
ws-claim-phone = "{ $text }" { $where }: không ghi số điện thoại. Người mua đặt hàng trên sàn.
ws-claim-link = "{ $text }" { $where }: không ghi đường link.
ws-claim-email = "{ $text }" { $where }: không ghi địa chỉ email.
ws-claim-marketplace = "{ $text }" { $where }: không nêu tên nơi bán khác.
ws-claim-off-platform-contact = "{ $text }" { $where }: không ghi Zalo, Facebook hay liên lạc khác.
ws-claim-ocop-without-date = "{ $text }" { $where }: hãy ghi ngày của giấy chứng nhận OCOP.
ws-photo-title = Kiểm tra ảnh
ws-photo-intro = Viết hoặc dán nơi để ảnh. Hoặc chọn một ảnh trong danh sách.
ws-photo-path = Tệp ảnh
ws-photo-found = Ảnh trên máy này:
ws-photo-none-found = Không thấy ảnh nào trong thư mục của bạn.
ws-kit-title = Tin đăng bán
ws-kit-no-story = Chưa có câu chuyện sản phẩm. Hãy làm trước.
ws-kit-no-price = Chưa có giá. Hãy làm bảng giá trước.
ws-kit-story-issues = Câu chuyện còn chỗ cần sửa.
ws-kit-photos = Ảnh:
ws-kit-no-photos = Chưa kiểm tra ảnh nào.
ws-kit-legal = Luật yêu cầu mỗi tin đăng ghi:
ws-legal-seller = tên, địa chỉ và số điện thoại của bạn
ws-legal-tax-code = mã số thuế cá nhân
ws-legal-quantity = khối lượng, số lượng, chất lượng
ws-legal-origin = xuất xứ
ws-legal-shelf-life = hạn sử dụng
ws-legal-price = giá bán
ws-legal-delivery = phí giao hàng
ws-legal-payment = cách thanh toán
ws-legal-returns = cách đổi trả
ws-kit-description = Mô tả:
ws-kit-export = Giảng viên có thể lưu tin này ra tệp bằng lệnh: chophien export listing
cli-export-about = Lưu bài làm của người học ra tệp
cli-export-listing-about = Lưu tin đăng bán của người học thành văn bản và một dòng CSV
cli-export-profile = Tên người học
cli-export-out = Tệp văn bản sẽ ghi (tệp CSV nằm bên cạnh)
cli-value-name = TÊN
export-no-profile = Không có người học nào tên { $name }.
export-not-ready = { $name } chưa có câu chuyện sản phẩm hoặc bảng giá.
export-written = Đã ghi tin đăng bán: { $text } và { $csv }
ws-results-below = Sau ô cuối, bấm ↓ để xem hết kết quả.
ws-fee-payment = thanh toán
ws-fee-commission = hoa hồng
ws-fee-handling = mỗi đơn
ws-fee-category-fixed = theo ngành hàng
ws-fee-infrastructure = hạ tầng mỗi đơn
ws-fee-piship = PiShip
ws-fee-content-xtra = Content Xtra
ws-fee-voucher-xtra = Voucher Xtra
ws-fee-tax-withheld = thuế sàn giữ lại
ws-fee-affiliate = cho người bán hộ
## Lỗi hay gặp nhất khi viết bài (xem src/course/mistakes.rs).

diag-number-format = { $kind ->
    [currency] số { $found } có ký hiệu tiền phía sau
   *[separator] số { $found } có dấu chấm hoặc dấu phẩy giữa các chữ số
}
diag-number-format-help = Chỉ viết chữ số: { $fixed }. Khi hiện tiền, chương trình tự thêm dấu chấm và ₫.
diag-curly-quotes = dấu ngoặc kép cong { $found } ở đây; tệp bài học cần ngoặc kép thẳng "
diag-curly-quotes-help = Gõ lại dấu ngoặc kép thẳng, "như thế này". Điện thoại và Word tự uốn cong dấu ngoặc: hãy viết tệp bài học bằng trình soạn thảo chữ thường.
diag-single-bracket = [{ $name }] chỉ có một ngoặc vuông; mỗi khối { $name } cần hai ngoặc vuông
diag-single-bracket-help = Viết [[{ $name }]] ở đây và ở mọi khối { $name } khác.
diag-ftl-tab = dòng này thụt vào bằng phím Tab
diag-ftl-tab-help = Thụt các dòng nối tiếp bằng dấu cách (thường là 4), không dùng Tab. Đoạn chữ bắt đầu ở dòng { $first-line } chưa đọc được cho đến khi sửa.
diag-variable-without-dollar = đoạn chữ "{ $id }" viết {"{"} { $name } {"}"} thiếu dấu $, nên đó là tên một đoạn chữ khác, không phải biến
diag-variable-without-dollar-help = Viết {"{"} ${ $name } {"}"}.
diag-variable-without-braces = đoạn chữ "{ $id }" có ${ $name } không có ngoặc nhọn: người học sẽ thấy nguyên chữ "${ $name }"
diag-variable-without-braces-help = Viết {"{"} ${ $name } {"}"} để chương trình điền giá trị vào.
diag-money-without-format = đoạn chữ "{ $id }" in ${ $name } thành số trơn, như 2000
diag-money-without-format-help = Với tiền, viết {"{"} MONEY(${ $name }) {"}"}: tiếng Việt hiện 2.000 ₫, tiếng Anh hiện 2,000 ₫.
diag-bad-formula = { $kind ->
    [grouped-number] một số trong công thức có dấu chấm hoặc dấu phẩy ngăn hàng nghìn: { $detail }
    [unknown-name] "{ $detail }" không phải là tên nào trong [vars]
    [text-variable] "{ $detail }" là chữ, không phải số, nên không tính được
    [divide-by-zero] công thức này chia cho 0
    [too-big] kết quả của công thức này quá lớn
    [cycle] các giá trị này tính từ nhau thành một vòng tròn: { $detail }
    [syntax-end] công thức dừng lại khi chưa viết xong
   *[syntax] không đọc được công thức ở chỗ "{ $detail }"
}
diag-bad-formula-help = { $kind ->
    [grouped-number] Viết số không có dấu chấm hay dấu phẩy: 7000, không viết 7.000.
    [unknown-name] Dùng một tên đã viết trong [vars] của bài này. Để dấu cách hai bên dấu trừ: price - cost.
    [text-variable] Dùng một giá trị là số nguyên.
    [divide-by-zero] Xem lại số chia: số chia không được bằng 0.
    [too-big] Xem lại các số: kết quả lớn hơn mức một số nguyên chứa được.
    [cycle] Một trong các giá trị này phải là một số, hoặc được tính từ giá trị khác.
   *[other] Công thức bắt đầu bằng dấu =, dùng số nguyên, tên trong [vars], + - * / và dấu ngoặc, ví dụ "= price - cost".
}
diag-answer-not-from-vars = đáp án { $answer } không phải số nào trong [vars] mà "{ $id }" cho người học xem: { $vars }
diag-answer-not-from-vars-help = Nếu đáp án tính từ [vars], hãy viết nó thành công thức để luôn khớp, ví dụ answer = "= { $name }".
diag-missing-translation = tệp này còn { $count } trên { $total } đoạn chữ chưa dịch (đã xong { $percent }%): { $ids }
diag-missing-translation-help = Người học sẽ thấy các đoạn này bằng ngôn ngữ khác, có ghi ({ $base }). Chép chúng từ { $base }.ftl rồi dịch.
diag-lesson-folder = đây là thư mục của một bài học, không phải gói bài: ở đây không có course.toml
diag-lesson-folder-help = Hãy chạy check trên thư mục chứa course.toml: chophien check { $parent }
diag-builtin-languages = tệp languages.toml của gói có lỗi, nên dùng danh sách ngôn ngữ có sẵn
diag-builtin-languages-help = Sửa các lỗi trong tệp. Cho đến lúc đó, các ngôn ngữ gói thêm vào sẽ không có.
diag-translation-variables = bản dịch của "{ $id }" không in đúng các biến như bản { $base }: { $kind ->
    [missing] thiếu { $missing }
    [extra] thừa { $extra }
   *[both] thiếu { $missing }, thừa { $extra }
}
diag-translation-variables-help = Viết lại bản dịch với đúng các biến trong { "{" } { "}" } như bản gốc, để người học thấy đúng giá, đúng tên.
diag-message-cycle = các đoạn chữ gọi nhau thành vòng tròn: { $circle }
diag-message-cycle-help = Một đoạn chữ không được gọi lại chính nó, kể cả qua đoạn khác. Viết thẳng chữ vào một đoạn.
diag-expansion-too-long = đoạn chữ "{ $id }" gọi tới { $count } chỗ chèn, nhiều hơn { $limit }: người học sẽ thấy chữ bị cắt
diag-expansion-too-long-help = Bớt các chỗ gọi đoạn chữ khác, hoặc viết thẳng chữ vào.
diag-option-without-feedback = lựa chọn "{ $option }" sai nhưng chưa có lời giải thích (feedback)
diag-option-without-feedback-help = Thêm feedback = "..." cho lựa chọn này: nói vì sao nó chưa đúng.
diag-bad-picture = không vẽ được ảnh này: không phải PNG hay JPEG, ảnh bị hỏng, hoặc một cạnh dài hơn { $limit } điểm ảnh
diag-bad-picture-help = Lưu lại ảnh dạng JPG hoặc PNG, cạnh dài nhất khoảng 1000 điểm ảnh là đủ.
diag-stale-translation = { $count } đoạn chữ đã dịch nhưng bản { $base } đã sửa sau khi dịch: { $ids }
diag-stale-translation-help = Dịch lại các đoạn đó theo bản mới, rồi chạy chophien coverage --mark-current.
diag-audio-unknown-message = tên bản ghi âm "{ $name }" không trùng với mã đoạn chữ nào của bài này
diag-audio-unknown-message-help = { $kind ->
    [typo] Có phải là { $example }.ogg không? Đặt tên mỗi bản ghi âm đúng bằng mã của đoạn chữ nó đọc, như trong { $base }.ftl.
   *[other] Đặt tên mỗi bản ghi âm đúng bằng mã của đoạn chữ nó đọc, như trong { $base }.ftl, ví dụ { $example }.ogg. Nếu đoạn chữ đã đổi mã hoặc đã bị xoá, hãy đổi tên hoặc xoá cả bản ghi âm.
}
diag-audio-unknown-language = thư mục "{ $folder }" không phải ngôn ngữ nào của khoá học, nên các bản ghi âm trong đó không được dùng
diag-audio-unknown-language-help = Để mỗi bản ghi âm vào thư mục của ngôn ngữ nó nói, thư mục đặt tên bằng mã ngôn ngữ, ví dụ media/audio/{ $base }/. Các ngôn ngữ của khoá học: { $expected }.
diag-bad-audio = không phát được bản ghi âm này: { $problem ->
    [extension] tệp không có đuôi .ogg
    [not-ogg] tệp có đuôi .ogg nhưng bên trong không phải tệp Ogg
    [codec] đây là tệp Ogg nhưng âm thanh bên trong không phải Opus hay Vorbis
   *[damaged] tệp bị hỏng hoặc bị cắt dở
}
diag-bad-audio-help = Xuất lại từ Audacity dạng Ogg (Opus hoặc Vorbis), hoặc chuyển đổi bằng một công cụ miễn phí như ffmpeg, rồi đặt tên { $id }.ogg. Chỉ đổi tên tệp thì không chuyển được dạng âm thanh.
diag-audio-too-large = { $what ->
    [length] bản ghi âm này dài { $seconds } giây; mỗi bản ghi âm chỉ được dài tối đa { $limit } giây
   *[size] bản ghi âm này nặng { $size } KB; mỗi bản ghi âm chỉ được nặng tối đa { $limit } KB
}
diag-audio-too-large-help = { $what ->
    [length] Mỗi tệp chỉ ghi một đoạn chữ, và cắt bỏ khoảng lặng ở đầu và ở cuối.
   *[size] Xuất dạng Opus (khoảng 32 kb/s là đủ cho tiếng nói) hoặc Vorbis chất lượng thấp, một kênh (mono), mỗi tệp một đoạn chữ.
}
diag-missing-audio = { $count } trên { $total } đoạn chữ của bài này chưa có bản ghi âm trong thư mục { $lang }: { $ids }
diag-missing-audio-help = Ghi âm cả những đoạn này, mỗi tệp đặt tên theo mã đoạn chữ, ví dụ { $first }.ogg: người học nghe bài thì cần nghe được cả bài.

## chophien new

cli-new-about = Bắt đầu một bài mới hoặc một bản dịch mới trong gói bài học
cli-new-lesson-about = Viết một bài mới có mỗi loại bước một bước và thêm vào học phần cuối
cli-new-language-about = Thêm một ngôn ngữ vào gói, với các tệp dịch trống sẵn để điền
cli-new-lesson-id = Mã bài, cũng là tên thư mục: chữ thường, chữ số và dấu gạch ngang, như pack-tea
cli-new-language-tag = Mã ngôn ngữ (BCP 47), như hnj-Latn-VN
cli-new-pack = Thư mục gói bài học (thư mục có course.toml); bỏ trống là thư mục hiện tại
cli-value-id = MÃ
new-unreadable = không đọc được { $path }
new-cannot-write = không ghi được { $path }
new-no-course = không có course.toml trong { $path }. Hãy chỉ thư mục gói bằng --pack.
new-course-broken = course.toml trong { $path } có lỗi. Hãy chạy chophien check { $path } và sửa trước.
new-bad-id = "{ $id }" không dùng làm mã bài được. Dùng chữ thường a-z, chữ số và một dấu gạch ngang, như pack-tea.
new-no-module = course.toml trong { $path } chưa có học phần nào để thêm bài. Hãy thêm một khối [[modules]] trước.
new-exists = { $path } đã có rồi. Hãy chọn mã khác.
new-bad-tag = "{ $tag }" không phải mã ngôn ngữ. Dùng mã BCP 47 như hnj-Latn-VN.
new-language-exists = gói đã có ngôn ngữ { $tag }.
new-lesson-done =
    Đã tạo bài { $id } trong { $path } và thêm vào học phần { $module }.
    Tiếp theo: viết chữ cho bài, rồi chạy chophien check { $pack }
new-language-done =
    Đã thêm { $tag } vào { $file } ở dạng bản nháp, khi thiếu thì dùng { $fallback }, và tạo { $count } tệp { $tag }.ftl trống.
    Tiếp theo: ghi tên ngôn ngữ bằng chính tiếng đó vào name = "...", dịch các tệp, rồi chạy chophien check { $pack }
new-language-name-comment = Thêm bằng chophien new language: ghi tên ngôn ngữ bằng chính tiếng đó vào name = "...".
new-language-file-header =
    Bản dịch sang { $tag }. Mỗi đoạn chữ được tắt bằng dấu # dưới chữ { $base } của nó.
    Để dịch một đoạn, xoá "# " trước mã rồi viết chữ sau dấu "=".

## chophien coverage

cli-coverage-about = Cho biết, theo từng bài và ngôn ngữ, đã dịch bao nhiêu, còn thiếu gì và chỗ nào đã đổi sau khi dịch
cli-coverage-mark-current = Ghi nhận rằng mọi bản dịch hiện có khớp với chữ gốc lúc này
coverage-header = Bản dịch trong { $path } (ngôn ngữ gốc { $base })
coverage-course-texts = (tên học phần)
coverage-stale-count = { $count } đã đổi
coverage-missing = { $lesson } { $lang }: còn thiếu { $ids }
coverage-stale = { $lesson } { $lang }: chữ gốc đã đổi sau khi dịch: { $ids }
coverage-marked = Đã ghi nhận: viết { $count } tệp ghi chép bản dịch.
coverage-mark-needs-path = --mark-current cần thư mục gói: chophien coverage THƯ-MỤC --mark-current
coverage-side-file-comment =
    Do chophien coverage --mark-current viết: với mỗi ngôn ngữ, mã băm của chữ gốc
    mà mỗi đoạn chữ đã được dịch từ đó. Đừng sửa tay; hãy chạy lại lệnh.

## chophien pack

cli-pack-about = Cài gói bài học vào máy này, xem danh sách, gỡ bỏ
cli-pack-add-about = Kiểm tra một gói (thư mục hoặc tệp .zip) rồi cài; các học phần của gói đứng sau học phần có sẵn
cli-pack-add-path = Gói bài học: thư mục có course.toml, hoặc tệp .zip của thư mục đó
cli-pack-list-about = Liệt kê các gói đã cài
cli-pack-remove-about = Gỡ một gói đã cài (tiến độ của người học vẫn được giữ)
cli-pack-remove-id = Mã của gói, như pack list cho thấy
pack-list-empty = Chưa cài gói bài học nào.
pack-list-line = { $id }: { $modules } học phần, { $lessons } bài
pack-removed = Đã gỡ gói { $id }.
pack-added = Đã cài gói { $id } vào { $path }. Các học phần của gói đứng sau học phần có sẵn.
pack-err-unreadable = không đọc được gói { $path } dạng thư mục hoặc tệp .zip
pack-err-unsafe-entry = chưa cài gói { $path }: mục "{ $name }" trong đó không an toàn ({ $reason ->
    [absolute] đường dẫn từ gốc ổ đĩa
    [drive] đường dẫn trên ổ đĩa khác
    [link] một liên kết
    [device] một tệp thiết bị
    [too-large] quá lớn
    [ratio] bung ra lớn bất thường
   *[parent] đường dẫn đi ra ngoài gói
})
pack-err-too-many = gói { $path } có hơn { $limit } tệp; chưa cài
pack-err-too-large = gói { $path } lớn hơn { $limit } byte; chưa cài
pack-err-no-course = gói { $path } không có course.toml ở trên cùng; chưa cài
pack-err-bad-id = tên của { $id } không dùng làm mã gói được: hãy đổi tên bằng chữ thường a-z, chữ số và dấu gạch ngang
pack-err-check = gói { $path } có { $errors } lỗi (ở trên); chưa cài
pack-err-write = không cài được gói
pack-err-not-installed = không có gói nào tên { $id }; xem chophien pack list
pack-err-ids-taken = gói { $path } dùng { $count } mã học phần hoặc bài học đã có trong khoá học (ở trên): học viên sẽ không thấy chúng. Chưa cài; hãy đổi các mã đó.

## chophien preview: xem thử bài học khi đang viết
cli-preview-about = Xem thử một bài học hoặc cả gói bài học như học viên thấy, cập nhật ngay khi tệp được lưu; tiến độ không được ghi lại
cli-preview-path = Thư mục gói bài học (có course.toml) hoặc thư mục của một bài học trong gói
preview-no-folder = Không có thư mục { $path }.
preview-learner = Xem thử
preview-panel-title = Xem thử { $path }: { $errors } lỗi, { $warnings } cảnh báo
preview-no-problems = Không có lỗi nào. Lưu tệp là bài học ở đây thay đổi ngay.
preview-watch-failed = Không theo dõi được thư mục ({ $detail }): tệp đã lưu sẽ không hiện ở đây. Hãy chạy lại lệnh xem thử.
help-problems = Bảng lỗi
home-replaced-course = Khoá học có sẵn được thay bằng gói “{ $pack }”.
